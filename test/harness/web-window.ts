/**
 * The managed teleQ window in the browser shell: each window a fresh in-memory browser context
 * (Electron's non-persist partition), the session cookie set before the first load, and every
 * decision taken by the functions the core hands over, applied through Playwright:
 * - navigations (top frame, frames, redirects, pop-ups) through `context.route`;
 * - permissions granted per origin only where `decidePermission` says so (Chromium denies the
 *   rest, as Electron's check handler does);
 * - downloads through the page's `download` event.
 * Requests that are not navigations may reach loopback only: a guard of the test machine
 * (no traffic leaves it), not a product policy.
 */
import { join } from 'node:path';
import type {
  BrowserContext,
  Browser,
  CDPSession,
  Download,
  Page,
  Request,
  Route,
} from 'playwright-core';
import type {
  NavigationAction,
  NavigationKind,
  WebWindowHandle,
  WebWindowOptions,
  WebWindowPort,
} from '../../electron/core/ports';
import { isLoopbackUrl } from './chromium';
import { trackContext } from './artifacts';

/** Permission names the web platform knows; the core's decider answers for each. */
const WEB_PERMISSIONS = ['camera', 'microphone', 'notifications', 'geolocation', 'midi'];

export interface NavigationRecord {
  url: string;
  kind: NavigationKind;
  action: NavigationAction['action'];
}

export interface ManagedWebWindow extends WebWindowHandle {
  context: BrowserContext;
  page: Page;
  /** Child windows opened by policy (same partition, same guards). */
  children: Page[];
  navigations: NavigationRecord[];
  downloads: Array<{
    filename: string;
    state: 'completed' | 'cancelled' | 'failed';
    path?: string;
  }>;
  closed: boolean;
}

export interface PlaywrightWebWindowPort extends WebWindowPort {
  windows: ManagedWebWindow[];
  /** The window currently open, if any. */
  current(): ManagedWebWindow | undefined;
  /** Resolves with the next window opened. */
  nextWindow(): Promise<ManagedWebWindow>;
}

export interface WebWindowPortOptions {
  browser: Browser;
  /** The user's Downloads folder stand-in, for `{ action: 'save', directory: null }`. */
  downloadsDir: string;
  /** Turns off the web app's own CSP, so the escape suite proves the client's policy, not the
   * page's. Never used outside tests. */
  bypassCSP?: boolean;
  viewport?: { width: number; height: number } | null;
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export function createWebWindowPort(options: WebWindowPortOptions): PlaywrightWebWindowPort {
  const windows: ManagedWebWindow[] = [];
  const waiters: Array<(w: ManagedWebWindow) => void> = [];

  async function open(opts: WebWindowOptions): Promise<ManagedWebWindow> {
    const context = await options.browser.newContext({
      acceptDownloads: true,
      bypassCSP: options.bypassCSP ?? false,
      viewport: options.viewport === undefined ? { width: 1280, height: 720 } : options.viewport,
    });
    trackContext(context, 'web');
    const { cookie } = opts;
    await context.addCookies([
      {
        name: cookie.name,
        value: cookie.value,
        url: cookie.url,
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: cookie.sameSite === 'strict' ? 'Strict' : 'Lax',
        ...(cookie.expirationDate !== undefined ? { expires: cookie.expirationDate } : {}),
      },
    ]);

    const granted = new Set<string>();
    async function grantFor(url: string): Promise<void> {
      const origin = originOf(url);
      if (!origin || granted.has(origin)) return;
      granted.add(origin);
      const allowed = WEB_PERMISSIONS.filter((p) => opts.decidePermission(p, origin));
      if (allowed.length > 0) await context.grantPermissions(allowed, { origin });
      // Refused ones are denied outright (Electron's check handler says no); left alone, Chromium
      // would answer "prompt" for them.
      const refused = WEB_PERMISSIONS.filter((p) => !allowed.includes(p));
      await denyPermissions(refused, origin).catch(() => undefined);
    }
    let cdp: { session: CDPSession; browserContextId: string } | null = null;
    async function denyPermissions(names: string[], origin: string): Promise<void> {
      if (!cdp) {
        const session = await context.newCDPSession(page);
        const info = (await session.send('Target.getTargetInfo')) as {
          targetInfo: { browserContextId?: string };
        };
        cdp = { session, browserContextId: info.targetInfo.browserContextId ?? '' };
      }
      for (const name of names) {
        await cdp.session.send('Browser.setPermission', {
          permission: { name },
          setting: 'denied',
          origin,
          browserContextId: cdp.browserContextId,
        });
      }
    }
    const page = await context.newPage();
    await grantFor(opts.url);
    const managed = new Set<Page>([page]);
    const decided = new Set<Page>();
    /** Verdicts on pop-ups decided before their page existed, oldest first. */
    const popupVerdicts: boolean[] = [];
    const win: ManagedWebWindow = {
      context,
      page,
      children: [],
      navigations: [],
      downloads: [],
      closed: false,
      async close() {
        if (win.closed) return;
        win.closed = true;
        await context.close().catch(() => undefined);
      },
    };

    function decide(url: string, kind: NavigationKind): NavigationAction {
      const action = opts.decideNavigation(url, kind);
      win.navigations.push({ url, kind, action: action.action });
      return action;
    }

    function adoptChild(child: Page): void {
      managed.add(child);
      win.children.push(child);
      watchPage(child);
    }

    async function onRoute(route: Route, request: Request): Promise<void> {
      const url = request.url();
      if (!request.isNavigationRequest()) {
        return isLoopbackUrl(url) ? route.continue() : route.abort('blockedbyclient');
      }
      let frame;
      try {
        frame = request.frame();
      } catch {
        // A pop-up's first request comes before its frame exists (Playwright cannot name the
        // frame yet): it is a window-open; the page is adopted or closed once it appears.
        const action = decide(url, 'window-open');
        const adopt = action.action === 'child-window' || action.action === 'allow';
        popupVerdicts.push(adopt);
        if (!adopt) return route.fulfill({ status: 204, body: '' });
        const target = action.action === 'child-window' ? action.url : url;
        await grantFor(target);
        if (target !== url) return route.fulfill({ status: 302, headers: { location: target } });
        return isLoopbackUrl(url) ? route.continue() : route.abort('blockedbyclient');
      }
      const owner = frame.page();
      const popup = !managed.has(owner);
      const kind: NavigationKind = popup
        ? 'window-open'
        : request.redirectedFrom()
          ? 'redirect'
          : frame.parentFrame()
            ? 'sub-frame'
            : 'main-frame';
      if (popup) decided.add(owner);
      const action = decide(url, kind);
      switch (action.action) {
        case 'allow':
          if (popup) adoptChild(owner);
          if (kind !== 'sub-frame') await grantFor(url);
          if (!isLoopbackUrl(url)) return route.abort('blockedbyclient');
          return popup ? route.continue() : continueChecked(route, url);
        case 'child-window':
          if (popup) adoptChild(owner);
          await grantFor(action.url);
          if (action.url === url) {
            return isLoopbackUrl(url) ? route.continue() : route.abort('blockedbyclient');
          }
          return route.fulfill({ status: 302, headers: { location: action.url } });
        case 'load':
          // Electron cancels and loads the new address in the same frame; a redirect does the
          // same in one step and is itself checked again as a redirect.
          return route.fulfill({ status: 302, headers: { location: action.url } });
        case 'deny':
          // 204 abandons a navigation without an error page, as Electron's preventDefault does:
          // the frame keeps what it showed.
          await route.fulfill({ status: 204, body: '' });
          if (popup) await owner.close().catch(() => undefined);
          return;
      }
    }
    /** Playwright does not route the hops of a server redirect, so an allowed navigation is
     * fetched here without following redirects, and a redirect's target is decided (Electron's
     * will-redirect) before the browser may follow it. */
    async function continueChecked(route: Route, url: string): Promise<void> {
      const response = await route.fetch({ maxRedirects: 0 }).catch(() => null);
      if (!response) return route.abort('failed');
      const location = response.headers()['location'];
      if (response.status() >= 300 && response.status() < 400 && location) {
        const target = new URL(location, url).toString();
        const action = decide(target, 'redirect');
        if (action.action === 'deny') return route.fulfill({ status: 204, body: '' });
        if (action.action === 'load') {
          return route.fulfill({ status: 302, headers: { location: action.url } });
        }
      }
      return route.fulfill({ response });
    }
    await context.route('**/*', onRoute);

    // A pop-up that never makes a request (about:blank, then written by script) is still a
    // window-open: the policy decides on its address once it has loaded.
    context.on('page', (opened) => {
      if (managed.has(opened)) return;
      void opened
        .waitForLoadState('load')
        .catch(() => undefined)
        .then(async () => {
          if (decided.has(opened) || managed.has(opened) || opened.isClosed()) return;
          decided.add(opened);
          const verdict = popupVerdicts.shift();
          if (verdict !== undefined) {
            if (verdict) adoptChild(opened);
            else await opened.close().catch(() => undefined);
            return;
          }
          const action = decide(opened.url() || 'about:blank', 'window-open');
          if (action.action === 'child-window' || action.action === 'allow') adoptChild(opened);
          else await opened.close().catch(() => undefined);
        });
    });

    function watchPage(target: Page): void {
      target.on('download', (download) => void onDownload(download));
      target.on('framenavigated', (frame) => {
        if (frame === target.mainFrame()) void grantFor(frame.url());
      });
      target.on('crash', () => opts.onCrashed('crashed'));
    }

    async function onDownload(download: Download): Promise<void> {
      const filename = download.suggestedFilename();
      const action = opts.decideDownload({ filename, url: download.url() });
      if (action.action === 'deny') {
        await download.cancel().catch(() => undefined);
        win.downloads.push({ filename, state: 'cancelled' });
        opts.onDownloadDone({ filename, state: 'cancelled' });
        return;
      }
      const path = join(action.directory ?? options.downloadsDir, filename);
      try {
        await download.saveAs(path);
        win.downloads.push({ filename, state: 'completed', path });
        opts.onDownloadDone({ filename, state: 'completed' });
      } catch {
        win.downloads.push({ filename, state: 'failed' });
        opts.onDownloadDone({ filename, state: 'failed' });
      }
    }

    watchPage(page);
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) opts.onNavigated(frame.url());
    });

    windows.push(win);
    for (const waiter of waiters.splice(0)) waiter(win);
    // Not awaited to completion by the core: the page loads while the bar appears, as in the app.
    await page.goto(opts.url).catch(() => undefined);
    return win;
  }

  return {
    windows,
    open,
    current: () => windows.filter((w) => !w.closed).at(-1),
    nextWindow: () => new Promise((resolve) => waiters.push(resolve)),
  };
}
