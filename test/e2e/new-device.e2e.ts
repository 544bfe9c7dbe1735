/// <reference lib="dom" />
/**
 * New device (R3, R5): step 1 → step 2 → the teleQ web app with the user's name; after a restart
 * of the app on the same device it opens straight at step 2. The device key lives in the real
 * keychain (gnome-keyring through keytar) and nowhere else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import keytar from 'keytar';
import {
  DEMO,
  enterPassword,
  expectAccessible,
  expectWebApp,
  onScreen,
  step1,
  useJourney,
} from './support/journey';

describe('a new device', () => {
  const journey = useJourney();

  test('step 1, step 2, the web app; after a restart straight to step 2', async () => {
    const first = await journey.client();
    const page = first.page;
    await onScreen(page, 'step1');
    await expectAccessible(page, 'step 1');
    await step1(page, DEMO.anna);
    await onScreen(page, 'step2');
    await expectAccessible(page, 'step 2 (after step 1)');
    await enterPassword(page, DEMO.anna.password);
    const web = await expectWebApp(first, DEMO.anna.name);
    await expectAccessible(page, 'client bar');
    expect(await web.locator('#user-username').textContent()).toBe(DEMO.anna.username);

    // The device key is in the keychain, not in the device's files.
    const stored = await keytar.getPassword(first.keychainService, 'device-key');
    expect(stored).toBeTruthy();
    const d = JSON.parse(stored!).d as string;
    for (const name of readdirSync(first.deviceDir, { recursive: true }) as string[]) {
      const path = join(first.deviceDir, name);
      try {
        expect(readFileSync(path, 'utf8')).not.toContain(d);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
      }
    }
    // Nor in the renderer: the page knows no token, key or password.
    const rendererText = await page.content();
    expect(rendererText).not.toContain(d);
    expect(rendererText).not.toContain(DEMO.anna.password);

    const second = await first.restart();
    await onScreen(second.page, 'step2');
    await expect.poll(() => second.page.getByText(DEMO.anna.name).count()).toBeGreaterThan(0);
    await expectAccessible(second.page, 'step 2 (known device)');
    await enterPassword(second.page, DEMO.anna.password);
    await expectWebApp(second, DEMO.anna.name);
    expect(second.logText()).not.toContain(DEMO.anna.password);
  });
});
