/// <reference lib="dom" />
/**
 * Passwords (R6–R9): an expired password leads only to the forced change, then the web app; a
 * legacy password still logs in; a voluntary change from the client bar; a forgotten password
 * reset with the code from the development mail sink. Old passwords stop working once changed.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEMO,
  enterPassword,
  expectAccessible,
  expectWebApp,
  onScreen,
  step1,
  useJourney,
} from './support/journey';

async function fillNewPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again', { exact: true }).fill(password);
}

describe('passwords', () => {
  const journey = useJourney();

  test('an expired password: forced change, then the web app; the old one no longer works', async () => {
    const client = await journey.client();
    const page = client.page;
    await step1(page, DEMO.eeva);
    await enterPassword(page, DEMO.eeva.password);
    await onScreen(page, 'password-change');
    await page.getByRole('heading', { name: 'Your password has expired' }).waitFor();
    expect(client.web.current(), 'no web session before the change').toBeUndefined();
    await expectAccessible(page, 'password change (forced)');
    const fresh = 'Aamuvuoro-Kahvi-7391!';
    await page.getByLabel('Current password', { exact: true }).fill(DEMO.eeva.password);
    await fillNewPassword(page, fresh);
    await expectAccessible(page, 'password change (forced, checklist ticked)');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expectWebApp(client, 'Eeva Expired');
    expect(client.logText()).not.toContain(fresh);
    expect(client.logText()).not.toContain(DEMO.eeva.password);

    await page.getByRole('button', { name: 'Log out' }).click();
    await client.shell.waitForEvent((e) => e.type === 'logged-out');
    // The device remembers Eeva (R5): step 2 with her name, no step 1.
    const step2 = page.locator('[data-screen="step2"]');
    const back = page.getByRole('button', { name: 'Back to remembered users' });
    await step2.or(back).first().waitFor();
    if (!(await step2.count())) await back.click();
    await onScreen(page, 'step2');
    expect(await page.getByText('Eeva Expired').count()).toBeGreaterThan(0);
    await enterPassword(page, DEMO.eeva.password);
    await page.getByText('The username or password is wrong.').waitFor();
    await expectAccessible(page, 'step 2 (wrong password)');
    await enterPassword(page, fresh);
    await expectWebApp(client, 'Eeva Expired');
    await client.close();
  });

  test('a legacy password logs in as it is (R8)', async () => {
    const client = await journey.client();
    await step1(client.page, DEMO.ville);
    await enterPassword(client.page, DEMO.ville.password);
    await expectWebApp(client, 'Ville Legacy');
    await client.close();
  });

  test('a voluntary change from the client bar', async () => {
    const client = await journey.client();
    const page = client.page;
    await step1(page, DEMO.anna);
    await enterPassword(page, DEMO.anna.password);
    await expectWebApp(client, DEMO.anna.name);
    await page.getByRole('button', { name: 'Change password' }).click();
    await onScreen(page, 'password-change');
    expect(client.shell.layout).toBe('full');
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    await expectAccessible(page, 'password change (voluntary)');
    await page.getByLabel('Current password', { exact: true }).fill(DEMO.anna.password);
    // A rule-breaking password is refused by the checklist before anything is sent.
    await fillNewPassword(page, 'short');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('The new password does not meet all the rules.').first().waitFor();
    await fillNewPassword(page, 'Iltavuoro-Tee-5820?');
    await page.getByRole('button', { name: 'Change password' }).click();
    await onScreen(page, 'password-changed');
    await expectAccessible(page, 'password changed');
    await page.getByRole('button', { name: 'Back to teleQ' }).click();
    await onScreen(page, 'signed-in');
    expect(client.shell.layout).toBe('bar');
    expect(client.web.current()).toBeDefined();
    await client.close();
  });

  test('a forgotten password through the development mail sink', async () => {
    const client = await journey.client();
    const page = client.page;
    await onScreen(page, 'step1');
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await onScreen(page, 'forgot-request');
    await expectAccessible(page, 'forgotten password (request)');
    await page.getByLabel('Username').fill(DEMO.ville.username);
    await page.getByLabel('Email address').fill(DEMO.ville.email);
    await page.getByRole('button', { name: 'Send code' }).click();
    await onScreen(page, 'forgot-reset');
    await expectAccessible(page, 'forgotten password (code)');
    const mail = await journey.stack.service.mail.waitFor(DEMO.ville.email, 15_000);
    const code = /\b(\d{6,10})\b/.exec(mail.text)?.[1];
    expect(code, 'a code in the mail').toBeTruthy();
    await page.getByLabel('Code', { exact: false }).first().fill(code!);
    const fresh = 'Kevatsade-Ikkuna-4682#';
    await fillNewPassword(page, fresh);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await onScreen(page, 'forgot-done');
    await expectAccessible(page, 'forgotten password (done)');
    expect(client.logText()).not.toContain(code!);
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await step1(page, DEMO.ville);
    await enterPassword(page, DEMO.ville.password);
    await page.getByText('The username or password is wrong.').waitFor();
    await enterPassword(page, fresh);
    await expectWebApp(client, 'Ville Legacy');
    await client.close();
  });
});
