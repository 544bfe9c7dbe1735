/**
 * The qualities of issue 5 that need a real browser: a keyboard-only walk through step 1 →
 * step 2 → forced password change, visible focus, the language switch, the live checklist,
 * password fields emptied when a screen is left, 200 % zoom and 4K, and large touch targets on
 * shared terminals.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startRig, type Rig } from './browser';
import {
  ANNA,
  EEVA,
  EXPIRING_PASSWORD,
  SANNA,
  VILLE,
  baseScript,
  ok,
  signedIn,
  startup,
} from './fixtures';

// A journey with several axe runs needs more than the default 30 s when the machine is shared
// by parallel builds; nothing here asserts on time.
vi.setConfig({ testTimeout: 120_000 });

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

/** What has focus: its id, or its role and text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
  });
}

/** Keyboard focus must show (WCAG 2.4.7): an outline at least 2 px wide. */
function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

async function tabTo(page: Page, expected: string): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(expected);
  expect(await focusVisible(page), `focus visible on ${expected}`).toBe(true);
}

async function rules(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-rule]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [e.getAttribute('data-rule'), e.getAttribute('data-state')]),
      ),
    );
}

describe('keyboard only', () => {
  it('walks step 1 → step 2 → forced password change with Tab, Enter and Space', async () => {
    const app = await openApp(
      rig,
      baseScript(startup(), {
        'login:identify': [
          ok({ username: 'eeva.expired', methods: ['password'], organisation: 'Demo Clinic' }),
        ],
        'login:password': [
          ok({ kind: 'password-change-required', reason: 'expired', username: 'eeva.expired' }),
        ],
        'password:change': [ok(signedIn(EEVA))],
      }),
    );
    const { page } = app;
    await app.screen('step1');
    expect(await focused(page)).toBe('h1:Kirjaudu sisään');

    await tabTo(page, '#username');
    await page.keyboard.type('eeva.expired');
    await tabTo(page, '#email');
    await page.keyboard.type('eeva.expired@demo-clinic.example');
    await tabTo(page, 'button:Jatka');
    await page.keyboard.press('Enter');

    await app.screen('step2');
    expect(await focused(page)).toBe('h1:Anna salasanasi');
    await tabTo(page, 'button:Käytä toista käyttäjätunnusta');
    await tabTo(page, '#password');
    await page.keyboard.type('Old-Password-2025!');
    await tabTo(page, 'button:Näytä salasana');
    await page.keyboard.press('Space');
    expect(await page.locator('#password').getAttribute('type')).toBe('text');
    await page.keyboard.press('Space');
    expect(await page.locator('#password').getAttribute('type')).toBe('password');
    await tabTo(page, 'button:Kirjaudu');
    await page.keyboard.press('Space');

    await app.screen('password-change');
    expect(await focused(page)).toBe('h1:Salasanasi on vanhentunut');
    await tabTo(page, '#current-password');
    await page.keyboard.type('Old-Password-2025!');
    await tabTo(page, 'button:Näytä salasana');
    await tabTo(page, '#new-password');
    await page.keyboard.type('Kuutamo-Polku-77#');
    await tabTo(page, 'button:Näytä salasana');
    await tabTo(page, '#repeat-password');
    await page.keyboard.type('Kuutamo-Polku-77#');
    expect(Object.values(await rules(page)).every((s) => s === 'met')).toBe(true);
    await tabTo(page, 'button:Näytä salasana');
    await tabTo(page, 'button:Vaihda salasana');
    await page.keyboard.press('Enter');

    await app.screen('signed-in');
    expect(await app.calls()).toEqual([
      { channel: 'app:startup', arg: null },
      {
        channel: 'login:identify',
        arg: { username: 'eeva.expired', email: 'eeva.expired@demo-clinic.example' },
      },
      {
        channel: 'login:password',
        arg: { username: 'eeva.expired', password: 'Old-Password-2025!' },
      },
      {
        channel: 'password:change',
        arg: { currentPassword: 'Old-Password-2025!', newPassword: 'Kuutamo-Polku-77#' },
      },
    ]);
    expect(await app.problems()).toEqual([]);
    await app.close();
  });

  it('reaches every control of the client bar and the known-user tiles by Tab', async () => {
    const app = await openApp(
      rig,
      baseScript(
        startup({ mode: 'shared-terminal', knownUsers: [ANNA, VILLE], idleTimeoutSeconds: 600 }),
        {
          'login:password': [ok(signedIn(ANNA, EXPIRING_PASSWORD))],
        },
      ),
    );
    const { page } = app;
    await app.screen('known-users');
    await tabTo(page, 'button:AAAnna AgentDemo Clinic');
    await tabTo(page, 'button:Poista tältä laitteelta');
    await tabTo(page, 'button:VVVille VirtanenDemo Clinic');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await app.screen('step2');
    await tabTo(page, 'button:Etkö ole sinä?');
    await tabTo(page, '#password');
    await page.keyboard.type('Callback-Queue-2026');
    await page.keyboard.press('Enter');
    await app.screen('signed-in');
    await tabTo(page, 'button:Vaihda salasana');
    await tabTo(page, 'button:Vaihda käyttäjää');
    await tabTo(page, 'button:Kirjaudu ulos');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await app.screen('known-users');
    expect(await app.calls('session:logout')).toEqual([
      { channel: 'session:logout', arg: { reason: 'switch-user' } },
    ]);
    await app.close();
  });
});

describe('checklist (R6)', () => {
  it('ticks rule by rule as the user types, and catches the username', async () => {
    const app = await openApp(
      rig,
      baseScript(startup({ knownUsers: [EEVA], lastUsername: 'eeva.expired' }), {
        'login:password': [
          ok({ kind: 'password-change-required', reason: 'expired', username: 'eeva.expired' }),
        ],
      }),
    );
    const { page } = app;
    await page.getByLabel('Salasana', { exact: true }).fill('Old-Password-2025!');
    await page.keyboard.press('Enter');
    await app.screen('password-change');
    const next = page.getByLabel('Uusi salasana', { exact: true });
    const unmetAll = await rules(page);
    expect(Object.values(unmetAll).every((s) => s === 'unmet')).toBe(true);

    await next.pressSequentially('k');
    expect(await rules(page)).toMatchObject({
      too_short: 'unmet',
      missing_lowercase: 'met',
      missing_uppercase: 'unmet',
      missing_digit: 'unmet',
    });
    await next.pressSequentially('uutamo-Polku');
    expect(await rules(page)).toMatchObject({
      too_short: 'met',
      missing_uppercase: 'met',
      missing_special: 'met',
      missing_digit: 'unmet',
    });
    await next.pressSequentially('-77');
    expect(Object.values(await rules(page)).filter((s) => s === 'unmet')).toEqual(['unmet']); // only "matches"
    await page.getByLabel('Uusi salasana uudelleen').fill('kuutamo-Polku-77');
    expect((await rules(page)).matches).toBe('met');

    await next.fill('Eeva.Expired-2027');
    expect((await rules(page)).contains_username).toBe('unmet');
    await next.fill('Salasana2026!');
    expect((await rules(page)).common_password).toBe('unmet');
    // Screen readers hear the state, not only a colour: each item starts with "Täyttyy:" or "Ei vielä:".
    expect(await page.locator('[data-rule="common_password"] .visually-hidden').innerText()).toBe(
      'Ei vielä:',
    );
    // The submit refuses what the checklist refuses, before anything is sent.
    await page.getByLabel('Nykyinen salasana').fill('Old-Password-2025!');
    await page.getByRole('button', { name: 'Vaihda salasana' }).click();
    expect(await page.locator('#new-password-error').innerText()).toBe(
      'Uusi salasana ei täytä kaikkia sääntöjä.',
    );
    expect(await app.calls('password:change')).toEqual([]);
    await app.close();
  });
});

describe('language', () => {
  it('starts in the configured language and switches on the login screen, telling the main process', async () => {
    const app = await openApp(
      rig,
      baseScript(startup({ language: 'sv', knownUsers: [SANNA], lastUsername: 'sanna.sso' })),
    );
    const { page } = app;
    await app.screen('step2');
    expect(await page.locator('h1').innerText()).toBe('Ange ditt lösenord');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await page.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Enter your password');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.choice-option h2').allInnerTexts()).toEqual([
      'With your teleQ password',
      'With single sign-on',
    ]);
    await page.getByRole('button', { name: 'Suomi' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Anna salasanasi');
    expect((await app.calls('app:set-language')).map((c) => c.arg)).toEqual([
      { language: 'en' },
      { language: 'fi' },
    ]);
    expect(await app.axe()).toEqual([]);
    await app.close();
  });

  it('writes dates and numbers per language in the bar', async () => {
    const app = await openApp(
      rig,
      baseScript(startup({ language: 'en', knownUsers: [ANNA], lastUsername: 'anna.agent' }), {
        'login:password': [
          ok(signedIn(ANNA, { expiresAt: '2027-06-01T09:00:00.000Z', daysLeft: 1, warning: true })),
        ],
      }),
    );
    await app.page.getByLabel('Password', { exact: true }).fill('Callback-Queue-2026');
    await app.page.keyboard.press('Enter');
    await app.screen('signed-in');
    expect(await app.page.locator('.bar-expiry').innerText()).toBe('Password expires in 1 day');
    await app.close();
  });
});

describe('no password outlives its screen', () => {
  it('empties the password when the user goes to "forgot password" and back', async () => {
    const app = await openApp(
      rig,
      baseScript(startup({ knownUsers: [ANNA], lastUsername: 'anna.agent' })),
    );
    const { page } = app;
    await page.getByLabel('Salasana', { exact: true }).fill('Half-Typed-Secret-1');
    await page.getByRole('button', { name: 'Unohditko salasanasi?' }).click();
    await app.screen('forgot-request');
    expect(
      await page
        .locator('input')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).not.toContain('Half-Typed-Secret-1');
    await page.getByRole('button', { name: 'Takaisin' }).click();
    await app.screen('step2');
    expect(await page.getByLabel('Salasana', { exact: true }).inputValue()).toBe('');
    await app.close();
  });

  it('empties the change form when a voluntary change is cancelled', async () => {
    const app = await openApp(
      rig,
      baseScript(startup({ knownUsers: [ANNA], lastUsername: 'anna.agent' }), {
        'login:password': [ok(signedIn(ANNA))],
      }),
    );
    const { page } = app;
    await page.getByLabel('Salasana', { exact: true }).fill('Callback-Queue-2026');
    await page.keyboard.press('Enter');
    await app.screen('signed-in');
    await page.getByRole('button', { name: 'Vaihda salasana' }).click();
    await app.screen('password-change');
    await page.getByLabel('Nykyinen salasana').fill('Callback-Queue-2026');
    await page.getByLabel('Uusi salasana', { exact: true }).fill('Kuutamo-Polku-77#');
    await page.getByRole('button', { name: 'Peruuta' }).click();
    await app.screen('signed-in');
    expect(await page.locator('input').count()).toBe(0);
    await page.getByRole('button', { name: 'Vaihda salasana' }).click();
    await app.screen('password-change');
    const values = await page
      .locator('input:not([type=hidden])')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toEqual(['', '', '']);
    await app.close();
  });
});

describe('sizes', () => {
  const screens: [string, Parameters<typeof startup>[0]][] = [
    ['step1', {}],
    ['step2', { knownUsers: [SANNA], lastUsername: 'sanna.sso' }],
    ['known-users', { mode: 'shared-terminal', knownUsers: [ANNA, SANNA, VILLE, EEVA] }],
  ];
  for (const [viewport, label] of [
    [{ width: 512, height: 384 }, '1024×768 at 200 % zoom'],
    [{ width: 640, height: 400 }, '1280×800 at 200 % zoom'],
    [{ width: 3840, height: 2160 }, '4K'],
  ] as const) {
    it(`reflows without sideways scrolling at ${label}`, async () => {
      for (const [screen, state] of screens) {
        const app = await openApp(rig, baseScript(startup(state)), { viewport });
        await app.screen(screen);
        const { scrollWidth, innerWidth, cardWidth } = await app.page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          cardWidth: document.querySelector('.card')?.getBoundingClientRect().width ?? 0,
        }));
        expect(scrollWidth, `${screen} at ${label}`).toBeLessThanOrEqual(innerWidth);
        expect(cardWidth, screen).toBeGreaterThan(Math.min(300, innerWidth * 0.8));
        await app.close();
      }
    });
  }

  it('the client bar keeps its actions reachable at 1024 px and at 200 % zoom', async () => {
    for (const width of [1024, 512]) {
      const app = await openApp(
        rig,
        baseScript(startup({ knownUsers: [ANNA], lastUsername: 'anna.agent' }), {
          'login:password': [ok(signedIn(ANNA, EXPIRING_PASSWORD))],
        }),
        { viewport: { width, height: 56 } },
      );
      await app.page.getByLabel('Salasana', { exact: true }).fill('Callback-Queue-2026');
      await app.page.keyboard.press('Enter');
      await app.screen('signed-in');
      for (const name of ['Vaihda salasana', 'Vaihda käyttäjää', 'Kirjaudu ulos']) {
        const box = await app.page.getByRole('button', { name }).boundingBox();
        expect(box, `${name} at ${width}`).not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0), `${name} at ${width}`).toBeLessThanOrEqual(width);
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(56);
      }
      await app.close();
    }
  });

  it('shared terminal: every control is a large touch target (≥ 44 px, inputs and main buttons 56 px)', async () => {
    const app = await openApp(
      rig,
      baseScript(startup({ mode: 'shared-terminal', knownUsers: [ANNA, SANNA] })),
    );
    const { page } = app;
    const heights = () =>
      page.locator('main button, main input:not([type=hidden]), header button').evaluateAll((els) =>
        els.map((e) => ({
          what: `${e.tagName} ${e.className} ${e.textContent?.trim() ?? ''}`,
          height: e.getBoundingClientRect().height,
          big:
            e.tagName === 'INPUT' ||
            e.classList.contains('button-primary') ||
            e.classList.contains('tile-choose'),
        })),
      );
    await app.screen('known-users');
    const onTiles = await heights();
    await page.locator('.tile-choose', { hasText: 'Sanna Sairaala' }).click();
    await app.screen('step2');
    for (const { what, height, big } of [...onTiles, ...(await heights())]) {
      expect(height, what).toBeGreaterThanOrEqual(big ? 56 : 44);
    }
    await app.close();
  });
});
