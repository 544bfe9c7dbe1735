/**
 * The stand-in teleQ web app (R13): /app and its pages need the `teleq_session` cookie the
 * client sets in the managed window; without it they show a "log in via the client" page and
 * never any data. Every page carries a strict CSP (scripts only from /app/app.js).
 */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, WEB_PATHS } from '../../shared/api/paths';
import { passwordStatusOf } from '../auth/password-status';
import { logoutSession } from '../auth/logout';
import { useSession } from '../auth/sessions';
import type { ServiceContext } from '../context';
import { clientAddress } from '../context';
import { findUserById } from '../users';
import type { UserRow } from '../users';
import { APP_CSS, APP_JS } from '../webapp/assets';
import {
  appPage,
  customerLogCsv,
  loggedOutPage,
  loginRequiredPage,
  videoPage,
} from '../webapp/pages';

export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

function secure(reply: FastifyReply): FastifyReply {
  return reply.headers({
    'content-security-policy': APP_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
    'permissions-policy': 'camera=(self), microphone=(self), geolocation=()',
  });
}

export const webAppRoutes: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 4096 });

  const sessionUser = (request: FastifyRequest): { user: UserRow; token: string } | null => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return null;
    const session = useSession(ctx.db, token, ctx.settings.sessions, ctx.now());
    const user = session ? findUserById(ctx.db, session.row.user_id) : null;
    return user ? { user, token } : null;
  };

  const loginRequired = (reply: FastifyReply) =>
    secure(reply).code(401).type('text/html; charset=utf-8').send(loginRequiredPage());

  app.get('/app/app.js', async (_request, reply) =>
    secure(reply).type('text/javascript; charset=utf-8').send(APP_JS),
  );
  app.get('/app/app.css', async (_request, reply) =>
    secure(reply).type('text/css; charset=utf-8').send(APP_CSS),
  );

  app.get(WEB_PATHS.app, async (request, reply) => {
    const current = sessionUser(request);
    if (!current) return loginRequired(reply);
    const days = passwordStatusOf(current.user, ctx.settings.rulesEffectiveAt, ctx.now()).daysLeft;
    return secure(reply).type('text/html; charset=utf-8').send(appPage(current.user, days));
  });
  app.get('/app/', async (_request, reply) => reply.redirect(WEB_PATHS.app, 302));

  app.get('/app/video', async (request, reply) => {
    const current = sessionUser(request);
    if (!current) return loginRequired(reply);
    return secure(reply).type('text/html; charset=utf-8').send(videoPage(current.user));
  });

  app.get('/app/reports/customer-log.csv', async (request, reply) => {
    const current = sessionUser(request);
    if (!current) return loginRequired(reply);
    return secure(reply)
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="customer-log.csv"')
      .send(customerLogCsv(current.user, ctx.now()));
  });

  app.post('/app/logout', async (request, reply) => {
    // A cross-site form must not log the user out behind their back.
    const origin = request.headers.origin;
    if (origin && origin !== 'null' && origin !== `${request.protocol}://${request.headers.host}`) {
      return secure(reply).code(403).type('text/plain').send('Cross-site logout refused.');
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) logoutSession(ctx, token, clientAddress(request), 'web_app');
    return secure(reply)
      .clearCookie(SESSION_COOKIE, { path: '/', secure: ctx.settings.secureCookies })
      .redirect(WEB_PATHS.loggedOut, 303);
  });

  app.get(WEB_PATHS.loggedOut, async (_request, reply) =>
    secure(reply).type('text/html; charset=utf-8').send(loggedOutPage()),
  );
};
