/// <reference lib="dom" />
/**
 * SSO (R4, R11) both ways, against the real development IdP (oidc-provider) brokered by the
 * service: embedded (shared terminal: a throw-away window, destroyed after use) and the system
 * browser with the loopback redirect (workstation). The person signs in on the IdP's own page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEMO,
  expectAccessible,
  expectWebApp,
  onScreen,
  step1,
  useJourney,
} from './support/journey';

/** Why the IdP's sign-in could not finish in a real browser, if a CSP refused it. */
const refusals: string[] = [];

async function signInAtIdp(idpPage: Page): Promise<void> {
  idpPage.on('console', (m) => {
    if (/Content Security Policy|form-action/i.test(m.text())) refusals.push(m.text());
  });
  await idpPage.locator('#password').waitFor();
  await idpPage.locator('#username').fill(DEMO.sanna.username);
  await idpPage.locator('#password').fill(DEMO.sanna.idpPassword);
  await idpPage.getByRole('button', { name: 'Sign in' }).click();
}

describe('single sign-on', () => {
  const journey = useJourney({ sso: true });

  test('embedded: a throw-away window, then the web app', async () => {
    const client = await journey.client({ mode: 'shared-terminal' });
    const page = client.page;
    await step1(page, DEMO.sanna);
    await onScreen(page, 'step2');
    await page.getByRole('heading', { name: 'With single sign-on' }).waitFor();
    await expectAccessible(page, 'step 2 (password or SSO)');
    const authPage = client.auth.nextPage();
    await page.getByRole('button', { name: 'Sign in with single sign-on' }).click();
    await onScreen(page, 'sso-waiting');
    await expectAccessible(page, 'SSO waiting');
    const idp = await authPage;
    await signInAtIdp(idp);
    await expectWebApp(client, 'Sanna SSO');
    // The auth window and its identity-provider session are gone.
    expect(idp.isClosed()).toBe(true);
    expect(client.auth.opened).toBe(1);
    expect(client.systemBrowser.opened).toEqual([]);
    expect(client.logText()).not.toContain(DEMO.sanna.idpPassword);
  });

  test('system browser with the loopback redirect, then the web app', async () => {
    const client = await journey.client({ mode: 'workstation' });
    const page = client.page;
    await step1(page, DEMO.sanna);
    await onScreen(page, 'step2');
    const browserPage = client.systemBrowser.nextPage();
    await page.getByRole('button', { name: 'Sign in with single sign-on' }).click();
    const idp = await browserPage;
    expect(new URL(client.systemBrowser.opened[0]!).origin).toBe(
      journey.stack.idp!.issuer.replace(/\/$/, '').replace(/(:\/\/[^/]+).*$/, '$1'),
    );
    await signInAtIdp(idp);
    // The browser lands on the client's loopback listener, which hands the code to the core.
    await idp.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/sso\//);
    await expectWebApp(client, 'Sanna SSO');
    expect(client.shell.focusCount).toBeGreaterThan(0);
    expect(client.auth.opened).toBe(0);
  });
});
