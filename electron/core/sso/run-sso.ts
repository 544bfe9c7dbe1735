/**
 * One SSO attempt (DESIGN.md section 6): PKCE, POST /sso/start, the identity provider in the
 * system browser (loopback redirect) or in the embedded throw-away window (redirect to the
 * server's completion page), then POST /sso/exchange with the code and the verifier.
 */
import { WEB_PATHS } from '../../../shared/api/paths';
import type { LoginResponse } from '../../../shared/api/schemas';
import type { ClientError } from '../../../shared/bridge/contract';
import type { ApiResult, LoginApi, ProofSigner } from '../api/client';
import { canonicalOrigin, trustedOrigins } from '../navigation';
import type { AuthWindowPort, SystemBrowserPort } from '../ports';
import { startLoopbackListener } from './loopback';
import { createPkce } from './pkce';

export interface SsoOptions {
  api: LoginApi;
  who: { flowId: string } | { username: string };
  sign: ProofSigner;
  way: 'system' | 'embedded';
  serverUrl: string;
  allowedOrigins: string[];
  browser: SystemBrowserPort;
  authWindow: AuthWindowPort;
  signal: AbortSignal;
  /** Brings the client back to the front after the system browser. */
  focus(): void;
}

const cancelled: ClientError = { code: 'sso_cancelled' };

/** The code, or why there is none, from the URL the identity provider's round trip ended at. */
export function readRedirect(url: URL): { code: string } | { error: ClientError } {
  const code = url.searchParams.get('code');
  if (code) return { code };
  const error = url.searchParams.get('error');
  const reason = url.searchParams.get('reason') ?? undefined;
  if (error === 'access_denied' || reason === 'cancelled') return { error: cancelled };
  return { error: { code: 'sso_failed', reason: reason ?? error ?? 'provider_error' } };
}

function originOf(url: string): string | null {
  try {
    return canonicalOrigin(new URL(url));
  } catch {
    return null;
  }
}

export async function runSso(options: SsoOptions): Promise<ApiResult<LoginResponse>> {
  const pkce = createPkce();
  const redirect =
    options.way === 'system'
      ? await systemBrowserRound(options, pkce.challenge)
      : await embeddedRound(options, pkce.challenge);
  if (!redirect.ok) return redirect;
  const read = readRedirect(redirect.value);
  if ('error' in read) return { ok: false, error: read.error };
  return options.api.ssoExchange(read.code, pkce.verifier, options.sign);
}

async function systemBrowserRound(options: SsoOptions, challenge: string): Promise<ApiResult<URL>> {
  const listener = await startLoopbackListener(options.signal);
  try {
    const started = await options.api.ssoStart(
      options.who,
      challenge,
      listener.redirectUri,
      options.sign,
    );
    if (!started.ok) return started;
    if (options.signal.aborted) return { ok: false, error: cancelled };
    await options.browser.openExternal(started.value.authorizationUrl);
    try {
      const url = await listener.result;
      options.focus();
      return { ok: true, value: url };
    } catch {
      return { ok: false, error: cancelled };
    }
  } finally {
    listener.close();
  }
}

async function embeddedRound(options: SsoOptions, challenge: string): Promise<ApiResult<URL>> {
  const completion = new URL(WEB_PATHS.ssoComplete, options.serverUrl);
  const started = await options.api.ssoStart(
    options.who,
    challenge,
    completion.toString(),
    options.sign,
  );
  if (!started.ok) return started;
  if (options.signal.aborted) return { ok: false, error: cancelled };
  const trusted = trustedOrigins({
    serverUrl: options.serverUrl,
    allowedOrigins: options.allowedOrigins,
    externalLinks: 'block',
  });
  const idp = originOf(started.value.authorizationUrl);
  if (idp) trusted.add(idp);
  const completionOrigin = canonicalOrigin(completion);
  const result = await options.authWindow.open({
    url: started.value.authorizationUrl,
    isCompletion(url) {
      try {
        const parsed = new URL(url);
        return (
          canonicalOrigin(parsed) === completionOrigin && parsed.pathname === completion.pathname
        );
      } catch {
        return false;
      }
    },
    allowNavigation(url) {
      try {
        const parsed = new URL(url);
        if (parsed.username || parsed.password) return false;
        const origin = canonicalOrigin(parsed);
        return origin !== null && trusted.has(origin);
      } catch {
        return false;
      }
    },
    signal: options.signal,
  });
  if (result.kind === 'cancelled') return { ok: false, error: cancelled };
  return { ok: true, value: new URL(result.url) };
}
