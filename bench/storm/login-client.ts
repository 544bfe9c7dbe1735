/**
 * One user's login as the client performs it on a new device: step 1 (identify), then step 2
 * (a fresh nonce, a device proof signed by electron/core's own signer, the password). Lean
 * HTTP calls rather than the full client, because the load generator shares the two cores
 * with the service and every client-side millisecond is taken from the service.
 */
import { Agent, request } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import { API_PATHS, API_PREFIX, apiUrl } from '../../shared/api/paths';
import { publicPart, signDeviceProof } from '../../electron/core/device/proof';
import type { DeviceKey } from '../../electron/core/device/proof';
import type { BenchUser } from './users';

export interface StormClient extends BenchUser {
  device: DeviceKey;
  /** The service has bound this device to the user (R5): the client goes straight to step 2. */
  known: boolean;
}

export async function createDevice(): Promise<DeviceKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { privateKey, publicJwk: publicPart(await exportJWK(publicKey)) };
}

export interface Outcome {
  ok: boolean;
  /** The login went through step 1 (a device the service did not know for this user). */
  newDevice?: boolean;
  /** e.g. "login 429 rate_limited" or "network TypeError"; absent on success. */
  error?: string;
}

// node:http with keep-alive costs the generator a fraction of fetch's CPU per request, and
// every millisecond the generator spends is taken from the service on the same two cores.
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

function post(
  serverUrl: string,
  path: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      serverUrl + API_PREFIX + path,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Record<string, unknown>;
          try {
            json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
          } catch {
            json = { error: 'not_json' };
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function failure(step: string, answer: { status: number; json: Record<string, unknown> }): Outcome {
  return { ok: false, error: `${step} ${answer.status} ${String(answer.json.error ?? '')}`.trim() };
}

/** Signs a proof for `path` with a fresh nonce; the nonce call is part of the round trip. */
export async function freshProof(
  serverUrl: string,
  device: DeviceKey,
  path: (typeof API_PATHS)[keyof typeof API_PATHS],
): Promise<string | Outcome> {
  const challenge = await post(serverUrl, API_PATHS.deviceChallenge, {});
  if (challenge.status !== 200 || typeof challenge.json.nonce !== 'string') {
    return failure('challenge', challenge);
  }
  return signDeviceProof(device, {
    htm: 'POST',
    htu: apiUrl(serverUrl, path),
    nonce: challenge.json.nonce,
  });
}

/**
 * Step 2 straight away on a known device (workstations at 8:00, R5); step 1 first on a new one,
 * as the client does. The first success binds the device, so later logins of the user are known.
 */
export async function passwordLogin(serverUrl: string, user: StormClient): Promise<Outcome> {
  const newDevice = !user.known;
  try {
    let who: { flowId: string } | { username: string } = { username: user.username };
    if (newDevice) {
      const identify = await post(serverUrl, API_PATHS.identify, {
        username: user.username,
        email: user.email,
      });
      if (identify.status !== 200 || typeof identify.json.flowId !== 'string') {
        return { ...failure('identify', identify), newDevice };
      }
      who = { flowId: identify.json.flowId };
    }
    const proof = await freshProof(serverUrl, user.device, API_PATHS.loginPassword);
    if (typeof proof !== 'string') return { ...proof, newDevice };
    const login = await post(serverUrl, API_PATHS.loginPassword, {
      ...who,
      password: user.password,
      proof,
    });
    if (login.status !== 200 || login.json.status !== 'ok') {
      return { ...failure('login', login), newDevice };
    }
    user.known = true;
    return { ok: true, newDevice };
  } catch (err) {
    return { ok: false, newDevice, error: `network ${err instanceof Error ? err.name : 'error'}` };
  }
}

/** Device hello: challenge, proof, hello; ok when the service names this device's users. */
export async function deviceHello(serverUrl: string, device: DeviceKey): Promise<Outcome> {
  try {
    const proof = await freshProof(serverUrl, device, API_PATHS.deviceHello);
    if (typeof proof !== 'string') return proof;
    const hello = await post(serverUrl, API_PATHS.deviceHello, { proof });
    if (hello.status !== 200 || !Array.isArray(hello.json.knownUsers)) {
      return failure('hello', hello);
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, error: `network ${err instanceof Error ? err.name : 'error'}` };
  }
}
