/**
 * Every non-2xx answer is `{ error, message }` from the closed list: our own ApiHttpErrors,
 * fastify's parser errors (bad JSON, too large, wrong media type) mapped to their codes, and
 * anything else as a bare internal_error without a stack trace.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError, ApiErrorCode } from '../../shared/api/errors';
import { ApiHttpError } from './api-error';

const FASTIFY_CODES: Record<string, [number, ApiErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported_media_type',
    'Send the body as application/json.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_request', 'Invalid Content-Length.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_request', 'The JSON body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_request', 'The body is not valid JSON.'],
  FST_ERR_CTP_INVALID_TYPE: [400, 'invalid_request', 'Invalid Content-Type.'],
  FST_ERR_CTP_INVALID_CHARSET: [415, 'unsupported_media_type', 'Unsupported charset.'],
};

function describe(error: FastifyError): {
  status: number;
  body: ApiError;
  headers: Record<string, string>;
} {
  if (error instanceof ApiHttpError) {
    return { status: error.statusCode, body: error.toBody(), headers: error.headers };
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) {
    const [status, code, message] = mapped;
    return { status, body: { error: code, message }, headers: {} };
  }
  // JSON.parse failures surface as SyntaxError with statusCode 400
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return {
      status: 400,
      body: { error: 'invalid_request', message: 'The request is not valid.' },
      headers: {},
    };
  }
  if (error.statusCode === 413)
    return {
      status: 413,
      body: { error: 'payload_too_large', message: 'Too large.' },
      headers: {},
    };
  if (error.statusCode === 415)
    return {
      status: 415,
      body: { error: 'unsupported_media_type', message: 'Unsupported media type.' },
      headers: {},
    };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return {
      status: 400,
      body: { error: 'invalid_request', message: 'The request is not valid.' },
      headers: {},
    };
  }
  return {
    status: 500,
    body: { error: 'internal_error', message: 'Something went wrong on the server.' },
    headers: {},
  };
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, headers } = describe(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ error: body.error }, 'request refused');
    void reply.code(status).headers(headers).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const otherMethod = (['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const).some(
      (method) => method !== request.method && app.hasRoute({ method, url: path }),
    );
    const body: ApiError = otherMethod
      ? { error: 'method_not_allowed', message: `${request.method} is not allowed here.` }
      : { error: 'not_found', message: 'There is nothing at this address.' };
    void reply.code(otherMethod ? 405 : 404).send(body);
  });
}
