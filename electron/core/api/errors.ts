/**
 * From what went wrong on the wire to a ClientErrorCode the renderer can explain. Network
 * failures are classified from the error chain that fetch throws (Node's undici and Electron's
 * net.fetch both carry a `code` or a Chromium net error name somewhere in `cause`).
 */
import type { ApiError } from '../../../shared/api/errors';
import type { ClientError } from '../../../shared/bridge/contract';

const TLS_MARKERS = [
  'CERT_',
  'ERR_TLS',
  'ERR_SSL',
  'SSL_',
  'UNABLE_TO_VERIFY',
  'SELF_SIGNED',
  'DEPTH_ZERO',
  'ERR_CERT',
  'HOSTNAME_MISMATCH',
  'EPROTO',
];

function errorChain(error: unknown): string[] {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    if (typeof current === 'object') {
      const e = current as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
      for (const v of [e.name, e.code, e.message]) if (typeof v === 'string') parts.push(v);
      current = e.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts;
}

export function classifyNetworkError(
  error: unknown,
  serverUrl: string,
  timedOut: boolean,
): ClientError {
  if (timedOut) return { code: 'timeout', serverUrl };
  const chain = errorChain(error);
  if (chain.some((p) => p === 'TimeoutError')) return { code: 'timeout', serverUrl };
  if (chain.some((p) => TLS_MARKERS.some((m) => p.toUpperCase().includes(m)))) {
    return { code: 'tls_error', serverUrl };
  }
  return { code: 'server_unreachable', serverUrl };
}

/** An API error answer (already parsed) to what the renderer is told. */
export function fromApiError(
  status: number,
  body: ApiError | null,
  retryAfterHeader: string | null,
  serverUrl: string,
): ClientError {
  const retryAfterSeconds =
    body?.retryAfterSeconds ??
    (retryAfterHeader && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : undefined);
  if (!body) {
    if (status === 429) return { code: 'rate_limited', retryAfterSeconds: retryAfterSeconds ?? 60 };
    return { code: 'server_error', serverUrl };
  }
  switch (body.error) {
    case 'invalid_credentials':
      return { code: 'invalid_credentials' };
    case 'invalid_current_password':
      return { code: 'invalid_current_password' };
    case 'locked':
      return { code: 'locked', retryAfterSeconds: retryAfterSeconds ?? 60 };
    case 'rate_limited':
      return { code: 'rate_limited', retryAfterSeconds: retryAfterSeconds ?? 60 };
    case 'password_policy':
      return {
        code: 'password_policy',
        violations: (body.violations ?? []) as NonNullable<ClientError['violations']>,
      };
    case 'invalid_code':
      return { code: 'invalid_code' };
    case 'invalid_flow':
      return { code: 'flow_expired' };
    case 'unknown_device':
      return { code: 'unknown_device' };
    case 'unauthorized':
      return { code: 'session_expired' };
    case 'sso_failed':
      return body.reason === 'cancelled'
        ? { code: 'sso_cancelled' }
        : { code: 'sso_failed', reason: body.reason ?? 'provider_error' };
    case 'sso_not_available':
      return { code: 'sso_failed', reason: 'sso_not_available' };
    case 'invalid_request':
      return { code: 'invalid_input' };
    default:
      return { code: 'server_error', serverUrl };
  }
}
