/**
 * The OpenAPI 3.1 document of Login API v1, generated from the same zod schemas that validate
 * the requests, so the document cannot drift from the service.
 */
import { z } from 'zod';
import { ApiErrorSchema } from '../shared/api/errors';
import { API_PATHS, API_PREFIX } from '../shared/api/paths';
import * as S from '../shared/api/schemas';

interface Operation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  request?: z.ZodType;
  responses: Record<string, { description: string; schema?: z.ZodType }>;
  bearer?: boolean;
}

const error = (description: string) => ({ description, schema: ApiErrorSchema });
const bad = error('invalid_request: the body is not valid');

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: API_PATHS.health,
    summary: 'Service health',
    responses: { 200: { description: 'ok', schema: S.HealthResponseSchema } },
  },
  {
    method: 'get',
    path: API_PATHS.openapi,
    summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.1' } },
  },
  {
    method: 'post',
    path: API_PATHS.deviceChallenge,
    summary: 'A single-use nonce for the next device proof',
    responses: {
      200: { description: 'nonce', schema: S.DeviceChallengeResponseSchema },
      429: error('rate_limited'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.deviceHello,
    summary: 'The users known on this device (R5)',
    request: S.DeviceHelloRequestSchema,
    responses: {
      200: { description: 'known users', schema: S.DeviceHelloResponseSchema },
      400: bad,
      401: error('invalid_proof or unknown_device'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.deviceForget,
    summary: 'Forget a user on this device',
    request: S.DeviceForgetRequestSchema,
    responses: { 204: { description: 'forgotten' }, 400: bad, 401: error('invalid_proof') },
  },
  {
    method: 'post',
    path: API_PATHS.identify,
    summary: 'Step 1: username and email (R3)',
    request: S.IdentifyRequestSchema,
    responses: {
      200: { description: 'flow', schema: S.IdentifyResponseSchema },
      400: bad,
      429: error('rate_limited'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.loginPassword,
    summary: 'Step 2: password (R4), after step 1 or on a known device (R5)',
    request: S.PasswordLoginRequestSchema,
    responses: {
      200: {
        description: 'session, or password change required (R7)',
        schema: S.LoginResponseSchema,
      },
      400: error('invalid_request or invalid_flow'),
      401: error('invalid_credentials or invalid_proof'),
      423: error('locked'),
      429: error('rate_limited'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.passwordChange,
    summary: "Change one's own password (bearer: session or change token)",
    bearer: true,
    request: S.PasswordChangeRequestSchema,
    responses: {
      200: {
        description: 'changed, or a session after a forced change',
        schema: S.PasswordChangeResponseSchema,
      },
      400: bad,
      401: error('unauthorized or invalid_current_password'),
      422: error('password_policy'),
      423: error('locked'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.passwordForgot,
    summary: 'Ask for a reset code by email; always 202',
    request: S.PasswordForgotRequestSchema,
    responses: {
      202: { description: 'accepted', schema: S.PasswordForgotResponseSchema },
      400: bad,
      429: error('rate_limited'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.passwordReset,
    summary: 'Set a new password with the emailed code',
    request: S.PasswordResetRequestSchema,
    responses: {
      200: { description: 'reset; every session ended', schema: S.PasswordResetResponseSchema },
      400: error('invalid_request or invalid_code'),
      422: error('password_policy'),
      429: error('rate_limited'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.ssoStart,
    summary: 'Start SSO for the flow (R4, R11)',
    request: S.SsoStartRequestSchema,
    responses: {
      200: { description: 'authorization URL', schema: S.SsoStartResponseSchema },
      400: error(
        'invalid_request, invalid_flow, sso_not_available, or sso_failed (reason invalid_redirect_uri)',
      ),
      401: error('invalid_proof (known-device start)'),
      429: error('rate_limited'),
      502: error('sso_failed: reason provider_unreachable or provider_error'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.ssoExchange,
    summary: 'Finish SSO: answers as a password login',
    request: S.SsoExchangeRequestSchema,
    responses: {
      200: { description: 'session', schema: S.LoginResponseSchema },
      400: error('sso_failed'),
      401: error('invalid_proof'),
      429: error('rate_limited'),
    },
  },
  {
    method: 'get',
    path: API_PATHS.session,
    summary: "The session's user",
    bearer: true,
    responses: {
      200: { description: 'session', schema: S.SessionResponseSchema },
      401: error('unauthorized'),
    },
  },
  {
    method: 'post',
    path: API_PATHS.sessionLogout,
    summary: 'End the session',
    bearer: true,
    responses: { 204: { description: 'ended' }, 401: error('unauthorized') },
  },
];

/** Named schemas (zod `.meta({ id })`) go to components/schemas, referenced from each use. */
function schemaOf(
  schema: z.ZodType,
  io: 'input' | 'output',
  components: Record<string, unknown>,
): unknown {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  delete json.$schema;
  const defs = (json.$defs ?? {}) as Record<string, unknown>;
  delete json.$defs;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          key === '$ref' && typeof inner === 'string'
            ? inner.replace('#/$defs/', '#/components/schemas/')
            : rewrite(inner),
        ]),
      );
    }
    return value;
  };
  for (const [name, def] of Object.entries(defs)) components[name] ??= rewrite(def);
  return rewrite(json);
}

export function buildOpenApiDocument(version: string, serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {};
  for (const op of OPERATIONS) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      responses[status] = response.schema
        ? {
            description: response.description,
            content: {
              'application/json': { schema: schemaOf(response.schema, 'output', schemas) },
            },
          }
        : { description: response.description };
    }
    paths[API_PREFIX + op.path] = {
      ...paths[API_PREFIX + op.path],
      [op.method]: {
        summary: op.summary,
        ...(op.bearer ? { security: [{ bearer: [] }] } : {}),
        ...(op.request
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: schemaOf(op.request, 'input', schemas) } },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Aurora teleQ Login API', version },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
