/**
 * Client overhead of a login, in the browser shell (test/harness): the real core in this
 * process, the real renderer in Chromium, the managed window a real browser context with the
 * real cookie, the real service in this process. Measured from the "Sign in" click on step 2
 * of a known device (the everyday login) to the first contentful paint of the teleQ web app in
 * the managed window, minus the time the service was busy with requests in between (observed
 * through Node's HTTP diagnostics channels). What is left is the client's own cost: IPC,
 * proof signing, the session partition, the window, the web app's load and paint.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../test/harness/chromium';
import { startBrowserClient } from '../../test/harness/client';
import { startRendererHost } from '../../test/harness/renderer-host';
import { startLoginService } from '../../server/service';
import { busyWithin } from '../lib/busy-time';
import type { LoginResult } from '../lib/result';
import { roundSummary, summarise } from '../lib/stats';
import { BENCH_RATE_LIMIT } from '../storm/limits';
import { memorySecretStore } from './memory-secrets';
import { withEsbuildNames } from './tsx-names';
import { trackServiceTime, wallNow } from './service-time';

const ANNA = {
  username: 'anna.agent',
  email: 'anna.agent@demo-clinic.example',
  password: 'Callback-Queue-2026',
};

/** Browser clock minus this process's clock, from the quickest of a few round trips. */
async function clockOffset(page: Page): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 5; i++) {
    const before = wallNow();
    const browser = await page.evaluate('performance.timeOrigin + performance.now()');
    const after = wallNow();
    if (after - before < best.rtt) {
      best = { rtt: after - before, offset: (browser as number) - (before + after) / 2 };
    }
  }
  return best.offset;
}

const RECORD_SUBMIT = `(() => {
  const mark = (event) => {
    if (window.__benchSubmitAt === undefined) {
      window.__benchSubmitAt = performance.timeOrigin + event.timeStamp;
    }
  };
  document.addEventListener('submit', mark, true);
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button[type="submit"]')) mark(event);
  }, true);
})()`;

const FIRST_PAINT = "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null";

export async function measureLoginOverhead(
  logins: number,
  log: (line: string) => void,
  rendererDir?: string,
): Promise<LoginResult> {
  const service = await startLoginService({
    seed: 'demo',
    mail: 'sink',
    logLevel: 'silent',
    rateLimits: { identify: BENCH_RATE_LIMIT, login: BENCH_RATE_LIMIT, device: BENCH_RATE_LIMIT },
  });
  const tracker = trackServiceTime(service.app.server);
  const host = await startRendererHost(rendererDir?.replace(/\/+$/, ''));
  const browser = withEsbuildNames(await launchChromium());
  const client = await startBrowserClient({
    browser,
    rendererUrl: host.url,
    serverUrl: service.url,
    secrets: memorySecretStore(),
  });
  const page = client.page;
  const screen = (name: string) =>
    page.locator(`[data-screen="${name}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  try {
    log(`client overhead: ${logins} logins in the browser shell`);
    // First login on this device (step 1), which also makes the device known: not counted.
    await screen('step1');
    await page.getByLabel('Username').fill(ANNA.username);
    await page.getByLabel('Email address').fill(ANNA.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.evaluate(RECORD_SUBMIT);
    const rendererOffset = await clockOffset(page);

    const totals: number[] = [];
    const services: number[] = [];
    const overheads: number[] = [];
    const toNavigation: number[] = [];
    const pageLoads: number[] = [];
    for (let i = 0; i <= logins; i++) {
      await screen('step2');
      await page.getByLabel('Password', { exact: true }).fill(ANNA.password);
      await page.evaluate('window.__benchSubmitAt = undefined');
      const opened = client.web.nextWindow();
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const win = await opened;
      await win.page.waitForURL(/\/app/, { timeout: 30_000 });
      // A function, not a string: the web app's CSP forbids the eval a string would need.
      await win.page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
        undefined,
        { timeout: 30_000 },
      );
      const paintBrowser = (await win.page.evaluate(
        `performance.timeOrigin + (${FIRST_PAINT})`,
      )) as number;
      const webOffset = await clockOffset(win.page);
      const navigationAt =
        ((await win.page.evaluate('performance.timeOrigin')) as number) - webOffset;
      const paintAt = paintBrowser - webOffset;
      const submitAt = ((await page.evaluate('window.__benchSubmitAt')) as number) - rendererOffset;
      const total = paintAt - submitAt;
      const serviceMs = busyWithin(tracker.intervals, submitAt, paintAt);
      // The first timed login pays for lazy code paths in the core and the service.
      if (i > 0) {
        totals.push(total);
        services.push(serviceMs);
        overheads.push(total - serviceMs);
        toNavigation.push(
          navigationAt - submitAt - busyWithin(tracker.intervals, submitAt, navigationAt),
        );
        pageLoads.push(
          paintAt - navigationAt - busyWithin(tracker.intervals, navigationAt, paintAt),
        );
      }
      tracker.intervals.length = 0;
      await screen('signed-in');
      await client.controller.handle('session:logout', { reason: 'user' });
    }
    return {
      clientOverheadMs: roundSummary(summarise(overheads)),
      totalMs: roundSummary(summarise(totals)),
      serviceMs: roundSummary(summarise(services)),
      breakdown: {
        toWindowNavigationMs: roundSummary(summarise(toNavigation)),
        webAppLoadToPaintMs: roundSummary(summarise(pageLoads)),
      },
      method:
        'browser shell (test/harness), known device: "Sign in" click to the web app\'s first contentful paint in the managed window, minus the union of the service\'s request times in between',
    };
  } finally {
    tracker.stop();
    await client.close();
    await browser.close();
    await host.close();
    await service.close();
  }
}
