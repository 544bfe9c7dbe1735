/**
 * What every journey spec needs: the shared browser, the renderer build on loopback, a stack
 * (service + IdP) per spec file, clients on a device, and the steps a person takes on the
 * screens, by role and label as a screen reader would find them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import keytar from 'keytar';
import { chromium, type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../harness/chromium';
import { axeViolations } from '../../harness/axe';
import {
  startBrowserClient,
  type BrowserClient,
  type BrowserClientOptions,
} from '../../harness/client';
import { startRendererHost, type RendererHost } from '../../harness/renderer-host';
import { startStack, type Stack } from '../../harness/stack';
import { recordFigure } from './figures';

export interface Journey {
  browser: Browser;
  renderer: RendererHost;
  stack: Stack;
  client(options?: Partial<BrowserClientOptions>): Promise<BrowserClient>;
}

/** Registers beforeAll/afterAll for a spec file and returns the (lazily filled) journey. */
export function useJourney(options: { sso?: boolean } = {}): Journey {
  const journey = {} as Journey;
  const clients: BrowserClient[] = [];
  beforeAll(async () => {
    const ws = inject('browserWs');
    journey.browser = ws ? await chromium.connect(ws) : await launchChromium();
    journey.renderer = await startRendererHost();
    journey.stack = await startStack({ sso: options.sso ?? false });
    journey.client = async (overrides = {}) => {
      const client = await startBrowserClient({
        browser: journey.browser,
        // Each client is a device of its own in the keychain (restart keeps it).
        keychainService: `Aurora teleQ e2e ${randomUUID()}`,
        rendererUrl: journey.renderer.url,
        serverUrl: journey.stack.serverUrl,
        track: (started) => clients.push(started),
        ...overrides,
      });
      return client;
    };
  });
  afterAll(async () => {
    for (const client of clients) {
      await client.close();
      await keytar.deletePassword(client.keychainService, 'device-key').catch(() => false);
    }
    await journey.stack?.close();
    await journey.renderer?.close();
    await journey.browser?.close();
  });
  return journey;
}

export const DEMO = {
  anna: {
    username: 'anna.agent',
    email: 'anna.agent@demo-clinic.example',
    password: 'Callback-Queue-2026',
    name: 'Anna Agent',
  },
  ville: {
    username: 'ville.legacy',
    email: 'ville.legacy@demo-clinic.example',
    password: 'kissa123',
  },
  eeva: {
    username: 'eeva.expired',
    email: 'eeva.expired@demo-clinic.example',
    password: 'Old-Password-2025!',
  },
  sanna: {
    username: 'sanna.sso',
    email: 'sanna.sso@demo-health.example',
    password: 'Sairaala-Vuoro-2026',
    idpPassword: 'Revontuli-Portti-2026',
  },
} as const;

/** Waits until the renderer shows `name` (its data-screen). */
export async function onScreen(page: Page, name: string): Promise<void> {
  await page.locator(`[data-screen="${name}"]`).waitFor({ state: 'attached' });
}

/** axe-core on the page now; any violation fails the test, and the screen is counted. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page, screen);
  recordFigure('axe.jsonl', { screen, violations: violations.length });
  expect(violations, `axe-core violations on ${screen}`).toEqual([]);
}

export async function step1(page: Page, user: { username: string; email: string }): Promise<void> {
  await onScreen(page, 'step1');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function enterPassword(page: Page, password: string): Promise<void> {
  await onScreen(page, 'step2');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The managed window shows the web app for `displayName` (R13: the web app itself unchanged). */
export async function expectWebApp(client: BrowserClient, displayName: string): Promise<Page> {
  await onScreen(client.page, 'signed-in');
  const win = client.web.current();
  expect(win, 'a managed web window is open').toBeDefined();
  const page = win!.page;
  await page.locator('#user-name').waitFor();
  expect(await page.locator('#user-name').textContent()).toBe(displayName);
  expect(client.shell.layout).toBe('bar');
  return page;
}

/**
 * Back at the login after a logout, on the remembered users. The renderer may first show step 1
 * (when it logged out before the fresh known-user list arrived); a person then takes "Back to
 * remembered users", and so does this helper.
 */
export async function toKnownUsers(page: Page): Promise<void> {
  const known = page.locator('[data-screen="known-users"]');
  const back = page.getByRole('button', { name: 'Back to remembered users' });
  await known.or(back).first().waitFor();
  if (!(await known.count())) await back.click();
  await known.waitFor();
}
