/**
 * The embedded SSO window in the browser shell: its own throw-away context (no bridge, no
 * preload), navigation limited by the core's `allowNavigation`, the completion page caught
 * before it loads, the context destroyed after use so no identity-provider session survives.
 */
import type { Browser, Page } from 'playwright-core';
import type {
  AuthWindowOptions,
  AuthWindowPort,
  AuthWindowResult,
} from '../../electron/core/ports';
import { isLoopbackUrl } from './chromium';
import { trackContext } from './artifacts';

export interface PlaywrightAuthWindowPort extends AuthWindowPort {
  /** Resolves with the page of the next auth window (the spec signs in there, as a person would). */
  nextPage(): Promise<Page>;
  opened: number;
  /** Navigations refused inside the auth window. */
  refused: string[];
}

export function createAuthWindowPort(browser: Browser): PlaywrightAuthWindowPort {
  const waiters: Array<(page: Page) => void> = [];
  const port: PlaywrightAuthWindowPort = {
    opened: 0,
    refused: [],
    nextPage: () => new Promise((resolve) => waiters.push(resolve)),
    async open(options: AuthWindowOptions): Promise<AuthWindowResult> {
      port.opened += 1;
      const context = await browser.newContext();
      trackContext(context, 'auth');
      let settle!: (result: AuthWindowResult) => void;
      const result = new Promise<AuthWindowResult>((resolve) => (settle = resolve));
      const finish = (value: AuthWindowResult) => {
        settle(value);
        void context.close().catch(() => undefined);
      };
      await context.route('**/*', async (route, request) => {
        const url = request.url();
        if (!isLoopbackUrl(url)) return route.abort('blockedbyclient');
        if (!request.isNavigationRequest()) return route.continue();
        if (options.isCompletion(url)) {
          await route.abort('aborted');
          finish({ kind: 'completed', url });
          return;
        }
        if (!options.allowNavigation(url)) {
          port.refused.push(url);
          return route.abort('blockedbyclient');
        }
        return route.continue();
      });
      // Playwright does not route the hops of a server redirect (the IdP's 303s, the service's
      // callback), so those are watched as they are issued: the completion ends the window at
      // once (the page it would show holds nothing: the code is redeemed only with the core's
      // PKCE verifier), a hop anywhere else closes it.
      context.on('request', (request) => {
        if (!request.isNavigationRequest() || !request.redirectedFrom()) return;
        const url = request.url();
        if (options.isCompletion(url)) finish({ kind: 'completed', url });
        else if (!options.allowNavigation(url)) {
          port.refused.push(url);
          finish({ kind: 'cancelled' });
        }
      });
      let page: Page | null = null;
      // Pop-ups from the identity provider's page are not part of a sign-in.
      context.on('page', (p) => {
        if (page && p !== page) void p.close().catch(() => undefined);
      });
      page = await context.newPage();
      page.on('close', () => finish({ kind: 'cancelled' }));
      const onAbort = () => finish({ kind: 'cancelled' });
      if (options.signal.aborted) onAbort();
      else options.signal.addEventListener('abort', onAbort, { once: true });
      for (const waiter of waiters.splice(0)) waiter(page);
      await page.goto(options.url).catch(() => undefined);
      const value = await result;
      options.signal.removeEventListener('abort', onAbort);
      return value;
    },
  };
  return port;
}
