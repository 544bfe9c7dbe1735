/** Device proofs (shared/api/device-proof.ts): one compact JWS per call, fresh nonce and jti. */
import { randomUUID } from 'node:crypto';
import { SignJWT, calculateJwkThumbprint, type JWK, type CryptoKey } from 'jose';
import {
  DEVICE_PROOF_ALG,
  DEVICE_PROOF_TYP,
  type DeviceProofPayload,
} from '../../../shared/api/device-proof';

export interface DeviceKey {
  privateKey: CryptoKey;
  /** Public half only (kty, crv, x, y): what the proof header carries. */
  publicJwk: JWK;
}

export function publicPart(jwk: JWK): JWK {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

export async function signDeviceProof(
  key: DeviceKey,
  request: { htm: string; htu: string; nonce: string },
  nowMs: number = Date.now(),
): Promise<string> {
  const payload: DeviceProofPayload = {
    nonce: request.nonce,
    htm: request.htm,
    htu: request.htu,
    iat: Math.floor(nowMs / 1000),
    jti: randomUUID(),
  };
  return new SignJWT({ ...payload })
    .setProtectedHeader({ alg: DEVICE_PROOF_ALG, typ: DEVICE_PROOF_TYP, jwk: key.publicJwk })
    .sign(key.privateKey);
}

/** The device id as the server sees it (RFC 7638). */
export function deviceId(key: DeviceKey): Promise<string> {
  return calculateJwkThumbprint(key.publicJwk, 'sha256');
}
