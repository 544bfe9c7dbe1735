/**
 * The device proof (DESIGN.md section 4): a compact JWS, ES256, shaped like an RFC 9449 DPoP
 * proof. The client signs one per call with the device key kept in the OS keychain; the server
 * verifies it and uses the key's RFC 7638 thumbprint as the device id.
 */
export const DEVICE_PROOF_TYP = 'teleq-device+jwt';
export const DEVICE_PROOF_ALG = 'ES256';
/** A proof is accepted for this long after its `iat` (and this much clock skew ahead). */
export const DEVICE_PROOF_MAX_AGE_SECONDS = 120;

export interface DeviceProofPayload {
  /** The nonce from POST /device/challenge: single use. */
  nonce: string;
  /** HTTP method of the call the proof is for, e.g. "POST". */
  htm: string;
  /** Full URL of the call, without query or fragment (see apiUrl). */
  htu: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Unique id of this proof; the server refuses a jti it has seen. */
  jti: string;
}
