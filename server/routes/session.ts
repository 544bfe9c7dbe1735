/** GET /session (who is logged in, for the client bar) and POST /session/logout. */
import type { FastifyPluginAsync } from 'fastify';
import type { z } from 'zod';
import { API_PATHS } from '../../shared/api/paths';
import type { SessionResponseSchema } from '../../shared/api/schemas';
import { passwordStatusOf } from '../auth/password-status';
import { logoutSession } from '../auth/logout';
import { useSession } from '../auth/sessions';
import type { ServiceContext } from '../context';
import { clientAddress } from '../context';
import { unauthorized } from '../http/api-error';
import { bearerToken } from '../http/bearer';
import { findUserById, toApiUser } from '../users';

export const sessionRoutes: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get(API_PATHS.session, async (request) => {
    const token = bearerToken(request);
    const now = ctx.now();
    const session = token ? useSession(ctx.db, token, ctx.settings.sessions, now) : null;
    const user = session ? findUserById(ctx.db, session.row.user_id) : null;
    if (!session || !user) throw unauthorized();
    const answer: z.infer<typeof SessionResponseSchema> = {
      user: toApiUser(user),
      session: {
        expiresAt: session.expiresAt.toISOString(),
        idleExpiresAt: session.idleExpiresAt.toISOString(),
      },
      password: passwordStatusOf(user, ctx.settings.rulesEffectiveAt, now),
    };
    return answer;
  });

  app.post(API_PATHS.sessionLogout, async (request, reply) => {
    const token = bearerToken(request);
    if (!token) throw unauthorized();
    logoutSession(ctx, token, clientAddress(request), 'api');
    return reply.code(204).send();
  });
};
