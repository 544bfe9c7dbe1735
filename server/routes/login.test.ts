// Step 1 and step 2 over real HTTP: identify (R3), password login (R4), known devices (R5),
// legacy (R8) and expired (R7) passwords, lockout and enumeration resistance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api/paths';
import {
  LoginOkSchema,
  PasswordChangeRequiredSchema,
  IdentifyResponseSchema,
} from '../../shared/api/schemas';
import { ApiErrorSchema } from '../../shared/api/errors';
import { ANNA, EEVA, SANNA, VILLE } from '../testing/demo';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';

let service: TestService;

function headerNames(headers: Headers): string[] {
  const names: string[] = [];
  headers.forEach((_value, name) => names.push(name));
  return names.sort();
}
beforeAll(async () => {
  service = await startTestService({ rateLimits: { login: { limit: 1000, windowSeconds: 60 } } });
});
afterAll(() => service.close());

describe('POST /login/identify (step 1, R3)', () => {
  it('answers a flow with the password method for a known user', async () => {
    const client = await service.client();
    const answer = await client.identify(ANNA.username, ANNA.email);
    expect(answer.status).toBe(200);
    expect(IdentifyResponseSchema.parse(answer.body)).toEqual({
      flowId: expect.any(String),
      methods: ['password'],
    });
  });

  it('answers unknown users and wrong emails exactly like known ones (no enumeration)', async () => {
    const client = await service.client();
    const known = await client.identify(ANNA.username, ANNA.email);
    const unknown = await client.identify('nobody.here', 'nobody@demo-clinic.example');
    const wrongEmail = await client.identify(ANNA.username, 'someone.else@demo-clinic.example');
    for (const answer of [unknown, wrongEmail]) {
      expect(answer.status).toBe(known.status);
      expect(Object.keys(answer.body).sort()).toEqual(Object.keys(known.body).sort());
      expect(answer.body.methods).toEqual(known.body.methods);
      expect(answer.body.flowId).toHaveLength(known.body.flowId.length);
    }
  });

  it('matches username and email without regard to case', async () => {
    const client = await service.client();
    const flow = await client.identify('ANNA.Agent', ANNA.email.toUpperCase());
    const login = await client.loginWithFlow(flow.body.flowId, ANNA.password);
    expect(login.status).toBe(200);
    expect(login.body.user.username).toBe(ANNA.username);
  });
});

describe('POST /login/password (step 2)', () => {
  it('logs a normal user in: session, user, organisation and password status', async () => {
    const client = await service.client();
    const answer = await client.login(ANNA.username, ANNA.email, ANNA.password);
    expect(answer.status).toBe(200);
    const ok = LoginOkSchema.parse(answer.body);
    expect(ok.user).toEqual({
      username: ANNA.username,
      displayName: ANNA.displayName,
      email: ANNA.email,
      organisation: { id: 'demo-clinic', name: 'Demo Clinic' },
    });
    expect(ok.session.token.length).toBeGreaterThanOrEqual(43);
    expect(ok.password).toMatchObject({ daysLeft: 160, warning: false, legacy: false });
  });

  it('refuses a wrong password with 401 invalid_credentials', async () => {
    const client = await service.client();
    const answer = await client.login(SANNA.username, SANNA.email, 'Wrong-Password-2026!');
    expect(answer.status).toBe(401);
    expect(ApiErrorSchema.parse(answer.body).error).toBe('invalid_credentials');
  });

  it('gives an unknown user and a wrong email the same answer as a wrong password', async () => {
    const client = await service.client();
    const wrongPassword = await client.login(SANNA.username, SANNA.email, 'Not-Her-Password-1!');
    const unknown = await client.login('ghost.user', 'ghost@demo-clinic.example', SANNA.password);
    const wrongEmail = await client.login(
      SANNA.username,
      'other@demo-health.example',
      SANNA.password,
    );
    for (const answer of [unknown, wrongEmail]) {
      expect(answer.status).toBe(wrongPassword.status);
      expect(answer.body).toEqual(wrongPassword.body);
      expect(headerNames(answer.headers)).toEqual(headerNames(wrongPassword.headers));
    }
  });

  it('refuses an unknown flow with invalid_flow, and a used flow too', async () => {
    const client = await service.client();
    const unknown = await client.loginWithFlow('x'.repeat(32), ANNA.password);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe('invalid_flow');
    const flow = await client.identify(ANNA.username, ANNA.email);
    expect((await client.loginWithFlow(flow.body.flowId, ANNA.password)).status).toBe(200);
    const again = await client.loginWithFlow(flow.body.flowId, ANNA.password);
    expect(again.body.error).toBe('invalid_flow');
  });

  it('expires a flow after 10 minutes', async () => {
    const client = await service.client();
    const flow = await client.identify(ANNA.username, ANNA.email);
    service.clock.advanceSeconds(10 * 60 + 1);
    const answer = await client.loginWithFlow(flow.body.flowId, ANNA.password);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_flow');
  });

  it('requires a valid device proof even with the right password', async () => {
    const client = await service.client();
    const flow = await client.identify(ANNA.username, ANNA.email);
    const answer = await client.call('POST', API_PATHS.loginPassword, {
      flowId: flow.body.flowId,
      password: ANNA.password,
      proof: 'eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl',
    });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('invalid_proof');
  });
});

describe('known devices go straight to step 2 (R5)', () => {
  it('lets a device that has logged in as the user skip step 1, and only that device', async () => {
    const device = await service.client();
    expect((await device.login(ANNA.username, ANNA.email, ANNA.password)).status).toBe(200);
    const direct = await device.loginKnownDevice(ANNA.username, ANNA.password);
    expect(direct.status).toBe(200);
    expect(direct.body.status).toBe('ok');

    const stranger = await service.client();
    const refused = await stranger.loginKnownDevice(ANNA.username, ANNA.password);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_flow');
  });

  it('still needs the password on a known device', async () => {
    const device = await service.client();
    await device.login(ANNA.username, ANNA.email, ANNA.password);
    const wrong = await device.loginKnownDevice(ANNA.username, 'Callback-Queue-2025');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_credentials');
  });
});

describe('legacy and expired passwords (R7, R8)', () => {
  it('logs a legacy password in although it breaks the new rules', async () => {
    const client = await service.client();
    const answer = await client.login(VILLE.username, VILLE.email, VILLE.password);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('ok');
    expect(answer.body.password.legacy).toBe(true);
    // The upgrade of the stored hash to argon2id keeps it a legacy password that still works.
    const again = await client.loginKnownDevice(VILLE.username, VILLE.password);
    expect(again.body.status).toBe('ok');
    expect(again.body.password.legacy).toBe(true);
    const stored = service.db
      .prepare('SELECT password_hash FROM users WHERE username = ?')
      .get(VILLE.username) as { password_hash: string };
    expect(stored.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('gives an expired password only a short-lived change token, no session', async () => {
    const client = await service.client();
    const answer = await client.login(EEVA.username, EEVA.email, EEVA.password);
    expect(answer.status).toBe(200);
    const required = PasswordChangeRequiredSchema.parse(answer.body);
    expect(required.reason).toBe('expired');
    expect(answer.body).not.toHaveProperty('session');
    // The change token is no session: it opens neither the session call nor the web app.
    const session = await client.call('GET', API_PATHS.session, undefined, required.changeToken);
    expect(session.status).toBe(401);
    const page = await fetch(`${service.url}/app`, {
      headers: { cookie: `teleq_session=${required.changeToken}` },
    });
    expect(page.status).toBe(401);
    // Nor does the expired login bind the device.
    const hello = await client.hello();
    expect(hello.body.error).toBe('unknown_device');
  });
});
