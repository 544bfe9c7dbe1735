/**
 * The one way a route refuses a request: throw an ApiHttpError. The error handler turns it into
 * `{ error, message, ... }` with a code from the closed list in shared/api/errors.ts.
 */
import type { ApiError, ApiErrorCode } from '../../shared/api/errors';

export type ApiErrorExtras = Omit<ApiError, 'error' | 'message'>;

export class ApiHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extras: ApiErrorExtras = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiHttpError';
  }

  toBody(): ApiError {
    return { error: this.code, message: this.message, ...this.extras };
  }
}

export const unauthorized = (): ApiHttpError =>
  new ApiHttpError(401, 'unauthorized', 'A valid session or change token is required.');

export const invalidCredentials = (): ApiHttpError =>
  new ApiHttpError(401, 'invalid_credentials', 'The username or password is wrong.');

export const invalidProof = (why: string): ApiHttpError =>
  new ApiHttpError(401, 'invalid_proof', `The device proof was refused: ${why}.`);

export function rateLimited(retryAfterSeconds: number): ApiHttpError {
  return new ApiHttpError(
    429,
    'rate_limited',
    'Too many requests from this address; try again later.',
    { retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

export function locked(retryAfterSeconds: number): ApiHttpError {
  return new ApiHttpError(
    423,
    'locked',
    'Too many failed attempts: the account is locked for a while.',
    { retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );
}
