import { z } from 'zod';

/**
 * The closed list of error codes of Login API v1. Every non-2xx answer of the login service is
 * `{ error, message }` with one of these; clients branch on `error`, never on `message`.
 */
export const API_ERROR_CODES = [
  'invalid_request', // 400: malformed body, wrong type, oversized field (with `issues`)
  'not_found', // 404: unknown route
  'method_not_allowed', // 405
  'payload_too_large', // 413
  'unsupported_media_type', // 415
  'invalid_credentials', // 401: wrong username/password, or unknown user (same answer)
  'invalid_flow', // 400: flowId unknown or expired (step 1 must be repeated)
  'invalid_proof', // 401: device proof missing, malformed, replayed, stale or for another URL
  'unknown_device', // 401: the device key is not bound to any user
  'unauthorized', // 401: bearer token missing, unknown, expired or revoked
  'locked', // 423: account locked for `retryAfterSeconds`
  'rate_limited', // 429: per-address limit, with Retry-After
  'password_policy', // 422: the new password breaks rules, with `violations`
  'invalid_current_password', // 401: the current password given for a change is wrong
  'invalid_code', // 400: reset code wrong, expired or used up
  'sso_not_available', // 400: the user's organisation has no SSO
  'sso_failed', // 400/502: the identity provider or the SSO checks refused, with `reason`
  'internal_error', // 500: a bug; never for bad input
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);

export const ApiErrorSchema = z
  .object({
    error: ApiErrorCodeSchema,
    message: z.string(),
    /** invalid_request: where the body was wrong. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** locked, rate_limited */
    retryAfterSeconds: z.number().int().nonnegative().optional(),
    /** password_policy */
    violations: z.array(z.string()).optional(),
    /** sso_failed: a stable reason code (see SSO_FAILURE_REASONS) */
    reason: z.string().optional(),
  })
  .meta({ id: 'Error' });

export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Why an SSO attempt failed; shared by the service (which decides) and the client (which explains). */
export const SSO_FAILURE_REASONS = [
  'cancelled', // the user cancelled at the identity provider (access_denied)
  'provider_error', // the provider answered another error
  'state_mismatch',
  'invalid_token', // issuer, audience, nonce, expiry, acr or auth_time check failed
  'code_invalid', // the one-time code is unknown, replayed or expired
  'verifier_mismatch', // PKCE verifier does not match the client's challenge
  'unknown_subject', // no teleQ user is linked to, or can be linked to, the subject
  'wrong_organisation', // the subject belongs to a user of another organisation
  'provider_unreachable',
  'invalid_redirect_uri',
  'user_mismatch', // the provider signed in a different teleQ user than the one who started the login
] as const;
export type SsoFailureReason = (typeof SSO_FAILURE_REASONS)[number];
