/** POST /login/identify (step 1, R3) and POST /login/password (step 2, R4/R5). */
import type { FastifyPluginAsync } from 'fastify';
import type { z } from 'zod';
import { API_PATHS } from '../../shared/api/paths';
import { IdentifyRequestSchema, PasswordLoginRequestSchema } from '../../shared/api/schemas';
import type { IdentifyResponseSchema } from '../../shared/api/schemas';
import { completeLogin } from '../auth/complete-login';
import { lockedForSeconds, recordFailure } from '../auth/lockout';
import { methodsFor } from '../auth/methods';
import { upgradeHashInPlace } from '../auth/own-password';
import { verifyPassword } from '../auth/password-hash';
import { auditUsername } from '../audit';
import type { ServiceContext } from '../context';
import { clientAddress, verifyCallProof } from '../context';
import { isDeviceBound } from '../device/bindings';
import { ApiHttpError, invalidCredentials, locked } from '../http/api-error';
import { parseBody } from '../http/validate';
import { emailMatches, findUserById, findUserByUsername } from '../users';
import type { UserRow } from '../users';

export const loginRoutes: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post(API_PATHS.identify, async (request) => {
    ctx.limiter.hit('identify', clientAddress(request));
    const body = parseBody(IdentifyRequestSchema, request.body);
    const user = findUserByUsername(ctx.db, body.username);
    const matched = user && emailMatches(user, body.email) ? user : null;
    const flow = ctx.flows.create({ username: body.username, userId: matched?.id ?? null });
    const methods = methodsFor(ctx, matched);
    const answer: z.infer<typeof IdentifyResponseSchema> = {
      flowId: flow.id,
      methods,
      ...(matched && methods.includes('sso') ? { organisation: matched.organisation_name } : {}),
    };
    return answer;
  });

  app.post(API_PATHS.loginPassword, async (request) => {
    const ip = clientAddress(request);
    ctx.limiter.hit('login', ip);
    const body = parseBody(PasswordLoginRequestSchema, request.body);
    const device = await verifyCallProof(ctx, request, API_PATHS.loginPassword, body.proof);

    let username: string;
    let user: UserRow | null;
    if ('flowId' in body) {
      const flow = ctx.flows.get(body.flowId);
      if (!flow) throw new ApiHttpError(400, 'invalid_flow', 'Start again from step 1.');
      username = flow.username;
      user = flow.userId === null ? null : findUserById(ctx.db, flow.userId);
    } else {
      // The device proof stands in for step 1 only when this device has logged in as this user.
      username = body.username;
      user = findUserByUsername(ctx.db, body.username);
      if (!user || !isDeviceBound(ctx.db, device.thumbprint, user.id)) {
        throw new ApiHttpError(
          400,
          'invalid_flow',
          'This device does not know the user: use step 1.',
        );
      }
    }

    const lockedFor = lockedForSeconds(ctx.db, username, ctx.now());
    if (lockedFor > 0) {
      ctx.audit.record({
        event: 'login.refused_locked',
        outcome: 'failure',
        userId: user?.id ?? null,
        username: auditUsername(username, user),
        ip,
        device: device.thumbprint,
      });
      throw locked(lockedFor);
    }

    const result = await verifyPassword(user?.password_hash ?? null, body.password);
    if (!user || !result.ok) {
      const lockSeconds = recordFailure(ctx.db, username, ctx.now());
      ctx.audit.record({
        event: 'login.failure',
        outcome: 'failure',
        userId: user?.id ?? null,
        username: auditUsername(username, user),
        ip,
        device: device.thumbprint,
        details: { reason: user ? 'wrong_password' : 'unknown_user_or_email' },
      });
      if (lockSeconds > 0) {
        ctx.audit.record({
          event: 'account.locked',
          outcome: 'info',
          userId: user?.id ?? null,
          username: auditUsername(username, user),
          ip,
          details: { seconds: lockSeconds },
        });
      }
      throw invalidCredentials();
    }
    if (result.needsRehash) await upgradeHashInPlace(ctx.db, user, body.password);
    if ('flowId' in body) ctx.flows.delete(body.flowId);
    return completeLogin(ctx, { user, device, method: 'password', ip });
  });
};
