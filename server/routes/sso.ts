/**
 * SSO routes (issue 3, DESIGN.md section 6): POST /sso/start and /sso/exchange under /api/v1,
 * and the browser-facing pages /sso/callback (the provider returns here) and /sso/complete (the
 * embedded window's landing page). One broker per service context serves both plugins.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { API_PATHS, WEB_PATHS } from '../../shared/api/paths';
import { SsoExchangeRequestSchema, SsoStartRequestSchema } from '../../shared/api/schemas';
import type { ServiceContext } from '../context';
import { clientAddress, expectedUrls, verifyCallProof } from '../context';
import { isDeviceBound } from '../device/bindings';
import { ApiHttpError } from '../http/api-error';
import { parseBody } from '../http/validate';
import { createSsoBroker, type SsoBroker } from '../sso/broker';
import { hasSsoConfig } from '../sso/config-store';
import { completionPage, failurePage } from '../sso/pages';
import { findUserById, findUserByUsername } from '../users';

const brokers = new WeakMap<ServiceContext, SsoBroker>();

function brokerFor(ctx: ServiceContext): SsoBroker {
  let broker = brokers.get(ctx);
  if (!broker) {
    broker = createSsoBroker(ctx);
    brokers.set(ctx, broker);
    // From now on identify offers SSO exactly to users of organisations with a configuration.
    ctx.ssoAvailable = (organisationId) => hasSsoConfig(ctx.db, organisationId);
  }
  return broker;
}

function serviceOrigins(ctx: ServiceContext, request: FastifyRequest): string[] {
  return [...new Set(expectedUrls(ctx, request, '/').map((u) => new URL(u).origin))];
}

const noSso = (): ApiHttpError =>
  new ApiHttpError(400, 'sso_not_available', 'The user’s organisation does not use SSO.');

/** Register under API_PREFIX. */
export const ssoRoutes: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const broker = brokerFor(ctx);

  app.post(API_PATHS.ssoStart, async (request) => {
    const ip = clientAddress(request);
    ctx.limiter.hit('sso', ip);
    const body = parseBody(SsoStartRequestSchema, request.body);
    let user;
    let flowId: string | null = null;
    if ('flowId' in body) {
      const flow = ctx.flows.get(body.flowId);
      if (!flow) throw new ApiHttpError(400, 'invalid_flow', 'Start again from step 1.');
      // An unknown user or a wrong email got a flow too; SSO was never offered to it.
      user = flow.userId === null ? null : findUserById(ctx.db, flow.userId);
      if (!user) throw noSso();
      flowId = flow.id;
    } else {
      const device = await verifyCallProof(ctx, request, API_PATHS.ssoStart, body.proof);
      user = findUserByUsername(ctx.db, body.username);
      if (!user || !isDeviceBound(ctx.db, device.thumbprint, user.id)) {
        throw new ApiHttpError(
          400,
          'invalid_flow',
          'This device does not know the user: use step 1.',
        );
      }
    }
    return broker.start({
      user,
      flowId,
      codeChallenge: body.codeChallenge,
      redirectUri: body.redirectUri,
      serviceOrigins: serviceOrigins(ctx, request),
      ip,
    });
  });

  app.post(API_PATHS.ssoExchange, async (request) => {
    const ip = clientAddress(request);
    ctx.limiter.hit('sso', ip);
    const body = parseBody(SsoExchangeRequestSchema, request.body);
    const device = await verifyCallProof(ctx, request, API_PATHS.ssoExchange, body.proof);
    return broker.exchange({ code: body.code, codeVerifier: body.codeVerifier, device, ip });
  });
};

/** Register at the root (not under API_PREFIX): pages a browser visits. */
export const ssoPageRoutes: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const broker = brokerFor(ctx);

  // These URLs carry the provider's code and state, or our one-time code, in the query: the
  // per-request access log (which records the URL) stays off for them.
  const quiet = { logLevel: 'warn' } as const;

  app.get(WEB_PATHS.ssoCallback, quiet, async (request, reply) => {
    // Every unknown state writes an audit row: the limit keeps a flood from filling the log.
    ctx.limiter.hit('sso', clientAddress(request));
    const raw = request.raw.url ?? '';
    const query = new URLSearchParams(raw.includes('?') ? raw.slice(raw.indexOf('?') + 1) : '');
    const outcome = await broker.callback({ query, ip: clientAddress(request) });
    if ('redirectTo' in outcome) {
      return reply
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .redirect(outcome.redirectTo, 303);
    }
    return failurePage(reply, outcome.failedWithoutClient);
  });

  app.get(WEB_PATHS.ssoComplete, quiet, async (request, reply) =>
    completionPage(reply, request.query as Record<string, unknown>),
  );
};
