/**
 * The SSO broker: the three moments of an SSO login and the rules between them.
 * 1. start: a user the service already knows (by step 1 or a bound device) asks to sign in at
 *    their organisation's provider; the client's PKCE challenge and redirect URI are remembered.
 * 2. callback: the provider's answer is checked and mapped to that same user; the client gets a
 *    one-time code at its redirect URI (or the reason it failed).
 * 3. exchange: the client proves it is the one that started (PKCE verifier) and names its
 *    device (proof); the answer is the same as a password login's.
 * Every refusal is audited with its reason and detail; none opens a session.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SsoFailureReason } from '../../shared/api/errors';
import { WEB_PATHS } from '../../shared/api/paths';
import type { LoginResponse } from '../../shared/api/schemas';
import { completeLogin } from '../auth/complete-login';
import type { ServiceContext } from '../context';
import type { VerifiedDevice } from '../device/proof';
import { ApiHttpError } from '../http/api-error';
import { findUserById, type UserRow } from '../users';
import { getSsoConfig } from './config-store';
import { resolveIdentity } from './identity';
import { createPendingStore } from './pending';
import { checkClientRedirectUri } from './redirect-uri';
import { createRelyingParty, SsoCheckFailed, type RelyingParty } from './relying-party';
import * as oidc from 'openid-client';

const MESSAGES: Record<SsoFailureReason, string> = {
  cancelled: 'The sign-in was cancelled at the identity provider.',
  provider_error: 'The identity provider refused the sign-in.',
  state_mismatch: 'The identity provider answered a sign-in this service did not start.',
  invalid_token: 'The identity provider’s answer did not pass the checks.',
  code_invalid: 'The sign-in code is unknown, already used or expired: sign in again.',
  verifier_mismatch: 'The sign-in code was issued to another client.',
  unknown_subject: 'The identity provider’s account is not linked to a teleQ user.',
  wrong_organisation: 'The identity provider’s account belongs to another organisation.',
  provider_unreachable: 'The identity provider cannot be reached.',
  invalid_redirect_uri: 'The redirect URI is not accepted.',
  user_mismatch: 'The identity provider signed in a different user than the one who started.',
};

export function ssoFailed(reason: SsoFailureReason, status = 400): ApiHttpError {
  return new ApiHttpError(status, 'sso_failed', MESSAGES[reason], { reason });
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function withParams(uri: string, params: Record<string, string>): string {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

export type CallbackOutcome = { redirectTo: string } | { failedWithoutClient: SsoFailureReason };

export function createSsoBroker(
  ctx: ServiceContext,
  rp: RelyingParty = createRelyingParty({ now: ctx.now }),
) {
  const pending = createPendingStore(ctx.now);

  function refuse(
    reason: SsoFailureReason,
    detail: string,
    who: { user?: UserRow | null; username?: string | null; ip: string; device?: string | null },
  ): SsoFailureReason {
    ctx.audit.record({
      event: 'sso.failure',
      outcome: 'failure',
      userId: who.user?.id ?? null,
      username: who.user?.username ?? who.username ?? null,
      ip: who.ip,
      device: who.device ?? null,
      details: { reason, detail: detail.slice(0, 300) },
    });
    return reason;
  }

  return {
    async start(input: {
      user: UserRow;
      flowId: string | null;
      codeChallenge: string;
      redirectUri: string;
      serviceOrigins: string[];
      ip: string;
    }): Promise<{ authorizationUrl: string }> {
      const { user, ip } = input;
      const config = getSsoConfig(ctx.db, user.organisation_id);
      if (!config)
        throw new ApiHttpError(
          400,
          'sso_not_available',
          'The user’s organisation does not use SSO.',
        );
      const redirect = checkClientRedirectUri(input.redirectUri, input.serviceOrigins);
      if (!redirect) {
        refuse('invalid_redirect_uri', 'not loopback and not this service’s completion page', {
          user,
          ip,
        });
        throw ssoFailed('invalid_redirect_uri');
      }
      const callbackUrl = new URL(
        WEB_PATHS.ssoCallback,
        ctx.settings.publicUrl ?? input.serviceOrigins[0],
      ).href;
      const providerVerifier = oidc.randomPKCECodeVerifier();
      const nonce = oidc.randomNonce();
      const state = pending.startAuthorization({
        organisationId: user.organisation_id,
        userId: user.id,
        username: user.username,
        flowId: input.flowId,
        nonce,
        providerVerifier,
        callbackUrl,
        clientChallenge: input.codeChallenge,
        clientRedirect: redirect.uri,
        ip,
      });
      let authorizationUrl: string;
      try {
        authorizationUrl = await rp.authorizationUrl(config, {
          callbackUrl,
          state,
          nonce,
          providerVerifier,
          // The provider's sign-in page opens with the account filled in, as the claim names it.
          loginHint: config.userClaim === 'email' ? user.email : user.username,
        });
      } catch (error) {
        pending.takeAuthorization(state);
        if (error instanceof SsoCheckFailed) {
          refuse(error.reason, error.detail, { user, ip });
          throw ssoFailed(error.reason, 502);
        }
        throw error;
      }
      ctx.audit.record({
        event: 'sso.start',
        outcome: 'info',
        userId: user.id,
        username: user.username,
        ip,
        details: { organisation: user.organisation_id, redirect: redirect.kind },
      });
      return { authorizationUrl };
    },

    /** The provider's answer at /sso/callback; `query` is the callback's query string. */
    async callback(input: { query: URLSearchParams; ip: string }): Promise<CallbackOutcome> {
      const { ip } = input;
      const state = input.query.get('state') ?? '';
      const taken = state ? pending.takeAuthorization(state) : { expired: false };
      if (!('value' in taken)) {
        const detail = taken.expired ? 'state expired' : 'no sign-in started with this state';
        return { failedWithoutClient: refuse('state_mismatch', detail, { ip }) };
      }
      const started = taken.value;
      const user = findUserById(ctx.db, started.userId);
      const who = { user, username: started.username, ip };
      const toClient = (reason: SsoFailureReason): CallbackOutcome => ({
        redirectTo: withParams(started.clientRedirect, { error: 'sso_failed', reason }),
      });
      const config = getSsoConfig(ctx.db, started.organisationId);
      if (!user || !config) {
        return toClient(refuse('provider_error', 'the user or the SSO configuration is gone', who));
      }
      const currentUrl = new URL(started.callbackUrl);
      currentUrl.search = input.query.toString();
      let identity;
      try {
        identity = await rp.redeem(config, {
          currentUrl,
          state,
          nonce: started.nonce,
          providerVerifier: started.providerVerifier,
        });
      } catch (error) {
        if (error instanceof SsoCheckFailed)
          return toClient(refuse(error.reason, error.detail, who));
        throw error;
      }
      const resolution = ctx.db.transaction(() =>
        resolveIdentity(ctx.db, {
          organisationId: started.organisationId,
          userClaim: config.userClaim,
          identity,
          now: ctx.now(),
        }),
      )();
      if (!resolution.ok) return toClient(refuse(resolution.reason, resolution.detail, who));
      if (resolution.newlyLinked) {
        ctx.audit.record({
          event: 'sso.linked',
          outcome: 'success',
          userId: resolution.user.id,
          username: resolution.user.username,
          ip,
          details: { issuer: identity.issuer },
        });
      }
      if (resolution.user.id !== started.userId) {
        return toClient(
          refuse('user_mismatch', `provider signed in ${resolution.user.username}`, who),
        );
      }
      const code = pending.issueCode({
        userId: started.userId,
        organisationId: started.organisationId,
        flowId: started.flowId,
        clientChallenge: started.clientChallenge,
        clientRedirect: started.clientRedirect,
      });
      ctx.audit.record({
        event: 'sso.callback',
        outcome: 'success',
        userId: started.userId,
        username: started.username,
        ip,
      });
      return { redirectTo: withParams(started.clientRedirect, { code }) };
    },

    exchange(input: {
      code: string;
      codeVerifier: string;
      device: VerifiedDevice;
      ip: string;
    }): LoginResponse {
      const { ip, device } = input;
      const who = { ip, device: device.thumbprint };
      const taken = pending.takeCode(input.code);
      if (!('value' in taken)) {
        refuse(
          'code_invalid',
          taken.expired ? 'code expired' : 'code unknown or already used',
          who,
        );
        throw ssoFailed('code_invalid');
      }
      const issued = taken.value;
      const user = findUserById(ctx.db, issued.userId);
      if (!sameString(s256(input.codeVerifier), issued.clientChallenge)) {
        refuse('verifier_mismatch', 'PKCE verifier does not match the challenge', { ...who, user });
        throw ssoFailed('verifier_mismatch');
      }
      if (!user || user.organisation_id !== issued.organisationId) {
        refuse('wrong_organisation', 'the user left the organisation during the sign-in', {
          ...who,
          user,
        });
        throw ssoFailed('wrong_organisation');
      }
      if (issued.flowId) ctx.flows.delete(issued.flowId);
      return completeLogin(ctx, { user, device, method: 'sso', ip });
    },
  };
}

export type SsoBroker = ReturnType<typeof createSsoBroker>;
