/**
 * The user's default browser in the browser shell: a separate context standing in for it (its
 * own cookies, like a real browser's). Loopback addresses (the development IdP's authorization
 * URL) are loaded there so a spec can sign in as a person would; anything else is only recorded,
 * because a test never sends traffic off the machine.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SystemBrowserPort } from '../../electron/core/ports';
import { isLoopbackUrl } from './chromium';
import { trackContext } from './artifacts';

export interface PlaywrightSystemBrowser extends SystemBrowserPort {
  /** Every URL handed to the system browser, in order. */
  opened: string[];
  nextPage(): Promise<Page>;
  close(): Promise<void>;
}

export function createSystemBrowser(browser: Browser): PlaywrightSystemBrowser {
  let context: BrowserContext | null = null;
  const waiters: Array<(page: Page) => void> = [];
  return {
    opened: [],
    nextPage() {
      return new Promise((resolve) => waiters.push(resolve));
    },
    async openExternal(url) {
      this.opened.push(url);
      if (!isLoopbackUrl(url)) return;
      if (!context) {
        context = await browser.newContext();
        trackContext(context, 'system-browser');
        await context.route('**/*', (route, request) =>
          isLoopbackUrl(request.url()) ? route.continue() : route.abort('blockedbyclient'),
        );
      }
      const page = await context.newPage();
      for (const waiter of waiters.splice(0)) waiter(page);
      await page.goto(url).catch(() => undefined);
    },
    async close() {
      await context?.close().catch(() => undefined);
      context = null;
    },
  };
}
