// Brute force: per-account lockout that grows and unlocks after its wait, the same for unknown
// accounts, and per-address rate limits with Retry-After.
import { afterEach, describe, expect, it } from 'vitest';
import { ANNA, SANNA } from '../testing/demo';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';

let service: TestService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const generous = {
  login: { limit: 1000, windowSeconds: 60 },
  identify: { limit: 1000, windowSeconds: 60 },
};

describe('per-account lockout', () => {
  it('locks after 5 failures for 1 minute, refuses even the right password, then unlocks', async () => {
    service = await startTestService({ rateLimits: generous });
    const client = await service.client();
    for (let i = 0; i < 4; i++) {
      expect((await client.login(ANNA.username, ANNA.email, `Wrong-Guess-${i}-2026!`)).status).toBe(
        401,
      );
    }
    // The fifth failure is still answered as a wrong password; the lock shows on the next try.
    expect((await client.login(ANNA.username, ANNA.email, 'Wrong-Guess-5-2026!')).status).toBe(401);
    const locked = await client.login(ANNA.username, ANNA.email, ANNA.password);
    expect(locked.status).toBe(423);
    expect(locked.body).toMatchObject({ error: 'locked', retryAfterSeconds: 60 });
    expect(locked.headers.get('retry-after')).toBe('60');

    service.clock.advanceSeconds(30);
    const stillLocked = await client.login(ANNA.username, ANNA.email, ANNA.password);
    expect(stillLocked.status).toBe(423);
    expect(stillLocked.body.retryAfterSeconds).toBe(30);

    service.clock.advanceSeconds(31);
    const unlocked = await client.login(ANNA.username, ANNA.email, ANNA.password);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.status).toBe('ok');
  });

  it('doubles the wait with each further failure up to 15 minutes, and a success resets it', async () => {
    service = await startTestService({ rateLimits: generous });
    const client = await service.client();
    const fail = () => client.login(SANNA.username, SANNA.email, 'Wrong-Guess-2026!');
    for (let i = 0; i < 5; i++) await fail();
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const locked = await client.login(SANNA.username, SANNA.email, SANNA.password);
      expect(locked.status).toBe(423);
      waits.push(locked.body.retryAfterSeconds);
      service.clock.advanceSeconds(locked.body.retryAfterSeconds);
      expect((await fail()).status).toBe(401);
    }
    expect(waits).toEqual([60, 120, 240, 480, 900]);
    const capped = await client.login(SANNA.username, SANNA.email, SANNA.password);
    expect(capped.body.retryAfterSeconds).toBe(900);

    service.clock.advanceSeconds(900);
    expect((await client.login(SANNA.username, SANNA.email, SANNA.password)).status).toBe(200);
    // Reset on success: one more failure does not lock again.
    expect((await fail()).status).toBe(401);
    expect((await client.login(SANNA.username, SANNA.email, SANNA.password)).status).toBe(200);
  });

  it('locks an unknown account exactly like a known one (no enumeration through lockout)', async () => {
    service = await startTestService({ rateLimits: generous });
    const client = await service.client();
    const run = async (username: string, email: string) => {
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 6; i++) {
        last = await client.login(username, email, 'Wrong-Guess-2026!');
        statuses.push(last.status);
      }
      return { statuses, body: last?.body, retryAfter: last?.headers.get('retry-after') };
    };
    const known = await run(ANNA.username, ANNA.email);
    const unknown = await run('no.such.user', 'no.such.user@demo-clinic.example');
    expect(known.statuses).toEqual([401, 401, 401, 401, 401, 423]);
    expect(unknown).toEqual(known);
  });
});

describe('per-address rate limits', () => {
  it('answers 429 rate_limited with Retry-After on identify, and lets the address in again later', async () => {
    service = await startTestService({ rateLimits: { identify: { limit: 3, windowSeconds: 60 } } });
    const client = await service.client();
    for (let i = 0; i < 3; i++)
      expect((await client.identify(ANNA.username, ANNA.email)).status).toBe(200);
    const limited = await client.identify(ANNA.username, ANNA.email);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: 'rate_limited', retryAfterSeconds: 60 });
    expect(limited.headers.get('retry-after')).toBe('60');
    service.clock.advanceSeconds(60);
    expect((await client.identify(ANNA.username, ANNA.email)).status).toBe(200);
  });

  it('limits login, forgot and reset per address too', async () => {
    service = await startTestService({
      rateLimits: {
        login: { limit: 1, windowSeconds: 60 },
        forgot: { limit: 1, windowSeconds: 300 },
        reset: { limit: 1, windowSeconds: 300 },
      },
    });
    const client = await service.client();
    const flow = await client.identify(ANNA.username, ANNA.email);
    expect((await client.loginWithFlow(flow.body.flowId, 'Wrong-Guess-2026!')).status).toBe(401);
    const login = await client.loginWithFlow(flow.body.flowId, ANNA.password);
    expect(login.status).toBe(429);

    const forgot = { username: ANNA.username, email: ANNA.email };
    expect((await client.call('POST', '/password/forgot', forgot)).status).toBe(202);
    expect((await client.call('POST', '/password/forgot', forgot)).status).toBe(429);

    const reset = { username: ANNA.username, code: '00000000', newPassword: 'Fresh-Start-2026!' };
    expect((await client.call('POST', '/password/reset', reset)).status).toBe(400);
    const limited = await client.call('POST', '/password/reset', reset);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
