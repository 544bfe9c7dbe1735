/**
 * Request bodies are parsed with the shared zod schemas; a failure is a 400 invalid_request
 * listing where the body was wrong (paths and messages only, never the submitted values).
 */
import type { z } from 'zod';
import { ApiHttpError } from './api-error';

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  throw new ApiHttpError(400, 'invalid_request', 'The request body is not valid.', { issues });
}
