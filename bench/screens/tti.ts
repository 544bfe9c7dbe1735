/**
 * Time to an interactive login screen: from navigation start (the page's own time origin) to
 * the first animation frame after step 1's username field exists, is visible and enabled. Each
 * load is cold: a new browser context, so no HTTP cache, no storage, no compiled-code cache.
 *
 * The bridge is a stub that answers `app:startup` at once with a device that knows nobody, so
 * the figure is the renderer's own cost (parse, render, paint), not the main process's device
 * hello, which the storm measures separately.
 */
import type { StartupState } from '../../shared/bridge/contract';
import { roundSummary, summarise } from '../lib/stats';
import type { Summary } from '../lib/stats';
import { launchChromium } from '../../test/harness/chromium';
import { startRendererHost } from '../../test/harness/renderer-host';

const STARTUP: StartupState = {
  mode: 'workstation',
  language: 'fi',
  serverUrl: 'https://aurorateleq.com',
  knownUsers: [],
  idleTimeoutSeconds: 0,
  notices: [],
};

/**
 * Runs in the page before its own scripts (kept as page source: this project's Node typings
 * have no DOM); it only records, it never changes what the app does.
 */
function probeScript(startup: StartupState): string {
  return `(() => {
  const startup = ${JSON.stringify(startup)};
  window.teleq = {
    invoke: (channel) => Promise.resolve(channel === 'app:startup' ? startup : undefined),
    onEvent: () => () => undefined,
  };
  const ready = () => {
    const field = document.getElementById('username');
    return !!field && !field.disabled && field.getClientRects().length > 0;
  };
  const observer = new MutationObserver(() => {
    if (window.__benchInteractiveAt === undefined && ready()) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__benchInteractiveAt = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;
}

export async function measureTimeToInteractive(distDir: string, loads: number): Promise<Summary> {
  const site = await startRendererHost(distDir);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < loads + 1; i++) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript({ content: probeScript(STARTUP) });
        await page.goto(site.url);
        const handle = await page.waitForFunction('window.__benchInteractiveAt', undefined, {
          timeout: 30_000,
        });
        const at = (await handle.jsonValue()) as number;
        // The first load also pays for Chromium's own first-use costs: not a user's cold load.
        if (i > 0) times.push(at);
      } finally {
        await context.close();
      }
    }
    return roundSummary(summarise(times));
  } finally {
    await browser.close();
    await site.close();
  }
}
