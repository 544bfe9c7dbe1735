/**
 * The login of DESIGN.md section 3 end to end: the real client core against the real login
 * service (and the development IdP) over HTTP on loopback, with fake platform ports standing in
 * for Electron's windows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../shared/api/paths';
import { startDemoStack, type DemoStack } from '../../server/demo-stack';
import { ANNA, EEVA, SANNA, VILLE } from '../../server/testing/demo';
import { DEMO_IDP_USERS } from '../../server/idp/demo-users';
import { TestBrowser, isPage } from '../../server/idp/testing/browser';
import { DEVICE_KEY_ACCOUNT, parseStoredKey } from '../core/device/key-store';
import { deviceId } from '../core/device/proof';
import { ManualClock } from '../core/manual-clock';
import { restart, startClient, webAppStatus, type TestClient } from './helpers';

let stack: DemoStack;
let server: string;
const generous = { limit: 10_000, windowSeconds: 60 };

beforeAll(async () => {
  stack = await startDemoStack({
    logLevel: 'silent',
    rateLimits: {
      identify: generous,
      login: generous,
      device: generous,
      forgot: generous,
      reset: generous,
    },
  });
  server = stack.serviceUrl;
});
afterAll(async () => {
  await stack?.close();
});

const IDP_SANNA = DEMO_IDP_USERS.find((u) => u.username === 'sanna.sso')!;

function noSecretsIn(client: TestClient): void {
  const token = client.fake.web?.options.cookie.value;
  const key = client.fake.secrets.entries.get(DEVICE_KEY_ACCOUNT);
  const seen = JSON.stringify([client.fake.events, client.fake.logLines]);
  if (token) expect(seen).not.toContain(token);
  if (key) expect(seen).not.toContain(JSON.parse(key).d);
}

describe('a new device: step 1, then step 2, then the web app (R3, R4, R5)', () => {
  it('logs in, opens the web app with the session cookie, and skips step 1 on the next start', async () => {
    const first = await startClient(server);
    const startup = await first.controller.handle('app:startup', undefined);
    expect(startup).toMatchObject({
      mode: 'workstation',
      language: 'fi',
      serverUrl: server,
      knownUsers: [],
    });

    const identified = await first.controller.handle('login:identify', {
      username: ANNA.username,
      email: ANNA.email,
    });
    expect(identified).toEqual({
      ok: true,
      value: { username: ANNA.username, methods: ['password'] },
    });

    const login = await first.controller.handle('login:password', {
      username: ANNA.username,
      password: ANNA.password,
    });
    expect(login).toMatchObject({
      ok: true,
      value: { kind: 'signed-in', user: { username: ANNA.username, organisation: 'Demo Clinic' } },
    });

    const web = first.fake.web!;
    expect(web.options.url).toBe(`${server}/app`);
    expect(web.options.cookie).toMatchObject({
      url: server,
      name: SESSION_COOKIE,
      httpOnly: true,
      secure: false,
    });
    expect(await webAppStatus(first)).toBe(200);
    expect(first.fake.layouts.at(-1)).toBe('bar');
    expect(first.fake.eventsOf('signed-in')).toHaveLength(1);
    noSecretsIn(first);

    // Next start on the same device: straight to step 2 with Anna preselected.
    const second = await restart(first, server);
    const again = await second.controller.handle('app:startup', undefined);
    expect(again.knownUsers).toEqual([
      expect.objectContaining({
        username: ANNA.username,
        displayName: ANNA.displayName,
        methods: ['password'],
      }),
    ]);
    expect(again.lastUsername).toBe(ANNA.username);
    const direct = await second.controller.handle('login:password', {
      username: ANNA.username,
      password: ANNA.password,
    });
    expect(direct).toMatchObject({ ok: true, value: { kind: 'signed-in' } });
    await second.controller.dispose();
  });

  it('answers wrong credentials and an unknown user the same way', async () => {
    const client = await startClient(server);
    await client.controller.handle('app:startup', undefined);
    await client.controller.handle('login:identify', {
      username: ANNA.username,
      email: ANNA.email,
    });
    expect(
      await client.controller.handle('login:password', {
        username: ANNA.username,
        password: 'Wrong-Password-2026',
      }),
    ).toEqual({ ok: false, error: { code: 'invalid_credentials' } });
    await client.controller.handle('login:identify', {
      username: 'nobody.here',
      email: 'nobody@demo-clinic.example',
    });
    expect(
      await client.controller.handle('login:password', {
        username: 'nobody.here',
        password: 'Wrong-Password-2026',
      }),
    ).toEqual({ ok: false, error: { code: 'invalid_credentials' } });
    expect(client.fake.webWindows).toHaveLength(0);
    await client.controller.dispose();
  });

  it('lets a legacy password log in (R8)', async () => {
    const client = await startClient(server);
    await client.controller.handle('login:identify', {
      username: VILLE.username,
      email: VILLE.email,
    });
    const login = await client.controller.handle('login:password', {
      username: VILLE.username,
      password: VILLE.password,
    });
    expect(login).toMatchObject({ ok: true, value: { kind: 'signed-in' } });
    await client.controller.dispose();
  });
});

describe('password change (R6, R7, R9)', () => {
  it('an expired password must be changed first; the rules are enforced; then the web app opens', async () => {
    const client = await startClient(server);
    await client.controller.handle('login:identify', {
      username: EEVA.username,
      email: EEVA.email,
    });
    const login = await client.controller.handle('login:password', {
      username: EEVA.username,
      password: EEVA.password,
    });
    expect(login).toEqual({
      ok: true,
      value: { kind: 'password-change-required', reason: 'expired', username: EEVA.username },
    });
    expect(client.fake.webWindows).toHaveLength(0);

    const weak = await client.controller.handle('password:change', {
      currentPassword: EEVA.password,
      newPassword: 'short',
    });
    expect(weak).toMatchObject({ ok: false, error: { code: 'password_policy' } });
    expect((weak as { error: { violations: string[] } }).error.violations).toContain('too_short');

    const changed = await client.controller.handle('password:change', {
      currentPassword: EEVA.password,
      newPassword: 'Uusi-Salasana-2026!',
    });
    expect(changed).toMatchObject({
      ok: true,
      value: { kind: 'signed-in', password: { warning: false } },
    });
    expect(client.fake.web).toBeDefined();
    expect(await webAppStatus(client)).toBe(200);
    await client.controller.dispose();
  });

  it('a voluntary change from the client bar keeps the session', async () => {
    const client = await startClient(server);
    await client.controller.handle('login:identify', {
      username: VILLE.username,
      email: VILLE.email,
    });
    await client.controller.handle('login:password', {
      username: VILLE.username,
      password: VILLE.password,
    });
    const wrong = await client.controller.handle('password:change', {
      currentPassword: 'not-it',
      newPassword: 'Vahva-Salasana-2026!',
    });
    expect(wrong).toEqual({ ok: false, error: { code: 'invalid_current_password' } });
    const changed = await client.controller.handle('password:change', {
      currentPassword: VILLE.password,
      newPassword: 'Vahva-Salasana-2026!',
    });
    expect(changed).toMatchObject({
      ok: true,
      value: { kind: 'changed', password: { warning: false } },
    });
    expect(client.fake.web!.closed).toBe(false);
    await client.controller.dispose();
  });

  it('without a login there is nothing to change', async () => {
    const client = await startClient(server);
    expect(
      await client.controller.handle('password:change', {
        currentPassword: 'x',
        newPassword: 'Something-Long-2026!',
      }),
    ).toEqual({ ok: false, error: { code: 'session_expired' } });
  });
});

describe('forgotten password (R9, R10)', () => {
  it('an emailed code resets the password, and the new one logs in', async () => {
    const client = await startClient(server);
    const user = { username: 'anna.agent', email: ANNA.email };
    expect(await client.controller.handle('password:forgot', user)).toEqual({
      ok: true,
      value: undefined,
    });
    const mail = await stack.service.mail.waitFor(ANNA.email);
    const code = /\b(\d{6,10})\b/.exec(mail.text)?.[1];
    expect(code).toBeDefined();

    expect(
      await client.controller.handle('password:reset', {
        username: user.username,
        code: '000000',
        newPassword: 'Palautettu-Salasana-2026!',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_code' } });
    const reset = await client.controller.handle('password:reset', {
      username: user.username,
      code: code!,
      newPassword: 'Palautettu-Salasana-2026!',
    });
    expect(reset).toMatchObject({ ok: true, value: { password: { warning: false } } });

    await client.controller.handle('login:identify', user);
    const login = await client.controller.handle('login:password', {
      username: user.username,
      password: 'Palautettu-Salasana-2026!',
    });
    expect(login).toMatchObject({ ok: true, value: { kind: 'signed-in' } });
    ANNA_PASSWORD.current = 'Palautettu-Salasana-2026!';
    await client.controller.dispose();
  });
});
const ANNA_PASSWORD = { current: ANNA.password };

describe('ending the web session: nothing survives into the next user', () => {
  async function signedIn(
    values: Record<string, unknown> = {},
    clock?: ManualClock,
  ): Promise<TestClient> {
    const client = await startClient(server, values, { clock });
    await client.controller.handle('app:startup', undefined);
    await client.controller.handle('login:identify', {
      username: VILLE.username,
      email: VILLE.email,
    });
    const login = await client.controller.handle('login:password', {
      username: VILLE.username,
      password: 'Vahva-Salasana-2026!',
    });
    expect(login).toMatchObject({ ok: true, value: { kind: 'signed-in' } });
    return client;
  }

  async function expectLoggedOut(client: TestClient, reason: string): Promise<void> {
    await expect.poll(() => client.fake.eventsOf('logged-out').length).toBe(1);
    expect(client.fake.eventsOf('logged-out')[0]).toMatchObject({ reason });
    expect(client.fake.web!.closed).toBe(true);
    expect(client.fake.layouts.at(-1)).toBe('full');
    // Revoked at the service: the cookie the window had opens nothing any more.
    expect(await webAppStatus(client)).toBe(401);
  }

  it('"log out" in the client bar', async () => {
    const client = await signedIn();
    await client.controller.handle('session:logout', { reason: 'user' });
    await expectLoggedOut(client, 'user');
    const event = client.fake.eventsOf('logged-out')[0]!;
    expect(event.knownUsers.map((u) => u.username)).toContain(VILLE.username);
  });

  it("the web app's own logout page", async () => {
    const client = await signedIn();
    client.fake.web!.options.onNavigated(`${server}/app`);
    expect(client.fake.eventsOf('logged-out')).toHaveLength(0);
    client.fake.web!.options.onNavigated(`${server}/logged-out`);
    await expectLoggedOut(client, 'web-logout');
  });

  it('a crash of the web contents', async () => {
    const client = await signedIn();
    client.fake.web!.options.onCrashed('crashed');
    await expectLoggedOut(client, 'crash');
  });

  it('OS lock and suspend on a shared terminal', async () => {
    const locked = await signedIn({ mode: 'shared-terminal' });
    locked.fake.emit('lock-screen');
    await expectLoggedOut(locked, 'os-lock');
    await locked.controller.dispose();

    const suspended = await signedIn({ mode: 'shared-terminal' });
    suspended.fake.emit('suspend');
    await expectLoggedOut(suspended, 'suspend');
  });

  it('OS lock does nothing on a workstation', async () => {
    const client = await signedIn();
    client.fake.emit('lock-screen');
    expect(client.fake.eventsOf('logged-out')).toHaveLength(0);
    expect(await webAppStatus(client)).toBe(200);
    await client.controller.dispose();
  });

  it('idle on a shared terminal: a countdown, "continue", then logout', async () => {
    const clock = new ManualClock(Date.now());
    const client = await signedIn(
      { mode: 'shared-terminal', idleTimeoutMinutes: 2, idleWarningSeconds: 30 },
      clock,
    );
    const idleFor = (s: number) => {
      for (let i = 0; i < s; i++) {
        client.fake.idle++;
        clock.advance(1000);
      }
    };
    idleFor(95);
    expect(client.fake.eventsOf('idle-warning').at(-1)).toEqual({
      type: 'idle-warning',
      secondsLeft: 25,
    });
    await client.controller.handle('session:continue', undefined);
    expect(client.fake.events.at(-1)).toEqual({ type: 'idle-cleared' });
    idleFor(119);
    expect(client.fake.eventsOf('logged-out')).toHaveLength(0);
    idleFor(1);
    await expectLoggedOut(client, 'idle');
  });

  it('the service ending the session is noticed by the periodic check', async () => {
    const clock = new ManualClock(Date.now());
    const client = await signedIn({}, clock);
    // Revoked elsewhere (here: by the web app's own logout form, without the client seeing it).
    const cookie = client.fake.web!.options.cookie;
    const res = await fetch(`${server}/app/logout`, {
      method: 'POST',
      headers: {
        cookie: `${cookie.name}=${cookie.value}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    clock.advance(60_000);
    await expectLoggedOut(client, 'session-ended');
  });
});

describe('the managed window guards (section 5)', () => {
  it('rewrites legacy links, hands external links to the system browser, limits permissions and downloads', async () => {
    const client = await startClient(server, { downloads: 'block' });
    await client.controller.handle('login:identify', {
      username: ANNA.username,
      email: ANNA.email,
    });
    await client.controller.handle('login:password', {
      username: ANNA.username,
      password: ANNA_PASSWORD.current,
    });
    const o = client.fake.web!.options;

    expect(o.decideNavigation('https://www.teleq.fi/app?tab=2', 'main-frame')).toEqual({
      action: 'load',
      url: `${server}/app?tab=2`,
    });
    expect(client.fake.eventsOf('notice').at(-1)?.notice).toEqual({
      kind: 'legacy-link-rewritten',
      from: 'https://www.teleq.fi/app?tab=2',
      to: `${server}/app?tab=2`,
    });
    expect(o.decideNavigation(`${server}/app/video`, 'window-open')).toEqual({
      action: 'child-window',
      url: `${server}/app/video`,
    });
    expect(o.decideNavigation('https://www.kela.fi/', 'main-frame')).toEqual({ action: 'deny' });
    expect(client.fake.external).toEqual(['https://www.kela.fi/']);
    expect(o.decideNavigation('javascript:alert(1)', 'main-frame')).toEqual({ action: 'deny' });
    expect(client.fake.eventsOf('notice').at(-1)?.notice).toEqual({
      kind: 'navigation-blocked',
      url: 'javascript:',
    });
    expect(client.fake.external).toHaveLength(1);

    expect(o.decidePermission('media', server)).toBe(true);
    expect(o.decidePermission('notifications', `${server}/`)).toBe(true);
    expect(o.decidePermission('media', 'https://evil.example')).toBe(false);
    expect(o.decidePermission('geolocation', server)).toBe(false);
    expect(o.decidePermission('openExternal', server)).toBe(false);

    expect(
      o.decideDownload({
        filename: 'customer-log.csv',
        url: `${server}/app/reports/customer-log.csv`,
      }),
    ).toEqual({ action: 'deny' });
    expect(client.fake.eventsOf('notice').at(-1)?.notice).toEqual({
      kind: 'download-blocked',
      filename: 'customer-log.csv',
    });
    await client.controller.dispose();
  });
});

describe('the device and the keychain', () => {
  it('"remove me from this device", and a device the service forgot starts at step 1 with a notice', async () => {
    const first = await startClient(server);
    await first.controller.handle('login:identify', {
      username: VILLE.username,
      email: VILLE.email,
    });
    await first.controller.handle('login:password', {
      username: VILLE.username,
      password: 'Vahva-Salasana-2026!',
    });
    await first.controller.handle('session:logout', { reason: 'user' });

    const second = await restart(first, server);
    expect((await second.controller.handle('app:startup', undefined)).knownUsers).toHaveLength(1);
    const forgotten = await second.controller.handle('device:forget-user', {
      username: VILLE.username,
    });
    expect(forgotten).toEqual({ ok: true, value: { knownUsers: [] } });
    expect(second.fake.prefs.lastUsername).toBeUndefined();

    // The last user removed: the local identity goes too, without a "forgotten" notice.
    expect(second.fake.secrets.entries.has(DEVICE_KEY_ACCOUNT)).toBe(false);
    expect(second.fake.eventsOf('notice')).toEqual([]);
    const third = await restart(second, server);
    const startup = await third.controller.handle('app:startup', undefined);
    expect(startup.knownUsers).toEqual([]);
    expect(startup.notices).toEqual([]);
    await third.controller.dispose();
  });

  it('a device the service no longer knows forgets its identity and starts at step 1, saying why', async () => {
    const first = await startClient(server);
    await first.controller.handle('login:identify', {
      username: VILLE.username,
      email: VILLE.email,
    });
    await first.controller.handle('login:password', {
      username: VILLE.username,
      password: 'Vahva-Salasana-2026!',
    });
    await first.controller.handle('session:logout', { reason: 'user' });
    const stored = first.fake.secrets.entries.get(DEVICE_KEY_ACCOUNT)!;
    const thumbprint = await deviceId((await parseStoredKey(stored))!);
    stack.service.db.prepare('DELETE FROM device_users WHERE thumbprint = ?').run(thumbprint);

    const second = await restart(first, server);
    const startup = await second.controller.handle('app:startup', undefined);
    expect(startup.knownUsers).toEqual([]);
    expect(startup.notices).toContainEqual({ kind: 'device-forgotten' });
    expect(second.fake.secrets.entries.has(DEVICE_KEY_ACCOUNT)).toBe(false);
    await second.controller.dispose();
  });

  it('with the keychain unavailable the client still logs in, starts at step 1 every time, and says why', async () => {
    const first = await startClient(server);
    first.fake.secrets.failure = {
      ok: false,
      problem: 'locked',
      detail: 'Cannot create an item in a locked collection',
    };
    const startup = await first.controller.handle('app:startup', undefined);
    expect(startup.notices).toContainEqual({ kind: 'keychain-unavailable', problem: 'locked' });
    expect(
      first.fake.logLines.some((l) => l.level === 'warn' && /step 1 every time/.test(l.message)),
    ).toBe(true);
    await first.controller.handle('login:identify', { username: ANNA.username, email: ANNA.email });
    const login = await first.controller.handle('login:password', {
      username: ANNA.username,
      password: ANNA_PASSWORD.current,
    });
    expect(login).toMatchObject({ ok: true, value: { kind: 'signed-in' } });

    const second = await restart(first, server);
    const again = await second.controller.handle('app:startup', undefined);
    expect(again.knownUsers).toEqual([]);
    expect(again.notices).toContainEqual({ kind: 'keychain-unavailable', problem: 'locked' });
    await second.controller.dispose();
  });
});

describe('SSO (R4, R11)', () => {
  it('in the system browser, back through the loopback listener', async () => {
    const client = await startClient(server, { ssoBrowser: 'system' });
    client.fake.browse = async (url) => {
      // The user's browser: signs in at the IdP, then follows the redirect to our listener.
      const browser = new TestBrowser();
      const page = await browser.open(url);
      if (!isPage(page)) throw new Error('expected the sign-in page');
      await browser.submit(page, { username: IDP_SANNA.username, password: IDP_SANNA.password });
    };
    const identified = await client.controller.handle('login:identify', {
      username: SANNA.username,
      email: SANNA.email,
    });
    expect(identified).toMatchObject({ ok: true, value: { methods: ['password', 'sso'] } });
    const login = await client.controller.handle('login:sso', { username: SANNA.username });
    expect(login).toMatchObject({
      ok: true,
      value: { kind: 'signed-in', user: { username: SANNA.username } },
    });
    expect(client.fake.focused).toBe(1);
    expect(await webAppStatus(client)).toBe(200);
    await client.controller.dispose();
  });

  it('in the embedded throw-away window, ending at the completion page; then on a known device without step 1', async () => {
    const client = await startClient(server, { ssoBrowser: 'embedded' });
    const seen: string[] = [];
    client.fake.authWindow = async (options) => {
      const browser = new TestBrowser((u) => options.isCompletion(u.href));
      const page = await browser.open(options.url);
      if (!isPage(page)) throw new Error('expected the sign-in page');
      seen.push(page.url);
      const done = await browser.submit(page, {
        username: IDP_SANNA.username,
        password: IDP_SANNA.password,
      });
      expect(isPage(done)).toBe(false);
      return { kind: 'completed', url: done.url };
    };
    await client.controller.handle('login:identify', {
      username: SANNA.username,
      email: SANNA.email,
    });
    const login = await client.controller.handle('login:sso', { username: SANNA.username });
    expect(login).toMatchObject({ ok: true, value: { kind: 'signed-in' } });
    expect(seen[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    await client.controller.handle('session:logout', { reason: 'switch-user' });

    const next = await restart(client, server, { ssoBrowser: 'embedded' });
    next.fake.authWindow = client.fake.authWindow;
    const startup = await next.controller.handle('app:startup', undefined);
    expect(startup.knownUsers.find((u) => u.username === SANNA.username)?.methods).toContain('sso');
    expect(await next.controller.handle('login:sso', { username: SANNA.username })).toMatchObject({
      ok: true,
      value: { kind: 'signed-in' },
    });
    await next.controller.dispose();
  });

  it('cancel closes the SSO window and says so', async () => {
    const client = await startClient(server, { ssoBrowser: 'embedded' });
    let opened!: () => void;
    const windowOpen = new Promise<void>((r) => (opened = r));
    client.fake.authWindow = (options) =>
      new Promise((resolve) => {
        opened();
        options.signal.addEventListener('abort', () => resolve({ kind: 'cancelled' }));
      });
    await client.controller.handle('login:identify', {
      username: SANNA.username,
      email: SANNA.email,
    });
    const pending = client.controller.handle('login:sso', { username: SANNA.username });
    await windowOpen;
    expect(await client.controller.handle('login:sso', { username: SANNA.username })).toEqual({
      ok: false,
      error: { code: 'sso_in_progress' },
    });
    await client.controller.handle('login:sso-cancel', undefined);
    expect(await pending).toEqual({ ok: false, error: { code: 'sso_cancelled' } });
  });
});

describe('the single entry point refuses bad input', () => {
  it('answers invalid_input or rejects, and never calls the service with it', async () => {
    const client = await startClient(server);
    expect(await client.controller.handle('login:password', { username: 'anna.agent' })).toEqual({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await client.controller.handle('login:identify', {
        username: 'anna',
        email: 'a@b.example',
        extra: 1,
      } as never),
    ).toEqual({ ok: false, error: { code: 'invalid_input' } });
    await expect(client.controller.handle('app:startup', { evil: true })).rejects.toThrow(
      /invalid request/,
    );
    await expect(
      client.controller.handle('session:layout', { view: 'devtools' }),
    ).rejects.toThrow();
    await expect(
      client.controller.handle('shell:open' as never, 'https://evil.example'),
    ).rejects.toThrow();
    await expect(client.controller.handle('__proto__' as never, undefined)).rejects.toThrow();
    // Nothing about the refused values (they may be passwords) reaches the log.
    expect(JSON.stringify(client.fake.logLines)).not.toContain('a@b.example');
  });
});

describe('when the service cannot be reached', () => {
  it('says so at start-up and on every call, naming the address', async () => {
    const client = await startClient('http://127.0.0.1:9', { requestTimeoutSeconds: 2 });
    const startup = await client.controller.handle('app:startup', undefined);
    expect(startup.knownUsers).toEqual([]);
    const identify = await client.controller.handle('login:identify', {
      username: ANNA.username,
      email: ANNA.email,
    });
    expect(identify).toEqual({
      ok: false,
      error: { code: 'server_unreachable', serverUrl: 'http://127.0.0.1:9' },
    });
  });
});

describe('policy rememberUsers = off', () => {
  it('never touches the keychain and never skips step 1', async () => {
    const first = await startClient(server, { rememberUsers: false });
    await first.controller.handle('login:identify', { username: ANNA.username, email: ANNA.email });
    const login = await first.controller.handle('login:password', {
      username: ANNA.username,
      password: ANNA_PASSWORD.current,
    });
    expect(login).toMatchObject({ ok: true, value: { kind: 'signed-in' } });
    expect(first.fake.secrets.entries.size).toBe(0);
    const second = await restart(first, server, { rememberUsers: false });
    const startup = await second.controller.handle('app:startup', undefined);
    expect(startup.knownUsers).toEqual([]);
    expect(startup.notices).toEqual([]);
    expect(second.fake.logLines.filter((l) => l.level === 'warn')).toEqual([]);
  });
});
