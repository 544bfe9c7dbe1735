/**
 * The end of every successful step 2, password or SSO alike: bind the device, reset the lockout,
 * open a session, compute the password status, audit, and answer LoginOk. An expired password
 * (R7) gets only a change token instead. /sso/exchange calls this too, so both methods answer
 * identically.
 */
import type { LoginResponse, LoginOk } from '../../shared/api/schemas';
import type { ServiceContext } from '../context';
import type { VerifiedDevice } from '../device/proof';
import { bindDevice } from '../device/bindings';
import { toApiUser } from '../users';
import type { UserRow } from '../users';
import { resetFailures } from './lockout';
import { expiryOf, passwordStatusOf } from './password-status';
import { createChangeToken, createSession } from './sessions';
import type { LoginMethodUsed } from './sessions';

export interface CompleteLoginInput {
  user: UserRow;
  device: VerifiedDevice | null;
  method: LoginMethodUsed;
  ip: string;
  /** SSO logins skip the password expiry: the organisation's IdP owns that password. */
  checkPasswordExpiry?: boolean;
}

export function completeLogin(ctx: ServiceContext, input: CompleteLoginInput): LoginResponse {
  const now = ctx.now();
  const { user, device } = input;
  const checkExpiry = input.checkPasswordExpiry ?? input.method === 'password';
  if (checkExpiry && expiryOf(user, ctx.settings.rulesEffectiveAt, now).expired) {
    const change = ctx.db.transaction(() => {
      resetFailures(ctx.db, user.username);
      return createChangeToken(
        ctx.db,
        { userId: user.id, deviceThumbprint: device?.thumbprint ?? null, method: input.method },
        now,
      );
    })();
    ctx.audit.record({
      event: 'login.password_expired',
      outcome: 'info',
      userId: user.id,
      username: user.username,
      ip: input.ip,
      device: device?.thumbprint ?? null,
      details: { method: input.method },
    });
    return {
      status: 'password_change_required',
      changeToken: change.token,
      reason: 'expired',
      expiresAt: change.expiresAt.toISOString(),
    };
  }
  return openSession(ctx, {
    ...input,
    deviceThumbprint: device?.thumbprint ?? null,
    jwk: device?.jwk ?? null,
  });
}

/** Binds the device and opens the session; also the end of a forced password change. */
export function openSession(
  ctx: ServiceContext,
  input: {
    user: UserRow;
    deviceThumbprint: string | null;
    jwk?: VerifiedDevice['jwk'] | null;
    method: LoginMethodUsed;
    ip: string;
  },
): LoginOk {
  const now = ctx.now();
  const { user, deviceThumbprint } = input;
  const { session, newlyBound } = ctx.db.transaction(() => {
    resetFailures(ctx.db, user.username);
    const newlyBound = deviceThumbprint
      ? bindDevice(ctx.db, deviceThumbprint, input.jwk ?? null, user.id, now)
      : false;
    const session = createSession(
      ctx.db,
      { userId: user.id, deviceThumbprint, method: input.method },
      ctx.settings.sessions,
      now,
    );
    return { session, newlyBound };
  })();
  if (newlyBound) {
    ctx.audit.record({
      event: 'device.bound',
      outcome: 'success',
      userId: user.id,
      username: user.username,
      ip: input.ip,
      device: deviceThumbprint,
    });
  }
  ctx.audit.record({
    event: 'login.success',
    outcome: 'success',
    userId: user.id,
    username: user.username,
    ip: input.ip,
    device: deviceThumbprint,
    details: { method: input.method },
  });
  return {
    status: 'ok',
    session: {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds: ctx.settings.sessions.idleSeconds,
    },
    user: toApiUser(user),
    password: passwordStatusOf(user, ctx.settings.rulesEffectiveAt, now),
  };
}
