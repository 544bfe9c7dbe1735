// Password change, forgotten password and reset: self-service only (R9), the rules (R6), the
// history of 5, expired (R7) and legacy (R8) passwords, and what a change or reset ends.
import { afterEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api/paths';
import { LoginOkSchema, PasswordChangeResponseSchema } from '../../shared/api/schemas';
import { ANNA, EEVA, VILLE } from '../testing/demo';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';
import type { ApiClient } from '../testing/api-client';

let service: TestService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

async function start(): Promise<TestService> {
  service = await startTestService({
    rateLimits: {
      login: { limit: 1000, windowSeconds: 60 },
      forgot: { limit: 1000, windowSeconds: 60 },
      reset: { limit: 1000, windowSeconds: 60 },
    },
  });
  return service;
}

async function sessionOf(
  client: ApiClient,
  user: { username: string; email: string; password: string },
) {
  const answer = await client.login(user.username, user.email, user.password);
  return LoginOkSchema.parse(answer.body).session.token;
}

const change = (client: ApiClient, token: string, currentPassword: string, newPassword: string) =>
  client.call('POST', API_PATHS.passwordChange, { currentPassword, newPassword }, token);

describe('POST /password/change with a session', () => {
  it('changes the password: the old one stops working, the new one works, 180 days again', async () => {
    const s = await start();
    const client = await s.client();
    const token = await sessionOf(client, ANNA);
    const answer = await change(client, token, ANNA.password, 'Jono-Vuoro-Syksy-77#');
    expect(answer.status).toBe(200);
    const changed = PasswordChangeResponseSchema.parse(answer.body);
    expect(changed).toMatchObject({
      status: 'changed',
      password: { daysLeft: 180, legacy: false },
    });
    expect((await client.login(ANNA.username, ANNA.email, ANNA.password)).status).toBe(401);
    expect((await client.login(ANNA.username, ANNA.email, 'Jono-Vuoro-Syksy-77#')).status).toBe(
      200,
    );
    // The session that made the change goes on.
    expect((await client.call('GET', API_PATHS.session, undefined, token)).status).toBe(200);
  });

  it('ends the user’s other sessions on a change', async () => {
    const s = await start();
    const here = await s.client();
    const elsewhere = await s.client();
    const token = await sessionOf(here, ANNA);
    const other = await sessionOf(elsewhere, ANNA);
    expect((await change(here, token, ANNA.password, 'Jono-Vuoro-Syksy-77#')).status).toBe(200);
    expect((await elsewhere.call('GET', API_PATHS.session, undefined, other)).status).toBe(401);
  });

  it('refuses a wrong current password with 401 invalid_current_password', async () => {
    const s = await start();
    const client = await s.client();
    const token = await sessionOf(client, ANNA);
    const answer = await change(client, token, 'Not-The-Password-1!', 'Jono-Vuoro-Syksy-77#');
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('invalid_current_password');
  });

  it('refuses a password that breaks the rules with every violation listed (R6)', async () => {
    const s = await start();
    const client = await s.client();
    const token = await sessionOf(client, ANNA);
    const answer = await change(client, token, ANNA.password, 'anna.agent');
    expect(answer.status).toBe(422);
    expect(answer.body.error).toBe('password_policy');
    expect(answer.body.violations).toEqual(
      expect.arrayContaining([
        'too_short',
        'missing_uppercase',
        'missing_digit',
        'contains_username',
      ]),
    );
    const common = await change(client, token, ANNA.password, 'Kesäkuu2026!!');
    expect(common.body.violations).toContain('common_password');
    const tooLong = await change(client, token, ANNA.password, `Aa1!${'x'.repeat(200)}`);
    expect(tooLong.body.violations).toContain('too_long');
  });

  it('refuses the current password and any of the last five (history)', async () => {
    const s = await start();
    const client = await s.client();
    const token = await sessionOf(client, ANNA);
    const same = await change(client, token, ANNA.password, ANNA.password);
    expect(same.status).toBe(422);
    expect(same.body.violations).toEqual(['reused']);

    const passwords = [
      ANNA.password,
      'Vuoro-Yksi-2026-#a',
      'Vuoro-Kaksi-2026-#b',
      'Vuoro-Kolme-2026-#c',
      'Vuoro-Nelja-2026-#d',
      'Vuoro-Viisi-2026-#e',
    ];
    for (let i = 1; i < passwords.length; i++) {
      expect(
        (await change(client, token, passwords[i - 1] as string, passwords[i] as string)).status,
      ).toBe(200);
    }
    const current = passwords.at(-1) as string;
    // The last five (the current one included) are refused...
    for (const old of passwords.slice(1)) {
      const reuse = await change(client, token, current, old);
      expect(reuse.body.violations, old).toContain('reused');
    }
    // ...the sixth back is out of the history and allowed again.
    expect((await change(client, token, current, ANNA.password)).status).toBe(200);
  });
});

describe('POST /password/change with a change token (R7)', () => {
  it('turns an expired password into a full login after the change, and binds the device then', async () => {
    const s = await start();
    const client = await s.client();
    const required = await client.login(EEVA.username, EEVA.email, EEVA.password);
    expect(required.body.status).toBe('password_change_required');
    const answer = await change(
      client,
      required.body.changeToken,
      EEVA.password,
      'Uusi-Vuoro-Talvi-88&',
    );
    expect(answer.status).toBe(200);
    const ok = LoginOkSchema.parse(answer.body);
    expect(ok.password).toMatchObject({ daysLeft: 180, warning: false });
    expect((await client.call('GET', API_PATHS.session, undefined, ok.session.token)).status).toBe(
      200,
    );
    expect((await client.hello()).body.knownUsers[0].username).toBe(EEVA.username);
    // The change token was single use.
    const again = await change(
      client,
      required.body.changeToken,
      'Uusi-Vuoro-Talvi-88&',
      'Toinen-Vuoro-Kevat-99&',
    );
    expect(again.status).toBe(401);
    expect(again.body.error).toBe('unauthorized');
  });

  it('lets a change token lapse after 10 minutes', async () => {
    const s = await start();
    const client = await s.client();
    const required = await client.login(EEVA.username, EEVA.email, EEVA.password);
    s.clock.advanceSeconds(10 * 60 + 1);
    const late = await change(
      client,
      required.body.changeToken,
      EEVA.password,
      'Uusi-Vuoro-Talvi-88&',
    );
    expect(late.status).toBe(401);
  });

  it('refuses a change without a bearer token', async () => {
    const s = await start();
    const client = await s.client();
    const answer = await client.call('POST', API_PATHS.passwordChange, {
      currentPassword: 'a',
      newPassword: 'b',
    });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('unauthorized');
  });
});

describe('legacy passwords (R8)', () => {
  it('keep working until their owner changes them, and not after', async () => {
    const s = await start();
    const client = await s.client();
    // Still working long after import, within 180 days of the rules taking effect.
    s.clock.advanceSeconds(150 * 24 * 3600);
    const login = await client.login(VILLE.username, VILLE.email, VILLE.password);
    expect(login.body.status).toBe('ok');
    expect(login.body.password).toMatchObject({ legacy: true, warning: false });
    const changed = await change(
      client,
      login.body.session.token,
      VILLE.password,
      'Ville-Vaihtoi-2026-?',
    );
    expect(changed.body.password.legacy).toBe(false);
    expect((await client.login(VILLE.username, VILLE.email, VILLE.password)).status).toBe(401);
  });

  it('warn in the last 14 days and then need a change like any other', async () => {
    const s = await start();
    const client = await s.client();
    s.clock.advanceSeconds(170 * 24 * 3600);
    const warned = await client.login(VILLE.username, VILLE.email, VILLE.password);
    expect(warned.body.password).toMatchObject({ warning: true, legacy: true });
    expect(warned.body.password.daysLeft).toBeLessThanOrEqual(14);
    s.clock.advanceSeconds(11 * 24 * 3600);
    const expired = await client.login(VILLE.username, VILLE.email, VILLE.password);
    expect(expired.body.status).toBe('password_change_required');
  });
});

describe('POST /password/forgot and /password/reset', () => {
  it('always answers 202 the same way, and mails a code only when username and email match', async () => {
    const s = await start();
    const client = await s.client();
    const bodies = [
      { username: ANNA.username, email: ANNA.email },
      { username: ANNA.username, email: 'attacker@evil.example' },
      { username: 'nobody.at.all', email: 'nobody@demo-clinic.example' },
    ];
    const answers = [];
    for (const body of bodies)
      answers.push(await client.call('POST', API_PATHS.passwordForgot, body));
    for (const answer of answers) {
      expect(answer.status).toBe(202);
      expect(answer.body).toEqual({ status: 'accepted' });
    }
    const mail = await s.mail.waitFor(ANNA.email);
    expect(mail.text).toMatch(/\b\d{8}\b/);
    // A marker mail sent after the others: by the time it arrives, any other mail was sent too.
    await client.call('POST', API_PATHS.passwordForgot, bodies[0]);
    await s.mail.waitFor(ANNA.email);
    expect(s.mail.list().flatMap((m) => m.to)).toEqual([ANNA.email, ANNA.email]);
  });

  it('resets with the emailed code: new password works, every session ends, the code is single use', async () => {
    const s = await start();
    const client = await s.client();
    const token = await sessionOf(client, ANNA);
    await client.call('POST', API_PATHS.passwordForgot, {
      username: ANNA.username,
      email: ANNA.email,
    });
    const code = /\b(\d{8})\b/.exec((await s.mail.waitFor(ANNA.email)).text)?.[1] as string;
    const reset = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code,
      newPassword: 'Palautettu-Vuoro-55%',
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({
      status: 'reset',
      password: { daysLeft: 180, legacy: false },
    });
    expect((await client.call('GET', API_PATHS.session, undefined, token)).status).toBe(401);
    expect((await client.login(ANNA.username, ANNA.email, ANNA.password)).status).toBe(401);
    expect((await client.login(ANNA.username, ANNA.email, 'Palautettu-Vuoro-55%')).status).toBe(
      200,
    );
    const replay = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code,
      newPassword: 'Toinen-Palautus-66%',
    });
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_code');
  });

  it('keeps the code usable after a policy refusal, and applies the history rule', async () => {
    const s = await start();
    const client = await s.client();
    await client.call('POST', API_PATHS.passwordForgot, {
      username: ANNA.username,
      email: ANNA.email,
    });
    const code = /\b(\d{8})\b/.exec((await s.mail.waitFor(ANNA.email)).text)?.[1] as string;
    const weak = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code,
      newPassword: 'short',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.error).toBe('password_policy');
    const reused = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code,
      newPassword: ANNA.password,
    });
    expect(reused.body.violations).toEqual(['reused']);
    const good = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code,
      newPassword: 'Palautettu-Vuoro-55%',
    });
    expect(good.status).toBe(200);
  });

  it('allows 5 wrong tries per code, then refuses even the right code', async () => {
    const s = await start();
    const client = await s.client();
    await client.call('POST', API_PATHS.passwordForgot, {
      username: ANNA.username,
      email: ANNA.email,
    });
    const code = /\b(\d{8})\b/.exec((await s.mail.waitFor(ANNA.email)).text)?.[1] as string;
    const wrong = code === '11111111' ? '22222222' : '11111111';
    for (let i = 0; i < 5; i++) {
      const answer = await client.call('POST', API_PATHS.passwordReset, {
        username: ANNA.username,
        code: wrong,
        newPassword: 'Palautettu-Vuoro-55%',
      });
      expect(answer.body.error).toBe('invalid_code');
    }
    const right = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code,
      newPassword: 'Palautettu-Vuoro-55%',
    });
    expect(right.status).toBe(400);
    expect(right.body.error).toBe('invalid_code');
  });

  it('lets a code expire after 15 minutes, and a new request replaces the old code', async () => {
    const s = await start();
    const client = await s.client();
    const ask = () =>
      client.call('POST', API_PATHS.passwordForgot, { username: ANNA.username, email: ANNA.email });
    const codeFrom = async () =>
      /\b(\d{8})\b/.exec((await s.mail.waitFor(ANNA.email)).text)?.[1] as string;
    await ask();
    const first = await codeFrom();
    s.clock.advanceSeconds(15 * 60 + 1);
    const late = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code: first,
      newPassword: 'Palautettu-Vuoro-55%',
    });
    expect(late.body.error).toBe('invalid_code');
    await ask();
    const second = await codeFrom();
    await ask();
    const third = await codeFrom();
    if (second !== third) {
      const replaced = await client.call('POST', API_PATHS.passwordReset, {
        username: ANNA.username,
        code: second,
        newPassword: 'Palautettu-Vuoro-55%',
      });
      expect(replaced.body.error).toBe('invalid_code');
    }
    const ok = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code: third,
      newPassword: 'Palautettu-Vuoro-55%',
    });
    expect(ok.status).toBe(200);
  });

  it('answers an unknown user’s reset exactly like a wrong code', async () => {
    const s = await start();
    const client = await s.client();
    const unknown = await client.call('POST', API_PATHS.passwordReset, {
      username: 'nobody.at.all',
      code: '12345678',
      newPassword: 'Palautettu-Vuoro-55%',
    });
    const known = await client.call('POST', API_PATHS.passwordReset, {
      username: ANNA.username,
      code: '12345678',
      newPassword: 'Palautettu-Vuoro-55%',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual(known.body);
  });
});
