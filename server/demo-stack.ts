/**
 * The demo stack: the development IdP and the login service with the demo data, Demo Health's
 * SSO pointed at that IdP. `npm start`, `npm run server -- --seed demo` and the client's
 * embedded mode start SSO-capable demos through here. The IdP starts first because the
 * service's seed must name its issuer; its client accepts the service's callback on any
 * loopback port, so the service may still pick its port freely.
 */
import { randomBytes } from 'node:crypto';
import { startDevIdp, type DevIdp } from './idp/dev-idp';
import { DEMO_IDP_USERS, demoIdpClient } from './idp/demo-users';
import { startLoginService, type LoginServiceOptions, type RunningLoginService } from './service';
import { configureDemoSso } from './sso/demo';

export interface DemoStackOptions extends Omit<LoginServiceOptions, 'seed' | 'seedOptions'> {
  /** The IdP's port; 0 (default) picks a free one. */
  idpPort?: number;
}

export interface DemoStack {
  serviceUrl: string;
  idpIssuer: string;
  service: RunningLoginService;
  idp: DevIdp;
  close(): Promise<void>;
}

export async function startDemoStack(options: DemoStackOptions = {}): Promise<DemoStack> {
  const { idpPort, ...serviceOptions } = options;
  // A fresh secret per start: nobody needs to know it, both halves get it here.
  const clientSecret = randomBytes(32).toString('base64url');
  const idp = await startDevIdp({
    port: idpPort ?? 0,
    clients: [demoIdpClient(clientSecret)],
    users: DEMO_IDP_USERS,
  });
  let service: RunningLoginService;
  try {
    service = await startLoginService({
      ...serviceOptions,
      seed: 'demo',
      seedOptions: {
        extend: (db, now) => configureDemoSso(db, { issuer: idp.issuer, clientSecret }, now),
      },
    });
  } catch (error) {
    await idp.close();
    throw error;
  }
  return {
    serviceUrl: service.url,
    idpIssuer: idp.issuer,
    service,
    idp,
    close: async () => {
      await service.close();
      await idp.close();
    },
  };
}
