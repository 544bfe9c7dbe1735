// GET /session and POST /session/logout, and the idle and absolute session lifetimes.
import { afterEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api/paths';
import { SessionResponseSchema } from '../../shared/api/schemas';
import { ANNA } from '../testing/demo';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';

let service: TestService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

describe('sessions', () => {
  it('answers the session’s user, and nothing after logout', async () => {
    service = await startTestService();
    const client = await service.client();
    const login = await client.login(ANNA.username, ANNA.email, ANNA.password);
    const token = login.body.session.token as string;
    // Answers with tokens are never cached.
    expect(login.headers.get('cache-control')).toBe('no-store');
    expect(login.headers.get('x-content-type-options')).toBe('nosniff');
    const session = await client.call('GET', API_PATHS.session, undefined, token);
    expect(session.status).toBe(200);
    const parsed = SessionResponseSchema.parse(session.body);
    expect(parsed.user.username).toBe(ANNA.username);
    expect(parsed.user.organisation.name).toBe('Demo Clinic');
    expect(parsed.password.legacy).toBe(false);

    const logout = await client.call('POST', API_PATHS.sessionLogout, undefined, token);
    expect(logout.status).toBe(204);
    const after = await client.call('GET', API_PATHS.session, undefined, token);
    expect(after.status).toBe(401);
    expect(after.body.error).toBe('unauthorized');
    // Logging out twice is no error; logging out without a token is.
    expect((await client.call('POST', API_PATHS.sessionLogout, undefined, token)).status).toBe(204);
    expect((await client.call('POST', API_PATHS.sessionLogout)).status).toBe(401);
  });

  it('refuses missing, malformed and unknown bearer tokens', async () => {
    service = await startTestService();
    const client = await service.client();
    expect((await client.call('GET', API_PATHS.session)).status).toBe(401);
    expect((await client.call('GET', API_PATHS.session, undefined, 'A'.repeat(43))).status).toBe(
      401,
    );
    const malformed = await fetch(`${service.url}/api/v1/session`, {
      headers: { authorization: 'Basic Zm9vOmJhcg==' },
    });
    expect(malformed.status).toBe(401);
  });

  it('ends a session left idle for longer than the idle lifetime, but not one in use', async () => {
    service = await startTestService({ sessionIdleSeconds: 600, sessionAbsoluteSeconds: 3600 });
    const client = await service.client();
    const active = (await client.login(ANNA.username, ANNA.email, ANNA.password)).body.session
      .token as string;
    const idle = (await client.loginKnownDevice(ANNA.username, ANNA.password)).body.session
      .token as string;
    for (let i = 0; i < 3; i++) {
      service.clock.advanceSeconds(500);
      expect((await client.call('GET', API_PATHS.session, undefined, active)).status).toBe(200);
    }
    expect((await client.call('GET', API_PATHS.session, undefined, idle)).status).toBe(401);
  });

  it('ends every session at its absolute lifetime, however active', async () => {
    service = await startTestService({ sessionIdleSeconds: 600, sessionAbsoluteSeconds: 1800 });
    const client = await service.client();
    const login = await client.login(ANNA.username, ANNA.email, ANNA.password);
    const token = login.body.session.token as string;
    expect(login.body.session.idleTimeoutSeconds).toBe(600);
    expect(new Date(login.body.session.expiresAt).getTime() - service.clock.now().getTime()).toBe(
      1800_000,
    );
    for (let i = 0; i < 3; i++) {
      service.clock.advanceSeconds(500);
      expect((await client.call('GET', API_PATHS.session, undefined, token)).status).toBe(200);
    }
    service.clock.advanceSeconds(301);
    expect((await client.call('GET', API_PATHS.session, undefined, token)).status).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    service = await startTestService();
    const client = await service.client();
    const token = (await client.login(ANNA.username, ANNA.email, ANNA.password)).body.session
      .token as string;
    const rows = service.db.prepare('SELECT * FROM sessions').all();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
  });
});
