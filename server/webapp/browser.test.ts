// The stand-in web app in a real Chromium: its script runs under the strict CSP, writes the
// cookie, localStorage and IndexedDB entries the kiosk tests look for, opens the video pop-up
// on the same origin, and that pop-up gets the camera.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../shared/api/paths';
import { ANNA } from '../testing/demo';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';
import { CHROMIUM_PATH as CHROMIUM, launchChromium } from '../../test/harness/chromium';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`SKIPPED web app browser test: no Chromium at ${CHROMIUM} (.ci/run installs it)`);

let service: TestService;
let browser: Browser;
beforeAll(async () => {
  if (!haveChromium) return;
  service = await startTestService();
  browser = await launchChromium({
    // This test plays the user who allows the camera; the kiosk's own decision is tested in e2e.
    extraArgs: ['--use-fake-ui-for-media-stream'],
  });
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe.skipIf(!haveChromium)('the web app in Chromium', () => {
  it('writes prefs cookie, localStorage and an IndexedDB draft, opens video on the same origin', async () => {
    const client = await service.client();
    const token = (await client.login(ANNA.username, ANNA.email, ANNA.password)).body.session
      .token as string;
    const context = await browser.newContext();
    try {
      await context.grantPermissions(['camera', 'microphone'], { origin: service.url });
      await context.addCookies([
        { name: SESSION_COOKIE, value: token, url: service.url, httpOnly: true },
      ]);
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${service.url}/app`);
      await expect.poll(() => page.getAttribute('#chat-status', 'data-state')).toBe('empty');

      await page.selectOption('#pref-queue', 'Doctors');
      await page.click('#save-prefs');
      await page.fill('#chat-draft', 'Soitan takaisin klo 10');
      await expect.poll(() => page.getAttribute('#chat-status', 'data-state')).toBe('saved');

      const cookies = await context.cookies(service.url);
      expect(cookies.find((c) => c.name === 'teleq_prefs')?.value).toContain('Doctors');
      expect(await page.evaluate(() => localStorage.getItem('teleq.prefs'))).toContain(
        ANNA.username,
      );
      // The draft survives a reload, from IndexedDB.
      await page.reload();
      await expect.poll(() => page.inputValue('#chat-draft')).toBe('Soitan takaisin klo 10');

      const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#open-video')]);
      await popup.waitForLoadState();
      expect(new URL(popup.url()).origin).toBe(service.url);
      expect(new URL(popup.url()).pathname).toBe('/app/video');
      await expect
        .poll(() => popup.getAttribute('#video-status', 'data-state'), { timeout: 15_000 })
        .toBe('granted');
      expect(violations).toEqual([]);

      // The web app's own logout ends the session and lands on /logged-out.
      await page.click('#logout');
      await page.waitForURL(`${service.url}/logged-out`);
      await page.goto(`${service.url}/app`);
      expect(await page.textContent('h1')).toContain('Please log in');
    } finally {
      await context.close();
    }
  });
});
