/**
 * The client's half of a device proof, for tests and the `proof` CLI helper (the real client
 * keeps its key in the OS keychain and signs in electron/core).
 */
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { DEVICE_PROOF_ALG, DEVICE_PROOF_TYP } from '../../shared/api/device-proof';
import { randomToken } from '../crypto-tokens';

export interface DeviceKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function createDeviceKey(): Promise<DeviceKey> {
  const { privateKey, publicKey } = await generateKeyPair(DEVICE_PROOF_ALG, { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { privateKey, publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } };
}

export interface ProofClaims {
  nonce: string;
  htm: string;
  htu: string;
  iat?: number;
  jti?: string;
}

export async function signDeviceProof(key: DeviceKey, claims: ProofClaims): Promise<string> {
  return new SignJWT({
    nonce: claims.nonce,
    htm: claims.htm,
    htu: claims.htu,
    jti: claims.jti ?? randomToken(16),
  })
    .setProtectedHeader({ alg: DEVICE_PROOF_ALG, typ: DEVICE_PROOF_TYP, jwk: key.publicJwk })
    .setIssuedAt(claims.iat ?? Math.floor(Date.now() / 1000))
    .sign(key.privateKey);
}
