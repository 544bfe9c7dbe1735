// Device challenge, hello and forget (R5), and the device proof's checks: single-use nonce,
// replay-proof jti, htm/htu/iat, a real signature by the key in the header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { DEVICE_PROOF_TYP } from '../../shared/api/device-proof';
import { API_PATHS, apiUrl } from '../../shared/api/paths';
import { DeviceChallengeResponseSchema, DeviceHelloResponseSchema } from '../../shared/api/schemas';
import { readAudit } from '../audit';
import { ANNA, VILLE } from '../testing/demo';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());

describe('POST /device/challenge', () => {
  it('hands out fresh nonces of at least 128 bits with a short expiry', async () => {
    const client = await service.client();
    const a = DeviceChallengeResponseSchema.parse(
      (await client.call('POST', API_PATHS.deviceChallenge)).body,
    );
    const b = DeviceChallengeResponseSchema.parse(
      (await client.call('POST', API_PATHS.deviceChallenge)).body,
    );
    expect(a.nonce).not.toBe(b.nonce);
    expect(Buffer.from(a.nonce, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const ttl = new Date(a.expiresAt).getTime() - service.clock.now().getTime();
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5 * 60 * 1000);
  });
});

describe('POST /device/hello and /device/forget', () => {
  it('answers unknown_device for a device that never logged in', async () => {
    const client = await service.client();
    const hello = await client.hello();
    expect(hello.status).toBe(401);
    expect(hello.body.error).toBe('unknown_device');
  });

  it('lists the users who logged in on the device, newest first, and forgets one on request', async () => {
    const client = await service.client();
    await client.login(ANNA.username, ANNA.email, ANNA.password);
    service.clock.advanceSeconds(5);
    await client.login(VILLE.username, VILLE.email, VILLE.password);
    const hello = await client.hello();
    expect(hello.status).toBe(200);
    expect(DeviceHelloResponseSchema.parse(hello.body).knownUsers).toEqual([
      { username: VILLE.username, displayName: VILLE.displayName, methods: ['password'] },
      { username: ANNA.username, displayName: ANNA.displayName, methods: ['password'] },
    ]);

    const forget = await client.call('POST', API_PATHS.deviceForget, {
      username: VILLE.username,
      proof: await client.proof(API_PATHS.deviceForget),
    });
    expect(forget.status).toBe(204);
    const after = await client.hello();
    expect(after.body.knownUsers.map((u: { username: string }) => u.username)).toEqual([
      ANNA.username,
    ]);
    // Forgotten: the device no longer skips step 1 for that user.
    expect((await client.loginKnownDevice(VILLE.username, VILLE.password)).body.error).toBe(
      'invalid_flow',
    );
    expect(readAudit(service.db, 'device.forgotten').at(-1)?.username).toBe(VILLE.username);
    expect(readAudit(service.db, 'device.bound').length).toBeGreaterThanOrEqual(2);
  });

  it('never shows one device the users of another', async () => {
    const first = await service.client();
    await first.login(ANNA.username, ANNA.email, ANNA.password);
    const second = await service.client();
    expect((await second.hello()).body.error).toBe('unknown_device');
  });
});

describe('device proof checks', () => {
  const helloWith = (client: Awaited<ReturnType<TestService['client']>>, proof: string) =>
    client.call('POST', API_PATHS.deviceHello, { proof });

  async function knownClient() {
    const client = await service.client();
    await client.login(ANNA.username, ANNA.email, ANNA.password);
    return client;
  }

  it('refuses a replayed proof (nonce single use, jti remembered)', async () => {
    const client = await knownClient();
    const proof = await client.proof(API_PATHS.deviceHello);
    expect((await helloWith(client, proof)).status).toBe(200);
    const replay = await helloWith(client, proof);
    expect(replay.status).toBe(401);
    expect(replay.body.error).toBe('invalid_proof');
  });

  it('refuses a reused jti even with a fresh nonce', async () => {
    const client = await knownClient();
    const first = await client.proof(API_PATHS.deviceHello, { jti: 'fixed-jti-123456' });
    expect((await helloWith(client, first)).status).toBe(200);
    const second = await client.proof(API_PATHS.deviceHello, { jti: 'fixed-jti-123456' });
    expect((await helloWith(client, second)).body.error).toBe('invalid_proof');
  });

  it('refuses a nonce the service never issued, or one that expired', async () => {
    const client = await knownClient();
    const invented = await client.proof(API_PATHS.deviceHello, { nonce: 'A'.repeat(43) });
    expect((await helloWith(client, invented)).body.error).toBe('invalid_proof');
    const nonce = await client.nonce();
    service.clock.advanceSeconds(10 * 60);
    const late = await client.proof(API_PATHS.deviceHello, { nonce });
    expect((await helloWith(client, late)).body.error).toBe('invalid_proof');
  });

  it('refuses a proof for another method, another URL, or with a stale iat', async () => {
    const client = await knownClient();
    const cases = [
      await client.proof(API_PATHS.deviceHello, { htm: 'GET' }),
      await client.proof(API_PATHS.deviceHello, {
        htu: apiUrl(service.url, API_PATHS.deviceForget),
      }),
      await client.proof(API_PATHS.deviceHello, {
        htu: apiUrl('https://evil.example', API_PATHS.deviceHello),
      }),
      await client.proof(API_PATHS.deviceHello, {
        iat: Math.floor(service.clock.now().getTime() / 1000) - 600,
      }),
      await client.proof(API_PATHS.deviceHello, {
        iat: Math.floor(service.clock.now().getTime() / 1000) + 600,
      }),
    ];
    for (const proof of cases) {
      const answer = await helloWith(client, proof);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toBe('invalid_proof');
    }
    // The control: a correct proof from the same client passes.
    expect((await client.hello()).status).toBe(200);
  });

  it('refuses a proof signed by another key than the one in its header', async () => {
    const client = await knownClient();
    const other = await generateKeyPair('ES256');
    const forged = await new SignJWT({
      nonce: await client.nonce(),
      htm: 'POST',
      htu: apiUrl(service.url, API_PATHS.deviceHello),
      jti: 'forged-jti-0001',
    })
      .setProtectedHeader({ alg: 'ES256', typ: DEVICE_PROOF_TYP, jwk: client.device.publicJwk })
      .setIssuedAt(Math.floor(service.clock.now().getTime() / 1000))
      .sign(other.privateKey);
    expect((await helloWith(client, forged)).body.error).toBe('invalid_proof');
  });

  it('refuses a wrong typ, a private key in the header, and an unsigned token', async () => {
    const client = await knownClient();
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = await exportJWK(privateKey);
    const claims = async () => ({
      nonce: await client.nonce(),
      htm: 'POST',
      htu: apiUrl(service.url, API_PATHS.deviceHello),
      jti: crypto.randomUUID(),
    });
    const iat = Math.floor(service.clock.now().getTime() / 1000);
    const wrongTyp = await new SignJWT(await claims())
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT', jwk: client.device.publicJwk })
      .setIssuedAt(iat)
      .sign(client.device.privateKey);
    const leakedKey = await new SignJWT(await claims())
      .setProtectedHeader({ alg: 'ES256', typ: DEVICE_PROOF_TYP, jwk: privateJwk })
      .setIssuedAt(iat)
      .sign(privateKey);
    const header = Buffer.from(
      JSON.stringify({ alg: 'none', typ: DEVICE_PROOF_TYP, jwk: client.device.publicJwk }),
    ).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ ...(await claims()), iat })).toString('base64url');
    const unsigned = `${header}.${payload}.`;
    for (const proof of [wrongTyp, leakedKey, unsigned]) {
      expect((await helloWith(client, proof)).body.error).toBe('invalid_proof');
    }
  });
});
