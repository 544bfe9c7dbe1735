/**
 * The service as OpenID Connect relying party of an organisation's provider (openid-client 6):
 * discovery, the authorization URL (state, nonce, PKCE S256, login_hint, acr_values/max_age
 * where configured), and the redemption of the provider's answer with every check: state (the
 * caller's lookup), issuer (discovery and `iss`), audience, nonce, expiry, acr and auth_time.
 * Failures become a stable reason; the provider's own messages go only to the log.
 */
import * as oidc from 'openid-client';
import type { SsoFailureReason } from '../../shared/api/errors';
import type { SsoConfig } from './config-store';
import type { ProviderIdentity } from './identity';

export class SsoCheckFailed extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'SsoCheckFailed';
  }
}

export interface RelyingPartyOptions {
  /** The service's clock; ID token times are judged against it, not the host's. */
  now: () => Date;
  timeoutSeconds?: number;
  /** How long a provider's discovery document is reused. */
  metadataTtlSeconds?: number;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

function isNetworkError(error: unknown): boolean {
  for (
    let e: unknown = error, depth = 0;
    e && depth < 6;
    e = (e as { cause?: unknown }).cause, depth += 1
  ) {
    const { name, code, message } = e as { name?: string; code?: string; message?: string };
    if (name === 'AbortError' || name === 'TimeoutError') return true;
    if (code && NETWORK_CODES.has(code)) return true;
    if (name === 'TypeError' && message === 'fetch failed') return true;
  }
  return false;
}

function describe(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError)
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`;
  if (error instanceof Error) {
    // oauth4webapi names the failing claim (exp, auth_time, nonce, iss, aud) in the cause.
    let claim: unknown;
    for (
      let c: unknown = error.cause, depth = 0;
      c && depth < 4 && claim === undefined;
      depth += 1
    ) {
      claim = (c as { claim?: unknown }).claim;
      c = (c as { cause?: unknown }).cause;
    }
    const code = (error as { code?: string }).code ?? error.name;
    return `${code}: ${error.message}${typeof claim === 'string' ? ` (${claim})` : ''}`;
  }
  return String(error);
}

function isLoopbackIssuer(issuer: string): boolean {
  const { protocol, hostname } = new URL(issuer);
  return protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(hostname);
}

export function createRelyingParty(options: RelyingPartyOptions) {
  const timeout = options.timeoutSeconds ?? 10;
  const ttlMs = (options.metadataTtlSeconds ?? 300) * 1000;
  const metadata = new Map<string, { server: oidc.ServerMetadata; until: number }>();

  async function configurationFor(config: SsoConfig): Promise<oidc.Configuration> {
    const t = options.now().getTime();
    let server = metadata.get(config.issuer);
    if (!server || server.until <= t) {
      let discovered: oidc.Configuration;
      try {
        discovered = await oidc.discovery(
          new URL(config.issuer),
          config.clientId,
          undefined,
          oidc.ClientSecretBasic(config.clientSecret),
          {
            // Plain http is tolerated only for a provider on this machine (development IdP).
            execute: isLoopbackIssuer(config.issuer) ? [oidc.allowInsecureRequests] : [],
            timeout,
          },
        );
      } catch (error) {
        if (isNetworkError(error))
          throw new SsoCheckFailed('provider_unreachable', describe(error));
        throw new SsoCheckFailed('provider_error', `discovery failed: ${describe(error)}`);
      }
      server = { server: discovered.serverMetadata(), until: t + ttlMs };
      metadata.set(config.issuer, server);
    }
    // Rebuilt per use so the clock skew follows the service's clock (tests move it).
    const configuration = new oidc.Configuration(
      server.server,
      config.clientId,
      { [oidc.clockSkew]: Math.round((t - Date.now()) / 1000) },
      oidc.ClientSecretBasic(config.clientSecret),
    );
    if (isLoopbackIssuer(config.issuer)) oidc.allowInsecureRequests(configuration);
    configuration.timeout = timeout;
    return configuration;
  }

  return {
    async authorizationUrl(
      config: SsoConfig,
      params: {
        callbackUrl: string;
        state: string;
        nonce: string;
        providerVerifier: string;
        loginHint: string;
      },
    ): Promise<string> {
      const configuration = await configurationFor(config);
      const request: Record<string, string> = {
        redirect_uri: params.callbackUrl,
        response_type: 'code',
        scope: config.scopes.join(' '),
        state: params.state,
        nonce: params.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(params.providerVerifier),
        code_challenge_method: 'S256',
        login_hint: params.loginHint,
      };
      if (config.requiredAcr) request.acr_values = config.requiredAcr.join(' ');
      if (config.maxAgeSeconds !== null) request.max_age = String(config.maxAgeSeconds);
      return oidc.buildAuthorizationUrl(configuration, request).href;
    },

    /** Redeems the provider's answer at our callback; `currentUrl` is the callback with its query. */
    async redeem(
      config: SsoConfig,
      params: { currentUrl: URL; state: string; nonce: string; providerVerifier: string },
    ): Promise<ProviderIdentity> {
      const configuration = await configurationFor(config);
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(configuration, params.currentUrl, {
          pkceCodeVerifier: params.providerVerifier,
          expectedState: params.state,
          expectedNonce: params.nonce,
          idTokenExpected: true,
          ...(config.maxAgeSeconds !== null ? { maxAge: config.maxAgeSeconds } : {}),
        });
      } catch (error) {
        if (error instanceof oidc.AuthorizationResponseError) {
          throw new SsoCheckFailed(
            error.error === 'access_denied' ? 'cancelled' : 'provider_error',
            describe(error),
          );
        }
        if (isNetworkError(error))
          throw new SsoCheckFailed('provider_unreachable', describe(error));
        if (error instanceof oidc.ResponseBodyError)
          throw new SsoCheckFailed('provider_error', describe(error));
        throw new SsoCheckFailed('invalid_token', describe(error));
      }
      const idClaims = tokens.claims();
      if (!idClaims) throw new SsoCheckFailed('invalid_token', 'no ID token');
      if (config.requiredAcr && !config.requiredAcr.includes(String(idClaims.acr ?? ''))) {
        throw new SsoCheckFailed(
          'invalid_token',
          `acr ${String(idClaims.acr ?? '(none)')} is not accepted`,
        );
      }
      let claims: Record<string, unknown> = { ...idClaims };
      // Some providers put profile claims only in userinfo; the ID token's own claims win.
      if (
        (claims[config.userClaim] === undefined || claims.email === undefined) &&
        tokens.access_token
      ) {
        try {
          const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
          claims = { ...info, ...idClaims };
        } catch (error) {
          if (isNetworkError(error))
            throw new SsoCheckFailed('provider_unreachable', describe(error));
          throw new SsoCheckFailed('provider_error', `userinfo failed: ${describe(error)}`);
        }
      }
      return { issuer: idClaims.iss, subject: idClaims.sub, claims };
    },
  };
}

export type RelyingParty = ReturnType<typeof createRelyingParty>;
