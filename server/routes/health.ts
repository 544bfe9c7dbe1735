/** GET /health and GET /openapi.json. */
import type { FastifyPluginAsync } from 'fastify';
import type { z } from 'zod';
import { API_PATHS } from '../../shared/api/paths';
import type { HealthResponseSchema } from '../../shared/api/schemas';
import type { ServiceContext } from '../context';
import { buildOpenApiDocument } from '../openapi';

export const healthRoutes: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const document = buildOpenApiDocument(ctx.settings.version, ctx.settings.publicUrl ?? undefined);
  app.get(API_PATHS.health, async () => {
    const answer: z.infer<typeof HealthResponseSchema> = {
      status: 'ok',
      version: ctx.settings.version,
    };
    return answer;
  });
  app.get(API_PATHS.openapi, async () => document);
};
