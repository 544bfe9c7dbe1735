/** Reads `Authorization: Bearer <token>`; anything else is no token. */
import type { FastifyRequest } from 'fastify';

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,256})$/.exec(header.trim());
  return match?.[1] ?? null;
}
