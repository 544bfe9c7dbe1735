/**
 * `npm run screenshots`: PNGs of every screen, from the real built renderer in Chromium against
 * the scripted bridge, into docs/screens/ (Finnish, plus one in Swedish and one in English).
 */
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CLIENT_BAR_HEIGHT_PX } from '../../shared/bridge/contract';
import { openApp, startRig, type AppPage, type Rig } from './browser';
import {
  ANNA,
  EEVA,
  EXPIRING_PASSWORD,
  SANNA,
  SERVER,
  VILLE,
  baseScript,
  fail,
  ok,
  signedIn,
  startup,
} from './fixtures';
import type { BridgeScript } from './scripted-bridge';

const OUT = fileURLToPath(new URL('../../docs/screens/', import.meta.url));
const FULL = { width: 1280, height: 800 };
const BAR = { width: 1280, height: CLIENT_BAR_HEIGHT_PX };

const SHARED = startup({
  mode: 'shared-terminal',
  knownUsers: [ANNA, SANNA, VILLE, EEVA],
  idleTimeoutSeconds: 600,
});
const WORKSTATION = startup({ knownUsers: [ANNA], lastUsername: 'anna.agent' });
const EXPIRED = startup({ knownUsers: [EEVA], lastUsername: 'eeva.expired' });
const CHANGE_REQUIRED = ok({
  kind: 'password-change-required' as const,
  reason: 'expired' as const,
  username: 'eeva.expired',
});

interface Shot {
  file: string;
  script: BridgeScript;
  viewport?: { width: number; height: number };
  drive?: (app: AppPage) => Promise<void>;
}

async function signIn(app: AppPage, password = 'Callback-Queue-2026'): Promise<void> {
  await app.page.getByLabel(/^(Salasana|Lösenord|Password)$/).fill(password);
  await app.page.keyboard.press('Enter');
}

async function toForcedChange(app: AppPage): Promise<void> {
  await signIn(app, 'Old-Password-2025!');
  await app.screen('password-change');
  await app.page.locator('#current-password').fill('Old-Password-2025!');
  await app.page.locator('#new-password').fill('Kuutamo-polku');
}

const SHOTS: Shot[] = [
  { file: '01-known-users-fi.png', script: baseScript(SHARED) },
  { file: '02-step2-workstation-fi.png', script: baseScript(WORKSTATION) },
  {
    file: '03-step1-fi.png',
    script: baseScript(
      startup({
        notices: [{ kind: 'legacy-server-rewritten', from: 'https://www.teleq.fi', to: SERVER }],
      }),
    ),
  },
  {
    file: '04-step2-sso-choice-fi.png',
    script: baseScript(SHARED),
    drive: async (app) => {
      await app.page.locator('.tile-choose', { hasText: 'Sanna Sairaala' }).click();
      await app.screen('step2');
    },
  },
  {
    file: '05-step2-locked-fi.png',
    script: baseScript(WORKSTATION, {
      'login:password': [fail({ code: 'locked', retryAfterSeconds: 900 })],
    }),
    drive: async (app) => {
      await signIn(app, 'Wrong-Password-1');
      await app.page.waitForSelector('[data-error-code="locked"]');
    },
  },
  {
    file: '06-server-unreachable-fi.png',
    script: baseScript(startup(), {
      'login:identify': [fail({ code: 'server_unreachable', serverUrl: SERVER })],
    }),
    drive: async (app) => {
      await app.page.locator('#username').fill('anna.agent');
      await app.page.locator('#email').fill('anna.agent@demo-clinic.example');
      await app.page.keyboard.press('Enter');
      await app.page.waitForSelector('[data-error-code="server_unreachable"]');
    },
  },
  {
    file: '07-sso-waiting-fi.png',
    script: baseScript(startup({ knownUsers: [SANNA], lastUsername: 'sanna.sso' }), {
      'login:sso': [{ pending: true }],
    }),
    drive: async (app) => {
      await app.page.getByRole('button', { name: 'Kirjaudu kertakirjautumisella' }).click();
      await app.screen('sso-waiting');
    },
  },
  {
    file: '08-password-change-forced-fi.png',
    script: baseScript(EXPIRED, { 'login:password': [CHANGE_REQUIRED] }),
    drive: toForcedChange,
  },
  {
    file: '09-password-change-refused-fi.png',
    script: baseScript(EXPIRED, {
      'login:password': [CHANGE_REQUIRED],
      'password:change': [fail({ code: 'password_policy', violations: ['reused'] })],
    }),
    drive: async (app) => {
      await toForcedChange(app);
      await app.page.locator('#new-password').fill('Kuutamo-Polku-77#');
      await app.page.locator('#repeat-password').fill('Kuutamo-Polku-77#');
      await app.page.locator('#repeat-password').press('Enter');
      await app.page.waitForSelector('[data-error-code="password_policy"]');
    },
  },
  {
    file: '10-password-changed-fi.png',
    script: baseScript(WORKSTATION, {
      'login:password': [ok(signedIn(ANNA))],
      'password:change': [
        ok({
          kind: 'changed' as const,
          password: { expiresAt: '2027-06-01T09:00:00.000Z', daysLeft: 180, warning: false },
        }),
      ],
    }),
    drive: async (app) => {
      await signIn(app);
      await app.screen('signed-in');
      await app.page.getByRole('button', { name: 'Vaihda salasana' }).click();
      await app.page.locator('#current-password').fill('Callback-Queue-2026');
      await app.page.locator('#new-password').fill('Kuutamo-Polku-77#');
      await app.page.locator('#repeat-password').fill('Kuutamo-Polku-77#');
      await app.page.locator('#repeat-password').press('Enter');
      await app.screen('password-changed');
    },
  },
  {
    file: '11-forgot-request-fi.png',
    script: baseScript(WORKSTATION),
    drive: async (app) => {
      await app.page.getByRole('button', { name: 'Unohditko salasanasi?' }).click();
      await app.screen('forgot-request');
    },
  },
  {
    file: '12-forgot-reset-fi.png',
    script: baseScript(WORKSTATION, { 'password:forgot': [ok(undefined)] }),
    drive: async (app) => {
      await app.page.getByRole('button', { name: 'Unohditko salasanasi?' }).click();
      await app.page.locator('#forgot-email').fill('anna.agent@demo-clinic.example');
      await app.page.keyboard.press('Enter');
      await app.screen('forgot-reset');
      await app.page.locator('#reset-code').fill('482913');
    },
  },
  {
    file: '13-forgot-done-fi.png',
    script: baseScript(WORKSTATION, {
      'password:forgot': [ok(undefined)],
      'password:reset': [
        ok({ password: { expiresAt: '2027-06-01T09:00:00.000Z', daysLeft: 180, warning: false } }),
      ],
    }),
    drive: async (app) => {
      await app.page.getByRole('button', { name: 'Unohditko salasanasi?' }).click();
      await app.page.locator('#forgot-email').fill('anna.agent@demo-clinic.example');
      await app.page.keyboard.press('Enter');
      await app.screen('forgot-reset');
      await app.page.locator('#reset-code').fill('482913');
      await app.page.locator('#new-password').fill('Kuutamo-Polku-77#');
      await app.page.locator('#repeat-password').fill('Kuutamo-Polku-77#');
      await app.page.locator('#repeat-password').press('Enter');
      await app.screen('forgot-done');
    },
  },
  {
    file: '14-logged-out-idle-fi.png',
    script: baseScript(SHARED),
    drive: async (app) => {
      await app.emit({
        type: 'logged-out',
        reason: 'idle',
        knownUsers: [ANNA, SANNA, VILLE, EEVA],
      });
      await app.page.waitForSelector('[data-logged-out]');
    },
  },
  {
    file: '15-keychain-unavailable-fi.png',
    script: baseScript(startup({ notices: [{ kind: 'keychain-unavailable', problem: 'locked' }] })),
  },
  {
    file: '16-client-bar-fi.png',
    viewport: BAR,
    script: baseScript(WORKSTATION, { 'login:password': [ok(signedIn(ANNA, EXPIRING_PASSWORD))] }),
    drive: async (app) => {
      await signIn(app);
      await app.screen('signed-in');
    },
  },
  {
    file: '17-client-bar-idle-fi.png',
    viewport: BAR,
    script: baseScript(SHARED, { 'login:password': [ok(signedIn(ANNA))] }),
    drive: async (app) => {
      await app.page.locator('.tile-choose', { hasText: 'Anna Agent' }).click();
      await signIn(app);
      await app.screen('signed-in');
      await app.emit({ type: 'idle-warning', secondsLeft: 45 });
      await app.page.waitForSelector('[data-idle-warning]');
    },
  },
  { file: '18-step1-sv.png', script: baseScript(startup({ language: 'sv' })) },
  {
    file: '19-password-change-forced-en.png',
    script: baseScript({ ...EXPIRED, language: 'en' }, { 'login:password': [CHANGE_REQUIRED] }),
    drive: toForcedChange,
  },
];

async function shoot(rig: Rig, shot: Shot): Promise<void> {
  const app = await openApp(rig, shot.script, { viewport: shot.viewport ?? FULL });
  try {
    await app.page.waitForSelector('[data-screen]:not([data-screen="starting"])');
    await shot.drive?.(app);
    // Focus rings belong to keyboard use; a still picture reads better without the heading's.
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const path = `${OUT}${shot.file}`;
    await app.page.screenshot({ path, fullPage: true });
    const { size } = await stat(path);
    console.log(`${shot.file} ${(size / 1024).toFixed(0)} KiB`);
  } finally {
    await app.close();
  }
}

const only = process.argv.slice(2);
await mkdir(OUT, { recursive: true });
const rig = await startRig();
try {
  for (const shot of SHOTS)
    if (only.length === 0 || only.some((o) => shot.file.includes(o))) await shoot(rig, shot);
} finally {
  await rig.close();
}
