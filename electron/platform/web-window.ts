/**
 * The managed window (DESIGN.md section 5) on Electron: a WebContentsView inside the app window,
 * below the client bar, in a fresh in-memory partition per login. Every guard asks the core's
 * decision functions and applies the answer; nothing is decided here.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { app, session as electronSession, type BrowserWindow, type WebContents } from 'electron';
import type {
  NavigationAction,
  NavigationKind,
  WebWindowHandle,
  WebWindowOptions,
  WebWindowPort,
} from '../core/ports';
import { childWindowOptions, createChildWindow, createWebView } from './window-factory';

export interface ElectronWebWindowDeps {
  window: () => BrowserWindow | null;
  devTools: boolean;
  /** Places the view under the bar (layout 'bar'). */
  attach(view: Electron.WebContentsView): void;
  detach(view: Electron.WebContentsView): void;
}

export function createElectronWebWindowPort(deps: ElectronWebWindowDeps): WebWindowPort {
  return {
    async open(options: WebWindowOptions): Promise<WebWindowHandle> {
      const partition = `teleq-web-${randomUUID()}`;
      const ses = electronSession.fromPartition(partition, { cache: false });
      await ses.cookies.set({
        url: options.cookie.url,
        name: options.cookie.name,
        value: options.cookie.value,
        httpOnly: true,
        secure: options.cookie.secure,
        sameSite: options.cookie.sameSite,
        path: '/',
      });

      ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
        callback(options.decidePermission(permission, originOf(details.requestingUrl)));
      });
      ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
        options.decidePermission(permission, requestingOrigin),
      );
      ses.setDevicePermissionHandler(() => false);
      ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
        const kind: NavigationKind | null =
          details.resourceType === 'mainFrame'
            ? 'main-frame'
            : details.resourceType === 'subFrame'
              ? 'sub-frame'
              : null;
        if (!kind) return callback({});
        const action = options.decideNavigation(details.url, kind);
        if (action.action === 'allow') return callback({});
        if (action.action === 'load') return callback({ redirectURL: action.url });
        return callback({ cancel: true });
      });
      ses.on('will-download', (_event, item) => {
        const decision = options.decideDownload({
          filename: item.getFilename(),
          url: item.getURL(),
        });
        if (decision.action === 'deny') {
          item.cancel();
          return;
        }
        const directory = decision.directory ?? app.getPath('downloads');
        item.setSavePath(join(directory, safeFilename(item.getFilename())));
        item.once('done', (_e, state) => {
          options.onDownloadDone({
            filename: item.getFilename(),
            state:
              state === 'completed' ? 'completed' : state === 'cancelled' ? 'cancelled' : 'failed',
          });
        });
      });

      const view = createWebView(partition, deps.devTools);
      const children = new Set<BrowserWindow>();
      guard(view.webContents, options, partition, deps, children, true);
      deps.attach(view);
      let closed = false;

      void view.webContents.loadURL(options.url);

      return {
        async close() {
          if (closed) return;
          closed = true;
          for (const child of children) if (!child.isDestroyed()) child.destroy();
          deps.detach(view);
          if (!view.webContents.isDestroyed())
            view.webContents.close({ waitForBeforeUnload: false });
          await ses.clearStorageData();
          await ses.clearCache();
          await ses.clearAuthCache();
          ses.webRequest.onBeforeRequest(null);
        },
      };
    },
  };
}

function guard(
  contents: WebContents,
  options: WebWindowOptions,
  partition: string,
  deps: ElectronWebWindowDeps,
  children: Set<BrowserWindow>,
  top: boolean,
): void {
  const apply = (event: { preventDefault(): void }, action: NavigationAction) => {
    if (action.action === 'allow') return;
    event.preventDefault();
    if (action.action === 'load') void contents.loadURL(action.url);
  };
  contents.on('will-navigate', (event) =>
    apply(event, options.decideNavigation(event.url, 'main-frame')),
  );
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // will-navigate decided it
    apply(event, options.decideNavigation(event.url, 'sub-frame'));
  });
  contents.on('will-redirect', (event) =>
    apply(event, options.decideNavigation(event.url, 'redirect')),
  );
  contents.setWindowOpenHandler(({ url }) => {
    const action = options.decideNavigation(url, 'window-open');
    if (action.action !== 'child-window') return { action: 'deny' };
    if (action.url !== url) {
      // A pop-up to a legacy host: our own child window at the rewritten address instead.
      const child = createChildWindow(partition, deps.devTools, deps.window() ?? undefined);
      adopt(child);
      void child.loadURL(action.url);
      return { action: 'deny' };
    }
    return {
      action: 'allow',
      overrideBrowserWindowOptions: childWindowOptions(
        partition,
        deps.devTools,
        deps.window() ?? undefined,
      ),
    };
  });
  function adopt(child: BrowserWindow): void {
    children.add(child);
    child.removeMenu();
    child.on('closed', () => children.delete(child));
    guard(child.webContents, options, partition, deps, children, false);
  }
  contents.on('did-create-window', (child) => adopt(child));
  if (top) {
    contents.on('did-navigate', (_event, url) => options.onNavigated(url));
    contents.on('did-navigate-in-page', (_event, url, isMainFrame) => {
      if (isMainFrame) options.onNavigated(url);
    });
    contents.on('render-process-gone', (_event, details) => {
      if (details.reason !== 'clean-exit') options.onCrashed(details.reason);
    });
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** A download's name as the server gave it, stripped of any path. */
function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'download';
  const cleaned = [...base.replace(/^\.+/, '')]
    .map((c) => (c.charCodeAt(0) < 32 || '<>:"|?*'.includes(c) ? '_' : c))
    .join('');
  return cleaned || 'download';
}
