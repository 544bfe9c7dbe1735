/** POST /device/challenge, /device/hello, /device/forget: the device memory behind R5. */
import type { FastifyPluginAsync } from 'fastify';
import { API_PATHS } from '../../shared/api/paths';
import { DeviceForgetRequestSchema, DeviceHelloRequestSchema } from '../../shared/api/schemas';
import type {
  DeviceChallengeResponseSchema,
  DeviceHelloResponseSchema,
} from '../../shared/api/schemas';
import type { z } from 'zod';
import { methodsFor } from '../auth/methods';
import type { ServiceContext } from '../context';
import { clientAddress, verifyCallProof } from '../context';
import { unbindDevice, usersOnDevice, isDeviceBound } from '../device/bindings';
import { ApiHttpError } from '../http/api-error';
import { parseBody } from '../http/validate';
import { findUserById, findUserByUsername } from '../users';

export const deviceRoutes: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post(API_PATHS.deviceChallenge, async (request) => {
    ctx.limiter.hit('device', clientAddress(request));
    const { nonce, expiresAt } = ctx.nonces.issue();
    const answer: z.infer<typeof DeviceChallengeResponseSchema> = {
      nonce,
      expiresAt: expiresAt.toISOString(),
    };
    return answer;
  });

  app.post(API_PATHS.deviceHello, async (request) => {
    ctx.limiter.hit('device', clientAddress(request));
    const body = parseBody(DeviceHelloRequestSchema, request.body);
    const device = await verifyCallProof(ctx, request, API_PATHS.deviceHello, body.proof);
    const users = usersOnDevice(ctx.db, device.thumbprint)
      .map((id) => findUserById(ctx.db, id))
      .filter((user) => user !== null);
    if (users.length === 0) {
      throw new ApiHttpError(401, 'unknown_device', 'This device is not known to the service.');
    }
    const answer: z.infer<typeof DeviceHelloResponseSchema> = {
      knownUsers: users.map((user) => {
        const methods = methodsFor(ctx, user);
        return {
          username: user.username,
          displayName: user.display_name,
          methods,
          ...(methods.includes('sso') ? { organisation: user.organisation_name } : {}),
        };
      }),
    };
    return answer;
  });

  app.post(API_PATHS.deviceForget, async (request, reply) => {
    ctx.limiter.hit('device', clientAddress(request));
    const body = parseBody(DeviceForgetRequestSchema, request.body);
    const device = await verifyCallProof(ctx, request, API_PATHS.deviceForget, body.proof);
    const user = findUserByUsername(ctx.db, body.username);
    if (user && isDeviceBound(ctx.db, device.thumbprint, user.id)) {
      unbindDevice(ctx.db, device.thumbprint, user.id);
      ctx.audit.record({
        event: 'device.forgotten',
        outcome: 'success',
        userId: user.id,
        username: user.username,
        ip: clientAddress(request),
        device: device.thumbprint,
      });
    }
    // Idempotent: forgetting a user the device did not know is no error.
    return reply.code(204).send();
  });
};
