/**
 * Codes to sentences: every ClientErrorCode, Notice and LogoutReason of the bridge contract has
 * its text here, so adding one to the contract fails the type check until it is explained.
 */
import type { TFunction } from 'i18next';
import { formatWait } from '../i18n/format';
import type {
  ClientError,
  ClientErrorCode,
  KeychainProblem,
  LogoutReason,
  Notice,
} from '../store/types';

const SSO_REASONS = [
  'cancelled',
  'provider_error',
  'state_mismatch',
  'invalid_token',
  'code_invalid',
  'verifier_mismatch',
  'unknown_subject',
  'wrong_organisation',
  'provider_unreachable',
  'invalid_redirect_uri',
];

const ERROR_TEXT: Record<
  ClientErrorCode,
  (e: ClientError, t: TFunction, serverUrl: string) => string
> = {
  invalid_input: (_e, t) => t('errors.invalid_input'),
  invalid_credentials: (_e, t) => t('errors.invalid_credentials'),
  invalid_current_password: (_e, t) => t('errors.invalid_current_password'),
  locked: (e, t) =>
    e.retryAfterSeconds
      ? t('errors.locked', { wait: formatWait(e.retryAfterSeconds, t) })
      : t('errors.lockedLater'),
  rate_limited: (e, t) =>
    e.retryAfterSeconds
      ? t('errors.rate_limited', { wait: formatWait(e.retryAfterSeconds, t) })
      : t('errors.rateLimitedLater'),
  server_unreachable: (e, t, url) =>
    t('errors.server_unreachable', { serverUrl: e.serverUrl ?? url }),
  tls_error: (e, t, url) => t('errors.tls_error', { serverUrl: e.serverUrl ?? url }),
  timeout: (e, t, url) => t('errors.timeout', { serverUrl: e.serverUrl ?? url }),
  server_error: (_e, t) => t('errors.server_error'),
  password_policy: (_e, t) => t('errors.password_policy'),
  invalid_code: (_e, t) => t('errors.invalid_code'),
  flow_expired: (_e, t) => t('errors.flow_expired'),
  unknown_device: (_e, t) => t('errors.unknown_device'),
  session_expired: (_e, t) => t('errors.session_expired'),
  sso_cancelled: (_e, t) => t('errors.sso_cancelled'),
  sso_failed: (e, t) =>
    t('errors.sso_failed', {
      reason: t(`ssoReasons.${e.reason && SSO_REASONS.includes(e.reason) ? e.reason : 'unknown'}`),
    }),
  sso_in_progress: (_e, t) => t('errors.sso_in_progress'),
  keychain_unavailable: (_e, t) => t('errors.keychain_unavailable'),
};

export function describeError(error: ClientError, t: TFunction, serverUrl: string): string {
  return (ERROR_TEXT[error.code] ?? ERROR_TEXT.server_error)(error, t, serverUrl);
}

/** Errors where trying the same thing again may help. */
export function isRetryable(error: ClientError): boolean {
  return (
    error.code === 'server_unreachable' || error.code === 'timeout' || error.code === 'server_error'
  );
}

const KEYCHAIN: Record<KeychainProblem, string> = {
  missing: 'notices.keychainMissing',
  locked: 'notices.keychainLocked',
  denied: 'notices.keychainDenied',
  corrupt: 'notices.keychainCorrupt',
};

const SOURCES: Record<string, string> = {
  default: 'notices.sourceDefault',
  file: 'notices.sourceFile',
  policy: 'notices.sourcePolicy',
  flag: 'notices.sourceFlag',
};

export function describeNotice(notice: Notice, t: TFunction): string {
  switch (notice.kind) {
    case 'legacy-server-rewritten':
      return t('notices.legacyServerRewritten', { from: notice.from, to: notice.to });
    case 'legacy-link-rewritten':
      return t('notices.legacyLinkRewritten', { from: notice.from, to: notice.to });
    case 'keychain-unavailable':
      return t('notices.keychainUnavailable', { problem: t(KEYCHAIN[notice.problem]) });
    case 'config-invalid':
      return t('notices.configInvalid', {
        key: notice.key,
        source: SOURCES[notice.source] ? t(SOURCES[notice.source] as string) : notice.source,
      });
    case 'insecure-server-refused':
      return t('notices.insecureServerRefused', { serverUrl: notice.serverUrl });
    case 'device-forgotten':
      return t('notices.deviceForgotten');
    case 'server-unreachable':
      return t('notices.serverUnreachable', { serverUrl: notice.serverUrl });
    case 'navigation-blocked':
      return t('notices.navigationBlocked', { url: notice.url });
    case 'download-blocked':
      return t('notices.downloadBlocked', { filename: notice.filename });
    case 'download-saved':
      return t('notices.downloadSaved', { filename: notice.filename });
  }
}

/** Notices that need attention (something does not work as the user expects). */
export function isWarning(notice: Notice): boolean {
  return notice.kind !== 'download-saved' && notice.kind !== 'legacy-link-rewritten';
}

export function describeLogout(reason: LogoutReason, t: TFunction): string {
  return t(`loggedOut.${reason}`);
}
