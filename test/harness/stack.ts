/**
 * The server side of a journey: the real login service (demo data, real SQLite in a temp dir,
 * real argon2id, the development mail sink) and the development IdP with Demo Health's SSO
 * configured, as the demo stack runs them. The service's clock can be moved (lockout waits,
 * expiry) without waiting.
 */
import { randomBytes } from 'node:crypto';
import { startLoginService, type RunningLoginService } from '../../server/service';
import { startDevIdp, type DevIdp } from '../../server/idp/dev-idp';
import { DEMO_IDP_CLIENT_ID, DEMO_IDP_USERS, demoIdpClient } from '../../server/idp/demo-users';
import { setSsoConfig } from '../../server/sso/config-store';

export interface Stack {
  service: RunningLoginService;
  idp: DevIdp | null;
  serverUrl: string;
  /** Moves the service's clock forward. */
  advance(seconds: number): void;
  close(): Promise<void>;
}

export async function startStack(
  options: { sso?: boolean; port?: number; dbPath?: string } = {},
): Promise<Stack> {
  let offsetMs = 0;
  const clientSecret = randomBytes(24).toString('base64url');
  const idp =
    options.sso === false
      ? null
      : await startDevIdp({ clients: [demoIdpClient(clientSecret)], users: DEMO_IDP_USERS });
  const service = await startLoginService({
    seed: 'demo',
    port: options.port ?? 0,
    now: () => new Date(Date.now() + offsetMs),
    logLevel: 'silent',
    mail: 'sink',
    ...(options.dbPath ? { dbPath: options.dbPath } : {}),
  });
  if (idp) {
    setSsoConfig(
      service.db,
      {
        organisationId: 'demo-health',
        issuer: idp.issuer,
        clientId: DEMO_IDP_CLIENT_ID,
        clientSecret,
      },
      new Date(),
    );
  }
  return {
    service,
    idp,
    serverUrl: service.url,
    advance(seconds) {
      offsetMs += seconds * 1000;
    },
    async close() {
      await service.close();
      await idp?.close();
    },
  };
}
