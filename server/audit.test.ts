// Security events reach the audit table and the log, and no password, reset code, token or
// device proof reaches either, even at the most verbose log level.
import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../shared/api/paths';
import { readAudit } from './audit';
import { ANNA, EEVA } from './testing/demo';
import { startTestService } from './testing/start';

describe('audit log and secrets', () => {
  it('records every security event without a secret in the log or the audit table', async () => {
    const lines: string[] = [];
    const service = await startTestService({
      logLevel: 'trace',
      logStream: { write: (line) => void lines.push(line) },
    });
    const secrets: string[] = [ANNA.password, EEVA.password];
    try {
      const client = await service.client();
      // failure, success with device binding, lockout-free retry
      const wrong = 'Wrong-Secret-Guess-77!';
      secrets.push(wrong);
      await client.login(ANNA.username, ANNA.email, wrong);
      const proof = await client.proof(API_PATHS.loginPassword);
      secrets.push(proof);
      const flow = await client.identify(ANNA.username, ANNA.email);
      secrets.push(flow.body.flowId);
      const login = await client.call('POST', API_PATHS.loginPassword, {
        flowId: flow.body.flowId,
        password: ANNA.password,
        proof,
      });
      const token = login.body.session.token as string;
      secrets.push(token);
      // password change with a session
      const changed = 'Salainen-Uusi-Vuoro-31?';
      secrets.push(changed);
      await client.call(
        'POST',
        API_PATHS.passwordChange,
        { currentPassword: ANNA.password, newPassword: changed },
        token,
      );
      // expired password → change token
      const expired = await client.login(EEVA.username, EEVA.email, EEVA.password);
      secrets.push(expired.body.changeToken);
      // forgot + reset
      await client.call('POST', API_PATHS.passwordForgot, {
        username: ANNA.username,
        email: ANNA.email,
      });
      const code = /\b(\d{8})\b/.exec((await service.mail.waitFor(ANNA.email)).text)?.[1] as string;
      secrets.push(code);
      const reset = 'Palautettu-Salainen-32?';
      secrets.push(reset);
      await client.call('POST', API_PATHS.passwordReset, {
        username: ANNA.username,
        code,
        newPassword: reset,
      });
      // web app with the cookie, and logout
      const again = await client.login(ANNA.username, ANNA.email, reset);
      secrets.push(again.body.session.token);
      await fetch(`${service.url}/app`, {
        headers: { cookie: `teleq_session=${again.body.session.token}` },
      });
      await client.call('POST', API_PATHS.sessionLogout, undefined, again.body.session.token);

      const events = readAudit(service.db).map((row) => `${row.event}:${row.outcome}`);
      for (const expected of [
        'login.failure:failure',
        'device.bound:success',
        'login.success:success',
        'password.changed:success',
        'login.password_expired:info',
        'password.reset_requested:info',
        'password.reset:success',
        'session.logout:success',
      ]) {
        expect(events).toContain(expected);
      }
      const auditText = JSON.stringify(readAudit(service.db));
      const logText = lines.join('');
      expect(lines.length).toBeGreaterThan(20);
      expect(logText).toContain('login.success');
      for (const secret of secrets) {
        expect(logText.includes(secret), `log leaks ${secret.slice(0, 6)}…`).toBe(false);
        expect(auditText.includes(secret), `audit leaks ${secret.slice(0, 6)}…`).toBe(false);
      }
    } finally {
      await service.close();
    }
  });

  it('never stores a password typed into the username field', async () => {
    const lines: string[] = [];
    const service = await startTestService({
      logLevel: 'trace',
      logStream: { write: (line) => void lines.push(line) },
    });
    try {
      const client = await service.client();
      const typedByMistake = 'Salainen.Vuoro.2026';
      await client.login(typedByMistake, ANNA.email, ANNA.password);
      await client.call('POST', API_PATHS.passwordForgot, {
        username: typedByMistake,
        email: ANNA.email,
      });
      await client.call('POST', API_PATHS.passwordReset, {
        username: typedByMistake,
        code: '12345678',
        newPassword: 'Whatever-Vuoro-2026!',
      });
      const rows = readAudit(service.db);
      expect(
        rows.filter((row) => row.username?.startsWith('unknown:')).length,
      ).toBeGreaterThanOrEqual(3);
      expect(JSON.stringify(rows)).not.toContain(typedByMistake);
      expect(lines.join('').toLowerCase()).not.toContain(typedByMistake.toLowerCase());
    } finally {
      await service.close();
    }
  });

  it('records lockouts', async () => {
    const service = await startTestService({
      rateLimits: { login: { limit: 100, windowSeconds: 60 } },
    });
    try {
      const client = await service.client();
      for (let i = 0; i < 6; i++)
        await client.login(ANNA.username, ANNA.email, 'Wrong-Guess-2026!');
      // The fifth failure locks; the sixth attempt is refused without checking the password.
      expect(readAudit(service.db, 'login.failure')).toHaveLength(5);
      expect(readAudit(service.db, 'account.locked')).toHaveLength(1);
      expect(readAudit(service.db, 'login.refused_locked')).toHaveLength(1);
      await client.login(ANNA.username, ANNA.email, ANNA.password);
      expect(readAudit(service.db, 'login.refused_locked')).toHaveLength(2);
    } finally {
      await service.close();
    }
  });
});
