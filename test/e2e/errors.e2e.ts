/// <reference lib="dom" />
/**
 * When things go wrong: a wrong password; the lockout and its wait (the service's clock moves,
 * nobody waits); the service down at start and in the middle of a login, then back.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ManualClock } from '../../electron/core/manual-clock';
import { startStack } from '../harness/stack';
import {
  DEMO,
  enterPassword,
  expectAccessible,
  expectWebApp,
  onScreen,
  step1,
  useJourney,
} from './support/journey';

/** A loopback port nobody listens on (taken, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('errors', () => {
  const journey = useJourney();

  test('a wrong password, then the lockout, its wait, and a login after it', async () => {
    const clock = new ManualClock(Date.now());
    const client = await journey.client({ clock });
    const page = client.page;
    await step1(page, DEMO.anna);
    await enterPassword(page, 'Wrong-Password-0000!');
    await page.getByText('The username or password is wrong.').waitFor();
    let locked = false;
    for (let i = 0; i < 8 && !locked; i += 1) {
      await enterPassword(page, `Wrong-Password-000${i}!`);
      await page
        .locator('[role="alert"]')
        .filter({ hasText: /wrong|locked/ })
        .first()
        .waitFor();
      locked = (await page.getByText(/The account is locked/).count()) > 0;
    }
    expect(locked, 'the account locks after repeated failures').toBe(true);
    await expectAccessible(page, 'step 2 (account locked)');
    // Even the right password is refused while locked.
    await enterPassword(page, DEMO.anna.password);
    await page.getByText(/The account is locked/).waitFor();
    expect(client.web.current()).toBeUndefined();
    // The lockout's longest wait passes, for the terminal and the service alike (device proofs
    // carry the time, so both clocks move).
    journey.stack.advance(16 * 60);
    clock.advance(16 * 60 * 1000);
    await enterPassword(page, DEMO.anna.password);
    // The half-done login may have expired meanwhile: then step 1 comes again, as it would.
    const signedIn = page.locator('[data-screen="signed-in"]');
    const again = page.getByText('The sign-in took too long and was stopped.', { exact: false });
    await signedIn.or(again).first().waitFor();
    if (await again.count()) {
      await page
        .locator('[data-screen="step1"]')
        .or(page.locator('[data-screen="step2"]'))
        .first()
        .waitFor();
      if (await page.locator('[data-screen="step1"]').count()) await step1(page, DEMO.anna);
      await enterPassword(page, DEMO.anna.password);
    }
    await expectWebApp(client, DEMO.anna.name);
    await client.close();
  });

  test('the service down at start, then back: retry continues', async () => {
    const port = await freePort();
    const serverUrl = `http://127.0.0.1:${port}`;
    const client = await journey.client({ serverUrl });
    const page = client.page;
    await step1(page, DEMO.anna);
    await page
      .getByText(`The teleQ service cannot be reached at ${serverUrl}`, { exact: false })
      .waitFor();
    await expectAccessible(page, 'step 1 (server unreachable)');
    const stack = await startStack({ sso: false, port });
    try {
      await page.getByRole('button', { name: 'Try again' }).click();
      await enterPassword(page, DEMO.anna.password);
      await expectWebApp(client, DEMO.anna.name);
      await client.close();
    } finally {
      await stack.close();
    }
  });

  test('the service goes down in the middle of a login, then comes back', async () => {
    const port = await freePort();
    const dbPath = join(mkdtempSync(join(tmpdir(), 'teleq-e2e-db-')), 'teleq.db');
    let stack = await startStack({ sso: false, port, dbPath });
    const client = await journey.client({ serverUrl: stack.serverUrl });
    const page = client.page;
    try {
      await step1(page, DEMO.anna);
      await onScreen(page, 'step2');
      await stack.close();
      await enterPassword(page, DEMO.anna.password);
      await page.getByText('The teleQ service cannot be reached', { exact: false }).waitFor();
      expect(client.web.current()).toBeUndefined();
      stack = await startStack({ sso: false, port, dbPath });
      // The service forgot the half-done login: the client says so and step 1 comes again,
      // or the login simply goes through; either way the user gets in without a dead end.
      await enterPassword(page, DEMO.anna.password);
      const signedIn = page.locator('[data-screen="signed-in"]');
      const again = page.locator('[data-screen="step1"]');
      await signedIn.or(again).first().waitFor();
      if (await again.count()) {
        await step1(page, DEMO.anna);
        await enterPassword(page, DEMO.anna.password);
      }
      await expectWebApp(client, DEMO.anna.name);
      await client.close();
    } finally {
      await stack.close();
    }
  });
});
