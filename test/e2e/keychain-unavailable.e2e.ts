/// <reference lib="dom" />
/**
 * The keychain unavailable: no D-Bus session for libsecret in this process (this spec file runs
 * in its own worker, and the address is broken before keytar is first used). The client still
 * works, tells the user why in plain words, and starts at step 1 every time.
 */
import { describe, expect, test } from 'vitest';
import {
  DEMO,
  enterPassword,
  expectAccessible,
  expectWebApp,
  onScreen,
  step1,
  useJourney,
} from './support/journey';

process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/teleq-e2e-no-bus';
delete process.env.DISPLAY;

describe('keychain unavailable', () => {
  const journey = useJourney();

  test('login works, the user is told, and the next start is at step 1 again', async () => {
    const client = await journey.client();
    const page = client.page;
    await onScreen(page, 'step1');
    await page
      .getByText('The secure storage of this device is not available', { exact: false })
      .waitFor();
    await expectAccessible(page, 'step 1 (keychain unavailable)');
    await step1(page, DEMO.anna);
    await enterPassword(page, DEMO.anna.password);
    await expectWebApp(client, DEMO.anna.name);
    expect(client.log.some((l) => /keychain|secret|device key/i.test(l.message))).toBe(true);

    const again = await client.restart();
    await onScreen(again.page, 'step1');
    await again.page
      .getByText('The secure storage of this device is not available', { exact: false })
      .waitFor();
  });
});
