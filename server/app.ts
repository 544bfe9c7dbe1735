/**
 * Builds the fastify app of the login service from a ready ServiceContext: the error handling,
 * Login API v1 under /api/v1 (one plugin per area), the stand-in web app, and the dev mail page.
 */
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../shared/api/paths';
import type { ServiceContext } from './context';
import { installErrorHandlers } from './http/error-handler';
import { loggerOptions } from './logger';
import { deviceRoutes } from './routes/device';
import { devMailRoutes } from './routes/dev-mail';
import { healthRoutes } from './routes/health';
import { loginRoutes } from './routes/login';
import { passwordRoutes } from './routes/password';
import { sessionRoutes } from './routes/session';
import { ssoPageRoutes, ssoRoutes } from './routes/sso';
import { webAppRoutes } from './routes/webapp';

/** API bodies are small JSON documents; anything larger is refused with 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export function createFastify(
  logLevel = 'warn',
  logStream?: { write(line: string): void },
): FastifyInstance {
  return Fastify({
    logger: loggerOptions(logLevel, logStream),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
    // Never echo the request id of a client; generate our own.
    requestIdHeader: false,
  });
}

/** Registers every route on `app` (created by createFastify, whose logger the context uses). */
export async function registerRoutes(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
  installErrorHandlers(app);

  await app.register(
    async (api) => {
      // The API speaks JSON only: a text body is 415, not a string for the schemas to refuse.
      api.removeContentTypeParser('text/plain');
      // Answers carry tokens and personal data: no cache may keep them, no browser may sniff them.
      api.addHook('onSend', async (_request, reply, payload) => {
        reply.header('cache-control', 'no-store');
        reply.header('x-content-type-options', 'nosniff');
        return payload;
      });
      await api.register(healthRoutes, { ctx });
      await api.register(deviceRoutes, { ctx });
      await api.register(loginRoutes, { ctx });
      await api.register(passwordRoutes, { ctx });
      await api.register(sessionRoutes, { ctx });
      await api.register(ssoRoutes, { ctx });
    },
    { prefix: API_PREFIX },
  );

  // Web pages (not under /api/v1): the stand-in teleQ web app, and SSO's callback pages.
  await app.register(webAppRoutes, { ctx });
  await app.register(ssoPageRoutes, { ctx });
  if (ctx.devMailbox) await app.register(devMailRoutes, { mailbox: ctx.devMailbox });
}
