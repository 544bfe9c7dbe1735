/// <reference lib="dom" />
/**
 * A shared clinic terminal: user A works in the web app (cookie, localStorage, IndexedDB, a video
 * pop-up with camera), logs out; user B on the same terminal sees nothing of A. Idle timeout with
 * its countdown logs out; OS lock logs out; remembered-user tiles switch between people (R5).
 * The core runs on a manual clock, so idle minutes pass without waiting.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ManualClock } from '../../electron/core/manual-clock';
import type { BrowserClient } from '../harness/client';
import {
  DEMO,
  enterPassword,
  expectAccessible,
  expectWebApp,
  onScreen,
  step1,
  toKnownUsers,
  useJourney,
} from './support/journey';

const SETTLE = { timeout: 15_000 };

/** Everything of the web session a next user could see, read from inside the page. */
async function traces(page: Page) {
  const storage = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDb: (await indexedDB.databases()).map((d) => d.name),
    caches: 'caches' in window ? await caches.keys() : [],
    history: history.length,
  }));
  const cookies = (await page.context().cookies()).map((c) => c.name).sort();
  return { ...storage, cookies };
}

describe('a shared terminal', () => {
  const journey = useJourney();
  let clock: ManualClock;
  let client: BrowserClient;

  beforeAll(async () => {
    clock = new ManualClock(Date.now());
    client = await journey.client({ mode: 'shared-terminal', clock });
  });

  /** Time passes for the terminal and the service alike (device proofs carry the time). */
  function pass(seconds: number): void {
    journey.stack.advance(seconds);
    clock.advance(seconds * 1000);
  }

  test('user A works and logs out; user B sees nothing of A', async () => {
    const page = client.page;
    await step1(page, DEMO.anna);
    await enterPassword(page, DEMO.anna.password);
    const appA = await expectWebApp(client, DEMO.anna.name);
    const winA = client.web.current()!;
    const fresh = await traces(appA);

    // A uses the web app: preferences (cookie + localStorage), a chat draft (IndexedDB) and a
    // video call in a same-origin pop-up, which may use camera and microphone.
    await appA.selectOption('#pref-queue', 'Lab');
    await appA.click('#save-prefs');
    await appA.locator('#prefs-status[data-state="saved"]').waitFor();
    await appA.fill('#chat-draft', 'Patient 0401 asks about results');
    await appA.locator('#chat-status[data-state="saved"]').waitFor();
    await appA.click('#open-video');
    await expect.poll(() => winA.children.length, SETTLE).toBe(1);
    const video = winA.children[0]!;
    await video.locator('#video-status[data-state="granted"]').waitFor();
    const seenByA = await traces(appA);
    expect(seenByA.cookies).toContain('teleq_prefs');
    expect(seenByA.localStorage).toContain('teleq.prefs');
    expect(seenByA.indexedDb).toContain('teleq-app');

    await page.getByRole('button', { name: 'Log out' }).click();
    await client.shell.waitForEvent((e) => e.type === 'logged-out' && e.reason === 'user');
    expect(winA.closed).toBe(true);
    expect(video.isClosed()).toBe(true);
    await toKnownUsers(page);
    await expectAccessible(page, 'known users (tiles)');

    // B on the same terminal.
    await page.getByRole('button', { name: /Someone else/ }).click();
    await step1(page, DEMO.ville);
    await enterPassword(page, DEMO.ville.password);
    const appB = await expectWebApp(client, 'Ville Legacy');
    await appB.locator('#chat-status[data-state="empty"]').waitFor();
    const seenByB = await traces(appB);
    expect(seenByB).toEqual({
      cookie: '',
      localStorage: [],
      sessionStorage: [],
      indexedDb: ['teleq-app'], // B's own, just opened by the app, and empty:
      caches: [],
      history: fresh.history,
      cookies: ['teleq_session'],
    });
    expect(await appB.inputValue('#chat-draft')).toBe('');
    expect(await appB.content()).not.toContain(DEMO.anna.username);
    // The cookie B's window holds is B's session, not A's.
    const sessionCookie = (await appB.context().cookies()).find((c) => c.name === 'teleq_session');
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  test('idle: a countdown first, "continue" keeps the session, then the timeout logs out', async () => {
    const page = client.page;
    const timeout = client.config.idleTimeoutMinutes * 60;
    // Nobody touches the terminal (the OS reports a long idle time) while the minutes pass.
    client.system.idle = 24 * 3600;
    pass(timeout - 30);
    const warning = await client.shell.waitForEvent((e) => e.type === 'idle-warning');
    expect(warning).toMatchObject({ type: 'idle-warning' });
    await page.getByRole('timer').waitFor();
    await expectAccessible(page, 'idle warning (client bar)');
    await page.getByRole('button', { name: 'Continue' }).click();
    await client.shell.waitForEvent((e) => e.type === 'idle-cleared');
    await page.getByRole('timer').waitFor({ state: 'detached' });

    pass(timeout + 1);
    await client.shell.waitForEvent((e) => e.type === 'logged-out' && e.reason === 'idle');
    await toKnownUsers(page);
    await page
      .getByText('You were logged out because the device was not used for a while.')
      .waitFor();
    await expectAccessible(page, 'logged out (idle)');
    expect(client.web.current()).toBeUndefined();
    client.system.idle = 0;
  });

  test('remembered-user tiles switch users; OS lock logs out', async () => {
    const page = client.page;
    const tiles = page.locator('li[data-username]');
    await expect
      .poll(
        () => tiles.evaluateAll((li) => li.map((e) => e.getAttribute('data-username')).sort()),
        SETTLE,
      )
      .toEqual([DEMO.anna.username, DEMO.ville.username]);
    await page
      .getByRole('button', { name: /^AA?\s*Anna Agent|^Anna Agent/ })
      .first()
      .click();
    await onScreen(page, 'step2');
    await enterPassword(page, DEMO.anna.password);
    await expectWebApp(client, DEMO.anna.name);

    await page.getByRole('button', { name: 'Switch user' }).click();
    await client.shell.waitForEvent((e) => e.type === 'logged-out' && e.reason === 'switch-user');
    await toKnownUsers(page);
    await page
      .getByRole('button', { name: /Ville Legacy/ })
      .first()
      .click();
    await enterPassword(page, DEMO.ville.password);
    await expectWebApp(client, 'Ville Legacy');

    client.system.emit('lock-screen');
    await client.shell.waitForEvent((e) => e.type === 'logged-out' && e.reason === 'os-lock');
    await toKnownUsers(page);
    expect(client.web.current()).toBeUndefined();
  });
});
