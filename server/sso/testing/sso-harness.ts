/**
 * Test harness for SSO over real HTTP: the login service with the demo data, the development
 * IdP with the demo users, Demo Health configured to use it, a service clock a test can move,
 * and helpers that walk a login the way the client does (identify, start with PKCE, sign in at
 * the IdP's page, arrive at the redirect URI, exchange with a device proof).
 */
import * as oidc from 'openid-client';
import { API_PATHS } from '../../../shared/api/paths';
import { startLoginService, type RunningLoginService } from '../../service';
import { ApiClient } from '../../testing/api-client';
import { startDevIdp, type DevIdp, type DevIdpUser } from '../../idp/dev-idp';
import { DEMO_IDP_CLIENT_ID, DEMO_IDP_USERS, demoIdpClient } from '../../idp/demo-users';
import { TestBrowser, isPage, type Page } from '../../idp/testing/browser';
import { setSsoConfig } from '../config-store';

export interface SsoHarness {
  service: RunningLoginService;
  idp: DevIdp;
  clientSecret: string;
  /** Moves the service's clock (not the IdP's). */
  advance(seconds: number): void;
  resetClock(): void;
  close(): Promise<void>;
}

export async function startSsoHarness(extraIdpUsers: DevIdpUser[] = []): Promise<SsoHarness> {
  const clientSecret = oidc.randomState();
  let offsetMs = 0;
  const idp = await startDevIdp({
    clients: [demoIdpClient(clientSecret)],
    users: [...DEMO_IDP_USERS, ...extraIdpUsers],
  });
  const service = await startLoginService({
    seed: 'demo',
    now: () => new Date(Date.now() + offsetMs),
    logLevel: 'silent',
    // Every test here logs in from 127.0.0.1 within a minute; the limits have their own tests.
    rateLimits: Object.fromEntries(
      ['identify', 'login', 'device', 'sso'].map((bucket) => [
        bucket,
        { limit: 10_000, windowSeconds: 60 },
      ]),
    ),
  });
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
  return {
    service,
    idp,
    clientSecret,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    resetClock: () => {
      offsetMs = 0;
    },
    close: async () => {
      await service.close();
      await idp.close();
    },
  };
}

export const LOOPBACK_REDIRECT = 'http://127.0.0.1:53682/teleq/sso';

export interface StartedLogin {
  api: ApiClient;
  verifier: string;
  browser: TestBrowser;
  loginPage: Page;
}

/** Identify + /sso/start + open the provider's sign-in page. */
export async function startSso(
  h: SsoHarness,
  opts: {
    username?: string;
    email?: string;
    redirectUri?: string;
    api?: ApiClient;
    /** Stop at the service's /sso/callback instead (to replay it or to delay it). */
    stopAtCallback?: boolean;
  } = {},
): Promise<StartedLogin> {
  const api = opts.api ?? (await ApiClient.create(h.service.url));
  const identified = await api.identify(
    opts.username ?? 'sanna.sso',
    opts.email ?? 'sanna.sso@demo-health.example',
  );
  if (!identified.body.methods.includes('sso'))
    throw new Error(`SSO not offered: ${JSON.stringify(identified.body)}`);
  const verifier = oidc.randomPKCECodeVerifier();
  const redirectUri = opts.redirectUri ?? LOOPBACK_REDIRECT;
  const started = await api.call<{ authorizationUrl: string }>('POST', API_PATHS.ssoStart, {
    flowId: identified.body.flowId,
    codeChallenge: await oidc.calculatePKCECodeChallenge(verifier),
    redirectUri,
  });
  if (started.status !== 200)
    throw new Error(`sso/start: ${started.status} ${JSON.stringify(started.body)}`);
  const stop = new URL(redirectUri);
  const browser = new TestBrowser((u) =>
    opts.stopAtCallback
      ? u.pathname === '/sso/callback'
      : u.origin === stop.origin && u.pathname === stop.pathname,
  );
  const loginPage = await browser.open(started.body.authorizationUrl);
  if (!isPage(loginPage)) throw new Error('expected the IdP sign-in page');
  return { api, verifier, browser, loginPage };
}

/** Signs in at the IdP; answers the URL the client's redirect URI received. */
export async function signInAtIdp(
  started: StartedLogin,
  username: string,
  password: string,
): Promise<URL> {
  const result = await started.browser.submit(started.loginPage, { username, password });
  if (isPage(result))
    throw new Error(`stuck at ${result.url} (${result.status}): ${result.html.slice(0, 300)}`);
  return new URL(result.url);
}

export interface ExchangeAnswer {
  status?: string;
  session?: { token: string };
  user?: { username: string; organisation: { id: string } };
  error?: string;
  reason?: string;
}

export async function exchange(api: ApiClient, code: string, verifier: string) {
  return api.call<ExchangeAnswer>('POST', API_PATHS.ssoExchange, {
    code,
    codeVerifier: verifier,
    proof: await api.proof(API_PATHS.ssoExchange),
  });
}

export function countSessions(h: SsoHarness): number {
  return (h.service.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
}

export function lastSsoFailure(h: SsoHarness): { reason: string; detail: string } | null {
  const row = h.service.db
    .prepare("SELECT details FROM audit_log WHERE event = 'sso.failure' ORDER BY id DESC LIMIT 1")
    .get() as { details: string } | undefined;
  return row ? (JSON.parse(row.details) as { reason: string; detail: string }) : null;
}
