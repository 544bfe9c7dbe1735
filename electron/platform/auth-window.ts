/**
 * The embedded SSO window (DESIGN.md section 6): a throw-away partition, no preload, navigation
 * limited by the core, destroyed after use so the next user inherits no identity-provider
 * session. Reaching the completion page resolves with its URL without loading it.
 */
import { randomUUID } from 'node:crypto';
import { session as electronSession, type BrowserWindow } from 'electron';
import type { AuthWindowOptions, AuthWindowPort, AuthWindowResult } from '../core/ports';
import { createAuthWindow } from './window-factory';

export function createElectronAuthWindowPort(parent: () => BrowserWindow | null): AuthWindowPort {
  return {
    open(options: AuthWindowOptions): Promise<AuthWindowResult> {
      return new Promise((resolve) => {
        const partition = `teleq-sso-${randomUUID()}`;
        const ses = electronSession.fromPartition(partition, { cache: false });
        ses.setPermissionRequestHandler((_c, _p, callback) => callback(false));
        ses.setPermissionCheckHandler(() => false);
        ses.on('will-download', (_e, item) => item.cancel());
        const window = createAuthWindow(partition, parent() ?? undefined);
        let settled = false;

        const finish = (result: AuthWindowResult) => {
          if (settled) return;
          settled = true;
          options.signal.removeEventListener('abort', onAbort);
          if (!window.isDestroyed()) window.destroy();
          void ses.clearStorageData().finally(() => resolve(result));
        };
        const onAbort = () => finish({ kind: 'cancelled' });
        options.signal.addEventListener('abort', onAbort, { once: true });

        const check = (event: { url: string; preventDefault(): void }) => {
          if (options.isCompletion(event.url)) {
            event.preventDefault();
            finish({ kind: 'completed', url: event.url });
          } else if (!options.allowNavigation(event.url)) {
            event.preventDefault();
          }
        };
        const contents = window.webContents;
        contents.on('will-navigate', check);
        contents.on('will-redirect', check);
        contents.on('will-frame-navigate', (event) => {
          if (!event.isMainFrame && !options.allowNavigation(event.url)) event.preventDefault();
        });
        contents.setWindowOpenHandler(() => ({ action: 'deny' }));
        window.on('closed', () => finish({ kind: 'cancelled' }));

        if (options.signal.aborted) return onAbort();
        if (!options.allowNavigation(options.url)) return finish({ kind: 'cancelled' });
        void contents.loadURL(options.url).catch(() => undefined);
      });
    },
  };
}
