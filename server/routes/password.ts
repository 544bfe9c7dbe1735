/** POST /password/change, /password/forgot, /password/reset: self-service only (R9). */
import type { FastifyPluginAsync } from 'fastify';
import type { z } from 'zod';
import { API_PATHS } from '../../shared/api/paths';
import {
  PasswordChangeRequestSchema,
  PasswordForgotRequestSchema,
  PasswordResetRequestSchema,
} from '../../shared/api/schemas';
import type {
  PasswordChangeResponse,
  PasswordForgotResponseSchema,
  PasswordResetResponseSchema,
} from '../../shared/api/schemas';
import { openSession } from '../auth/complete-login';
import { lockedForSeconds, recordFailure, resetFailures } from '../auth/lockout';
import { hashNewPassword, storeOwnPassword } from '../auth/own-password';
import { verifyPassword } from '../auth/password-hash';
import { passwordStatusOf } from '../auth/password-status';
import {
  checkResetCode,
  consumeResetCode,
  issueResetCode,
  RESET_CODE_TTL_SECONDS,
} from '../auth/reset-codes';
import {
  findChangeToken,
  markChangeTokenUsed,
  revokeUserChangeTokens,
  revokeUserSessions,
  useSession,
} from '../auth/sessions';
import { auditUsername } from '../audit';
import type { ServiceContext } from '../context';
import { clientAddress } from '../context';
import { ApiHttpError, locked, unauthorized } from '../http/api-error';
import { bearerToken } from '../http/bearer';
import { parseBody } from '../http/validate';
import { emailMatches, findUserById, findUserByUsername } from '../users';

export const passwordRoutes: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post(API_PATHS.passwordChange, async (request): Promise<PasswordChangeResponse> => {
    const ip = clientAddress(request);
    const token = bearerToken(request);
    if (!token) throw unauthorized();
    const body = parseBody(PasswordChangeRequestSchema, request.body);
    const now = ctx.now();
    const session = useSession(ctx.db, token, ctx.settings.sessions, now);
    const change = session ? null : findChangeToken(ctx.db, token, now);
    const userId = session?.row.user_id ?? change?.user_id;
    const user = userId === undefined ? null : findUserById(ctx.db, userId);
    if (!user) throw unauthorized();

    const lockedFor = lockedForSeconds(ctx.db, user.username, now);
    if (lockedFor > 0) throw locked(lockedFor);
    const current = await verifyPassword(user.password_hash, body.currentPassword);
    if (!current.ok) {
      // A wrong current password counts towards the lockout: a stolen session must not
      // become a password-guessing oracle.
      recordFailure(ctx.db, user.username, ctx.now());
      ctx.audit.record({
        event: 'password.change_failed',
        outcome: 'failure',
        userId: user.id,
        username: user.username,
        ip,
        details: { reason: 'wrong_current_password' },
      });
      throw new ApiHttpError(401, 'invalid_current_password', 'The current password is wrong.');
    }
    const newHash = await hashNewPassword(ctx.db, user, body.newPassword).catch((err: unknown) => {
      if (err instanceof ApiHttpError) {
        ctx.audit.record({
          event: 'password.change_failed',
          outcome: 'failure',
          userId: user.id,
          username: user.username,
          ip,
          details: { reason: 'policy', violations: (err.extras.violations ?? []).join(',') },
        });
      }
      throw err;
    });
    const at = ctx.now();
    ctx.db.transaction(() => {
      storeOwnPassword(ctx.db, user.id, newHash, at);
      resetFailures(ctx.db, user.username);
      revokeUserChangeTokens(ctx.db, user.id, at);
      // Other sessions of the user end; the one making the change goes on.
      revokeUserSessions(ctx.db, user.id, at, session?.row.id);
    })();
    ctx.audit.record({
      event: 'password.changed',
      outcome: 'success',
      userId: user.id,
      username: user.username,
      ip,
      details: { via: session ? 'session' : 'change_token' },
    });
    const updated = findUserById(ctx.db, user.id);
    if (!updated) throw unauthorized();
    if (change) {
      markChangeTokenUsed(ctx.db, change.token_hash, at);
      return openSession(ctx, {
        user: updated,
        deviceThumbprint: change.device_thumbprint,
        method: change.method === 'sso' ? 'sso' : 'password',
        ip,
      });
    }
    return {
      status: 'changed',
      password: passwordStatusOf(updated, ctx.settings.rulesEffectiveAt, at),
    };
  });

  app.post(API_PATHS.passwordForgot, async (request, reply) => {
    const ip = clientAddress(request);
    ctx.limiter.hit('forgot', ip);
    const body = parseBody(PasswordForgotRequestSchema, request.body);
    const user = findUserByUsername(ctx.db, body.username);
    if (user && emailMatches(user, body.email)) {
      const { code } = issueResetCode(ctx.db, user.id, ctx.now());
      ctx.audit.record({
        event: 'password.reset_requested',
        outcome: 'info',
        userId: user.id,
        username: user.username,
        ip,
      });
      // Not awaited: the answer must not wait for (or reveal) the mail.
      void ctx.mailer.send({
        to: user.email,
        subject: 'Aurora teleQ: your password reset code',
        text: resetMailText(user.display_name, code),
      });
    } else {
      ctx.audit.record({
        event: 'password.reset_requested',
        outcome: 'failure',
        username: auditUsername(body.username, user ?? null),
        ip,
        details: { reason: 'no_matching_account' },
      });
    }
    const answer: z.infer<typeof PasswordForgotResponseSchema> = { status: 'accepted' };
    return reply.code(202).send(answer);
  });

  app.post(API_PATHS.passwordReset, async (request) => {
    const ip = clientAddress(request);
    ctx.limiter.hit('reset', ip);
    const body = parseBody(PasswordResetRequestSchema, request.body);
    const user = findUserByUsername(ctx.db, body.username);
    const check = user
      ? checkResetCode(ctx.db, user.id, body.code, ctx.now())
      : { ok: false as const };
    if (!user || !check.ok) {
      ctx.audit.record({
        event: 'password.reset_failed',
        outcome: 'failure',
        userId: user?.id ?? null,
        username: auditUsername(body.username, user),
        ip,
        details: { reason: 'invalid_code' },
      });
      throw new ApiHttpError(400, 'invalid_code', 'The code is wrong, expired or used up.');
    }
    const newHash = await hashNewPassword(ctx.db, user, body.newPassword);
    const at = ctx.now();
    ctx.db.transaction(() => {
      consumeResetCode(ctx.db, check.codeId, at);
      storeOwnPassword(ctx.db, user.id, newHash, at);
      resetFailures(ctx.db, user.username);
      revokeUserChangeTokens(ctx.db, user.id, at);
      revokeUserSessions(ctx.db, user.id, at);
    })();
    ctx.audit.record({
      event: 'password.reset',
      outcome: 'success',
      userId: user.id,
      username: user.username,
      ip,
    });
    const updated = findUserById(ctx.db, user.id) ?? user;
    const answer: z.infer<typeof PasswordResetResponseSchema> = {
      status: 'reset',
      password: passwordStatusOf(updated, ctx.settings.rulesEffectiveAt, at),
    };
    return answer;
  });
};

function resetMailText(name: string, code: string): string {
  const minutes = RESET_CODE_TTL_SECONDS / 60;
  return [
    `Hello ${name},`,
    '',
    'Someone (hopefully you) asked to reset your Aurora teleQ password.',
    `Your one-time code is: ${code}`,
    '',
    `It is valid for ${minutes} minutes. Enter it in the Aurora teleQ client together with your`,
    'new password. If you did not ask for this, ignore this message; your password stays as it is.',
    '',
    'Aurora teleQ',
  ].join('\n');
}
