/**
 * Device proofs (DESIGN.md section 4): a compact JWS signed with the device key, shaped like an
 * RFC 9449 DPoP proof. The nonce comes from POST /device/challenge and is single use; the jti
 * is remembered for as long as a proof could be accepted, so a captured proof cannot be replayed.
 * The device id is the key's RFC 7638 thumbprint.
 */
import { calculateJwkThumbprint, decodeProtectedHeader, EmbeddedJWK, jwtVerify } from 'jose';
import type { JWK } from 'jose';
import {
  DEVICE_PROOF_ALG,
  DEVICE_PROOF_MAX_AGE_SECONDS,
  DEVICE_PROOF_TYP,
} from '../../shared/api/device-proof';
import { invalidProof } from '../http/api-error';
import { randomToken } from '../crypto-tokens';

export const NONCE_TTL_SECONDS = 120;

export interface NonceStore {
  issue(): { nonce: string; expiresAt: Date };
  /** True once for a live nonce; false for unknown, used or expired ones. */
  consume(nonce: string): boolean;
}

export function createNonceStore(now: () => Date, ttlSeconds = NONCE_TTL_SECONDS): NonceStore {
  const nonces = new Map<string, number>();
  let lastSweep = 0;
  return {
    issue() {
      const t = now().getTime();
      // Sweep now and then, not per call: a login storm issues thousands of nonces a minute.
      if (t - lastSweep >= 10_000) {
        for (const [n, exp] of nonces) if (exp <= t) nonces.delete(n);
        lastSweep = t;
      }
      const nonce = randomToken(32);
      const expiresAt = new Date(t + ttlSeconds * 1000);
      nonces.set(nonce, expiresAt.getTime());
      return { nonce, expiresAt };
    },
    consume(nonce) {
      const exp = nonces.get(nonce);
      if (exp === undefined) return false;
      nonces.delete(nonce);
      return exp > now().getTime();
    },
  };
}

export interface JtiStore {
  /** False when the jti was already seen (a replay). */
  remember(jti: string, thumbprint: string): boolean;
}

export function createJtiStore(now: () => Date): JtiStore {
  const seen = new Map<string, number>();
  // A proof is acceptable for MAX_AGE after iat and MAX_AGE of skew before: forget after both.
  const keepMs = 2 * DEVICE_PROOF_MAX_AGE_SECONDS * 1000 + 60_000;
  let lastSweep = 0;
  return {
    remember(jti, thumbprint) {
      const t = now().getTime();
      if (t - lastSweep >= 10_000) {
        for (const [key, until] of seen) if (until <= t) seen.delete(key);
        lastSweep = t;
      }
      const key = `${thumbprint}:${jti}`;
      if (seen.has(key)) return false;
      seen.set(key, t + keepMs);
      return true;
    },
  };
}

export interface DeviceProofContext {
  nonces: NonceStore;
  jtis: JtiStore;
  now: () => Date;
}

export interface ExpectedCall {
  htm: string;
  /** Every URL under which this call may legitimately be named (public URL, request's own). */
  htu: string[];
}

export interface VerifiedDevice {
  thumbprint: string;
  jwk: JWK;
}

/** Verifies a proof for one call; throws 401 invalid_proof with the reason otherwise. */
export async function verifyDeviceProof(
  ctx: DeviceProofContext,
  proof: string,
  expected: ExpectedCall,
): Promise<VerifiedDevice> {
  let header;
  try {
    header = decodeProtectedHeader(proof);
  } catch {
    throw invalidProof('not a compact JWS');
  }
  if (header.typ !== DEVICE_PROOF_TYP) throw invalidProof('wrong typ');
  if (header.alg !== DEVICE_PROOF_ALG) throw invalidProof('wrong alg');
  const jwk = header.jwk;
  if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || 'd' in jwk) {
    throw invalidProof('the header must carry the public P-256 key');
  }
  let payload;
  try {
    ({ payload } = await jwtVerify(proof, EmbeddedJWK, {
      algorithms: [DEVICE_PROOF_ALG],
      typ: DEVICE_PROOF_TYP,
    }));
  } catch {
    throw invalidProof('bad signature');
  }
  const { nonce, htm, htu, iat, jti } = payload as Record<string, unknown>;
  if (typeof nonce !== 'string' || typeof htm !== 'string' || typeof htu !== 'string')
    throw invalidProof('missing claims');
  if (typeof iat !== 'number' || typeof jti !== 'string' || jti.length < 8 || jti.length > 128)
    throw invalidProof('missing claims');
  if (htm.toUpperCase() !== expected.htm.toUpperCase()) throw invalidProof('wrong htm');
  if (!expected.htu.includes(normaliseHtu(htu))) throw invalidProof('wrong htu');
  const nowSeconds = Math.floor(ctx.now().getTime() / 1000);
  if (Math.abs(nowSeconds - iat) > DEVICE_PROOF_MAX_AGE_SECONDS) throw invalidProof('stale iat');
  const thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
  if (!ctx.jtis.remember(jti, thumbprint)) throw invalidProof('replayed jti');
  if (!ctx.nonces.consume(nonce)) throw invalidProof('unknown, used or expired nonce');
  return { thumbprint, jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } };
}

/** htu is compared without query and fragment, as RFC 9449 says. */
export function normaliseHtu(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    return parsed.toString();
  } catch {
    return '';
  }
}
