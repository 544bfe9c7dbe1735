/**
 * The Electron leg: the first journey (step 1 → step 2 → signed in) against the real Electron
 * app through Playwright's `_electron`, built with `npm run dist:e2e`'s fuses (inspect arguments
 * on, which Playwright needs). Runs only with TELEQ_E2E_SHELL=electron and a binary present;
 * otherwise it prints one line saying why and is skipped with that reason.
 */
import { describe, expect, test } from 'vitest';
import { _electron } from 'playwright-core';
import { ELECTRON_MAIN, electronLegStatus } from '../harness/electron-leg';
import { startStack } from '../harness/stack';
import { DEMO, enterPassword, onScreen, step1 } from './support/journey';

const status = electronLegStatus();

describe('Electron leg', () => {
  test('new device: step 1, step 2, signed in (real Electron app)', async (ctx) => {
    if (!status.runs || !status.executablePath) {
      console.log(`[e2e] ${status.line}`);
      ctx.skip();
      return;
    }
    const stack = await startStack({ sso: false });
    const app = await _electron.launch({
      executablePath: status.executablePath,
      args: [ELECTRON_MAIN, `--server-url=${stack.serverUrl}`, '--language=en'],
    });
    try {
      const page = await app.firstWindow();
      await step1(page, DEMO.anna);
      await enterPassword(page, DEMO.anna.password);
      await onScreen(page, 'signed-in');
      expect(await page.getByText(DEMO.anna.name, { exact: false }).count()).toBeGreaterThan(0);
    } finally {
      await app.close();
      await stack.close();
    }
  });
});
