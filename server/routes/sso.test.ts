import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer as createHttpServer } from 'node:http';
import * as oidc from 'openid-client';
import { API_PATHS } from '../../shared/api/paths';
import { TestBrowser, type Page } from '../idp/testing/browser';
import { startLoginService } from '../service';
import { ApiClient } from '../testing/api-client';
import { insertOrganisation, insertUser } from '../users';
import { setSsoConfig } from '../sso/config-store';
import { DEMO_IDP_CLIENT_ID, DEMO_IDP_USERS, demoIdpClient } from '../idp/demo-users';
import { startDevIdp } from '../idp/dev-idp';
import {
  LOOPBACK_REDIRECT,
  countSessions,
  exchange,
  lastSsoFailure,
  signInAtIdp,
  startSso,
  startSsoHarness,
  type SsoHarness,
} from '../sso/testing/sso-harness';

// The whole SSO login over real HTTP against the real oidc-provider: identify, /sso/start with
// the client's PKCE, the IdP's own sign-in form (cookie jar, redirects), the broker's callback,
// the one-time code at the client's redirect URI, /sso/exchange with a real device proof. Then
// each way it must fail, each with its reason, each without a session.
const SANNA_IDP_PASSWORD = 'Revontuli-Portti-2026';
const PAULA = {
  sub: 'paula-0001',
  username: 'paula.nurse',
  password: 'Toinen-Hoitaja-2026',
  email: 'paula.nurse@demo-health.example',
  emailVerified: true,
  name: 'Paula Nurse',
};

let h: SsoHarness;

beforeAll(async () => {
  h = await startSsoHarness([PAULA]);
  insertUser(
    h.service.db,
    {
      username: 'paula.nurse',
      email: PAULA.email,
      displayName: 'Paula Nurse',
      organisationId: 'demo-health',
    },
    new Date(),
  );
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.resetClock());

function expectRefused(url: URL, reason: string): void {
  expect(url.searchParams.get('error')).toBe('sso_failed');
  expect(url.searchParams.get('reason')).toBe(reason);
  expect(url.searchParams.get('code')).toBeNull();
  expect(lastSsoFailure(h)?.reason).toBe(reason);
}

describe('SSO login through the development IdP', () => {
  it('offers SSO in step 1 only to users of an organisation that has it', async () => {
    const api = await ApiClient.create(h.service.url);
    expect((await api.identify('sanna.sso', 'sanna.sso@demo-health.example')).body).toMatchObject({
      methods: ['password', 'sso'],
      organisation: 'Demo Health',
    });
    const anna = await api.identify('anna.agent', 'anna.agent@demo-clinic.example');
    expect(anna.body.methods).toEqual(['password']);
    expect(anna.body.organisation).toBeUndefined();
  });

  it('signs sanna.sso in with her IdP password, binds the device, and the device then knows her', async () => {
    const started = await startSso(h);
    expect(started.loginPage.html).toContain('value="sanna.sso@demo-health.example"'); // login_hint
    const arrived = await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD);
    expect(arrived.origin + arrived.pathname).toBe(LOOPBACK_REDIRECT);
    const code = arrived.searchParams.get('code')!;
    expect(code.length).toBeGreaterThanOrEqual(43);

    const answer = await exchange(started.api, code, started.verifier);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('ok');
    expect(answer.body.user).toMatchObject({
      username: 'sanna.sso',
      organisation: { id: 'demo-health' },
    });

    const session = await started.api.call<{ user: { username: string } }>(
      'GET',
      API_PATHS.session,
      undefined,
      answer.body.session!.token,
    );
    expect(session.status).toBe(200);
    expect(session.body.user.username).toBe('sanna.sso');

    const hello = await started.api.hello();
    expect(hello.status).toBe(200);
    expect(hello.body.knownUsers).toEqual([
      expect.objectContaining({ username: 'sanna.sso', methods: ['password', 'sso'] }),
    ]);
    const method = h.service.db
      .prepare(
        "SELECT method FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'sanna.sso'",
      )
      .get() as { method: string };
    expect(method.method).toBe('sso');
  });

  it('on a device that knows her, starts SSO with a device proof instead of step 1, reusing the link', async () => {
    const first = await startSso(h);
    const code1 = (await signInAtIdp(first, 'sanna.sso', SANNA_IDP_PASSWORD)).searchParams.get(
      'code',
    )!;
    expect((await exchange(first.api, code1, first.verifier)).status).toBe(200);
    const links = () =>
      (h.service.db.prepare('SELECT count(*) AS n FROM sso_identities').get() as { n: number }).n;
    const linksBefore = links();

    const verifier = oidc.randomPKCECodeVerifier();
    const started = await first.api.call<{ authorizationUrl: string }>('POST', API_PATHS.ssoStart, {
      username: 'sanna.sso',
      proof: await first.api.proof(API_PATHS.ssoStart),
      codeChallenge: await oidc.calculatePKCECodeChallenge(verifier),
      redirectUri: LOOPBACK_REDIRECT,
    });
    expect(started.status).toBe(200);
    const browser = new TestBrowser((u) => u.href.startsWith(LOOPBACK_REDIRECT));
    const page = (await browser.open(started.body.authorizationUrl)) as Page;
    const done = await browser.submit(page, {
      username: 'sanna.sso',
      password: SANNA_IDP_PASSWORD,
    });
    const code = new URL(done.url).searchParams.get('code')!;
    const answer = await exchange(first.api, code, verifier);
    expect(answer.body.status).toBe('ok');
    expect(links()).toBe(linksBefore);
  });

  it('delivers the code to the embedded window through /sso/complete, whose page never shows it', async () => {
    const complete = `${h.service.url}/sso/complete`;
    const started = await startSso(h, { redirectUri: complete });
    const arrived = await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD);
    expect(arrived.origin + arrived.pathname).toBe(complete);
    const code = arrived.searchParams.get('code')!;
    const page = await fetch(arrived.href);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('You can close this window');
    expect(html).not.toContain(code);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await exchange(started.api, code, started.verifier)).body.status).toBe('ok');
  });
});

describe('SSO refusals: a clear reason, a logged reason, never a session', () => {
  let sessionsBefore: number;
  beforeEach(() => {
    sessionsBefore = countSessions(h);
  });
  const noNewSession = () => expect(countSessions(h)).toBe(sessionsBefore);

  it('the user cancels at the provider', async () => {
    const started = await startSso(h);
    const done = await started.browser.press(started.loginPage, 'Cancel');
    expectRefused(new URL(done.url), 'cancelled');
    noNewSession();
  });

  it('the provider answers an error', async () => {
    const started = await startSso(h);
    expectRefused(
      await signInAtIdp(started, 'pekka.disabled', 'Suljettu-Tili-2026'),
      'provider_error',
    );
    noNewSession();
  });

  it('the state does not match a sign-in the service started (forged or replayed callback)', async () => {
    const started = await startSso(h);
    const arrived = await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD);
    expect(arrived.searchParams.get('code')).toBeTruthy();
    // The callback URL the IdP sent the browser to, replayed now that its state is used.
    const callback = (await h.service.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE event = 'sso.callback'")
      .get()) as { n: number };
    expect(callback.n).toBeGreaterThan(0);
    const forged = await fetch(
      `${h.service.url}/sso/callback?code=abc&state=not-a-state-we-issued`,
      { redirect: 'manual' },
    );
    expect(forged.status).toBe(400);
    expect(forged.headers.get('location')).toBeNull();
    expect(await forged.text()).toContain('no longer valid');
    expect(lastSsoFailure(h)?.reason).toBe('state_mismatch');
    noNewSession();
  });

  it('a callback cannot be used twice', async () => {
    // A browser that stops at the service's callback, to replay or delay it.
    const started = await startSso(h, { stopAtCallback: true });
    const atCallback = await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD);
    const first = await fetch(atCallback.href, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const second = await fetch(atCallback.href, { redirect: 'manual' });
    expect(second.status).toBe(400);
    expect(lastSsoFailure(h)?.reason).toBe('state_mismatch');
  });

  it('a replayed one-time code', async () => {
    const started = await startSso(h);
    const code = (await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD)).searchParams.get(
      'code',
    )!;
    expect((await exchange(started.api, code, started.verifier)).body.status).toBe('ok');
    const sessionsAfterFirst = countSessions(h);
    const replay = await exchange(started.api, code, started.verifier);
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: 'sso_failed', reason: 'code_invalid' });
    expect(lastSsoFailure(h)?.reason).toBe('code_invalid');
    expect(countSessions(h)).toBe(sessionsAfterFirst);
  });

  it('an expired one-time code (over 60 seconds old)', async () => {
    const started = await startSso(h);
    const code = (await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD)).searchParams.get(
      'code',
    )!;
    h.advance(61);
    const answer = await exchange(started.api, code, started.verifier);
    expect(answer.body).toMatchObject({ error: 'sso_failed', reason: 'code_invalid' });
    expect(lastSsoFailure(h)?.detail).toBe('code expired');
    noNewSession();
  });

  it('a wrong PKCE verifier, after which the code is spent', async () => {
    const started = await startSso(h);
    const code = (await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD)).searchParams.get(
      'code',
    )!;
    const wrong = await exchange(started.api, code, oidc.randomPKCECodeVerifier());
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: 'sso_failed', reason: 'verifier_mismatch' });
    const retry = await exchange(started.api, code, started.verifier);
    expect(retry.body).toMatchObject({ error: 'sso_failed', reason: 'code_invalid' });
    noNewSession();
  });

  it('an unknown subject: a provider account with no teleQ user', async () => {
    const started = await startSso(h);
    expectRefused(
      await signInAtIdp(started, 'olli.outsider', 'Ulkona-Ovella-2026'),
      'unknown_subject',
    );
    noNewSession();
  });

  it('an unlinkable subject: the email matches but the provider has not verified it', async () => {
    const started = await startSso(h);
    expectRefused(
      await signInAtIdp(started, 'sanna.unverified', 'Vahvistamaton-Posti-2026'),
      'unknown_subject',
    );
    expect(lastSsoFailure(h)?.detail).toContain('verified');
    noNewSession();
  });

  it('a user of another organisation (Demo Clinic’s email at Demo Health’s provider)', async () => {
    const started = await startSso(h);
    expectRefused(
      await signInAtIdp(started, 'anna.agent', 'Toinen-Klinikka-2026'),
      'wrong_organisation',
    );
    noNewSession();
  });

  it('the provider signs in another user of the organisation than the one who started', async () => {
    const started = await startSso(h);
    expectRefused(await signInAtIdp(started, 'paula.nurse', PAULA.password), 'user_mismatch');
    noNewSession();
  });

  it('an ID token that has expired by the time it reaches the service', async () => {
    // A browser that stops at the service's callback, to replay or delay it.
    const started = await startSso(h, { stopAtCallback: true });
    const atCallback = await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD);
    // The IdP's ID tokens live 5 minutes; the sign-in request itself lives 10.
    h.advance(7 * 60);
    const res = await fetch(atCallback.href, { redirect: 'manual' });
    expectRefused(new URL(res.headers.get('location')!), 'invalid_token');
    noNewSession();
  });

  it('an acr the organisation does not accept', async () => {
    const db = h.service.db;
    insertOrganisation(db, { id: 'strict-health', name: 'Strict Health' }, new Date());
    insertUser(
      db,
      {
        username: 'sanna.strict',
        email: 'sanna.sso@demo-health.example',
        displayName: 'S',
        organisationId: 'strict-health',
      },
      new Date(),
    );
    setSsoConfig(
      db,
      {
        organisationId: 'strict-health',
        issuer: h.idp.issuer,
        clientId: DEMO_IDP_CLIENT_ID,
        clientSecret: h.clientSecret,
        requiredAcr: ['urn:teleq:dev-idp:mfa'],
      },
      new Date(),
    );
    const started = await startSso(h, {
      username: 'sanna.strict',
      email: 'sanna.sso@demo-health.example',
    });
    expectRefused(await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD), 'invalid_token');
    expect(lastSsoFailure(h)?.detail).toContain('acr');
    noNewSession();
  });

  it('an answer from another provider than the organisation’s (mix-up: the iss does not match)', async () => {
    const rogue = await startDevIdp({
      clients: [demoIdpClient(h.clientSecret)],
      users: DEMO_IDP_USERS,
    });
    try {
      const api = await ApiClient.create(h.service.url);
      const flow = await api.identify('sanna.sso', 'sanna.sso@demo-health.example');
      const started = await api.call<{ authorizationUrl: string }>('POST', API_PATHS.ssoStart, {
        flowId: flow.body.flowId,
        codeChallenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
        redirectUri: LOOPBACK_REDIRECT,
      });
      // The same request, state and all, answered by a provider the organisation never chose.
      const real = new URL(started.body.authorizationUrl);
      const browser = new TestBrowser((u) => u.href.startsWith(LOOPBACK_REDIRECT));
      const page = (await browser.open(
        new URL(real.pathname + real.search, rogue.issuer).href,
      )) as Page;
      const done = await browser.submit(page, {
        username: 'sanna.sso',
        password: SANNA_IDP_PASSWORD,
      });
      expectRefused(new URL(done.url), 'invalid_token');
      noNewSession();
    } finally {
      await rogue.close();
    }
  });

  it('a configured issuer that differs from the one the provider states', async () => {
    const db = h.service.db;
    insertOrganisation(db, { id: 'typo-health', name: 'Typo Health' }, new Date());
    insertUser(
      db,
      {
        username: 'tina.typo',
        email: 'tina@typo-health.example',
        displayName: 'Tina',
        organisationId: 'typo-health',
      },
      new Date(),
    );
    // A host that serves the real provider's discovery document, which names another issuer.
    const impostor = createHttpServer((_req, res) => {
      void fetch(`${h.idp.issuer}/.well-known/openid-configuration`)
        .then((r) => r.text())
        .then((doc) => res.writeHead(200, { 'content-type': 'application/json' }).end(doc));
    });
    await new Promise<void>((r) => impostor.listen(0, '127.0.0.1', () => r()));
    const impostorPort = (impostor.address() as { port: number }).port;
    setSsoConfig(
      db,
      {
        organisationId: 'typo-health',
        issuer: `http://127.0.0.1:${impostorPort}`,
        clientId: DEMO_IDP_CLIENT_ID,
        clientSecret: 'x',
      },
      new Date(),
    );
    const api = await ApiClient.create(h.service.url);
    const flow = await api.identify('tina.typo', 'tina@typo-health.example');
    const answer = await api.call('POST', API_PATHS.ssoStart, {
      flowId: flow.body.flowId,
      codeChallenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
      redirectUri: LOOPBACK_REDIRECT,
    });
    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({ error: 'sso_failed', reason: 'provider_error' });
    expect(lastSsoFailure(h)?.detail).toContain('discovery');
    impostor.close();
    noNewSession();
  });

  it('the provider is unreachable', async () => {
    const db = h.service.db;
    insertOrganisation(db, { id: 'offline-health', name: 'Offline Health' }, new Date());
    insertUser(
      db,
      {
        username: 'otto.offline',
        email: 'otto@offline-health.example',
        displayName: 'Otto',
        organisationId: 'offline-health',
      },
      new Date(),
    );
    // A port that was just free and is now closed: nothing listens there.
    const { createServer } = await import('node:net');
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    setSsoConfig(
      db,
      {
        organisationId: 'offline-health',
        issuer: `http://127.0.0.1:${port}`,
        clientId: 'x',
        clientSecret: 'y',
      },
      new Date(),
    );
    const api = await ApiClient.create(h.service.url);
    const flow = await api.identify('otto.offline', 'otto@offline-health.example');
    expect(flow.body.methods).toEqual(['password', 'sso']);
    const answer = await api.call('POST', API_PATHS.ssoStart, {
      flowId: flow.body.flowId,
      codeChallenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
      redirectUri: LOOPBACK_REDIRECT,
    });
    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({ error: 'sso_failed', reason: 'provider_unreachable' });
    expect(lastSsoFailure(h)?.reason).toBe('provider_unreachable');
    noNewSession();
  });

  it('the provider goes away between the sign-in and the token request', async () => {
    const flaky = await startDevIdp({
      clients: [demoIdpClient(h.clientSecret)],
      users: DEMO_IDP_USERS,
    });
    const db = h.service.db;
    insertOrganisation(db, { id: 'flaky-health', name: 'Flaky Health' }, new Date());
    insertUser(
      db,
      {
        username: 'fiona.flaky',
        email: 'sanna.sso@demo-health.example',
        displayName: 'F',
        organisationId: 'flaky-health',
      },
      new Date(),
    );
    setSsoConfig(
      db,
      {
        organisationId: 'flaky-health',
        issuer: flaky.issuer,
        clientId: DEMO_IDP_CLIENT_ID,
        clientSecret: h.clientSecret,
      },
      new Date(),
    );
    const started = await startSso(h, {
      username: 'fiona.flaky',
      email: 'sanna.sso@demo-health.example',
      stopAtCallback: true,
    });
    const atCallback = await signInAtIdp(started, 'sanna.sso', SANNA_IDP_PASSWORD);
    await flaky.close();
    const res = await fetch(atCallback.href, { redirect: 'manual' });
    expectRefused(new URL(res.headers.get('location')!), 'provider_unreachable');
    noNewSession();
  });

  it.each([
    'http://localhost:53682/cb',
    'https://evil.example/cb',
    'http://127.0.0.1:53682@evil.example/cb',
  ])('a redirect URI that is neither loopback nor the completion page: %s', async (redirectUri) => {
    const api = await ApiClient.create(h.service.url);
    const flow = await api.identify('sanna.sso', 'sanna.sso@demo-health.example');
    const answer = await api.call('POST', API_PATHS.ssoStart, {
      flowId: flow.body.flowId,
      codeChallenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
      redirectUri,
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'sso_failed', reason: 'invalid_redirect_uri' });
  });

  it('SSO for a user whose organisation has none, or an unknown user, is not available', async () => {
    const api = await ApiClient.create(h.service.url);
    for (const [username, email] of [
      ['anna.agent', 'anna.agent@demo-clinic.example'],
      ['nobody.here', 'nobody@demo-health.example'],
    ] as const) {
      const flow = await api.identify(username, email);
      const answer = await api.call('POST', API_PATHS.ssoStart, {
        flowId: flow.body.flowId,
        codeChallenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
        redirectUri: LOOPBACK_REDIRECT,
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'sso_not_available' });
    }
  });

  // Runs after the unknown-subject tests: it gives olli.outsider's email a teleQ user.
  it('an authentication older than the organisation’s max age (acr and auth_time checked)', async () => {
    const db = h.service.db;
    insertOrganisation(db, { id: 'fresh-health', name: 'Fresh Health' }, new Date());
    insertUser(
      db,
      {
        username: 'olli.fresh',
        email: 'olli.outsider@elsewhere.example',
        displayName: 'Olli',
        organisationId: 'fresh-health',
      },
      new Date(),
    );
    setSsoConfig(
      db,
      {
        organisationId: 'fresh-health',
        issuer: h.idp.issuer,
        clientId: DEMO_IDP_CLIENT_ID,
        clientSecret: h.clientSecret,
        requiredAcr: ['urn:teleq:dev-idp:password'],
        maxAgeSeconds: 60,
      },
      new Date(),
    );
    const who = { username: 'olli.fresh', email: 'olli.outsider@elsewhere.example' };
    // Fresh, with the accepted acr: a session.
    const fresh = await startSso(h, who);
    const code = (await signInAtIdp(fresh, 'olli.outsider', 'Ulkona-Ovella-2026')).searchParams.get(
      'code',
    )!;
    expect((await exchange(fresh.api, code, fresh.verifier)).body).toMatchObject({
      status: 'ok',
      user: { username: 'olli.fresh' },
    });

    sessionsBefore = countSessions(h);
    const stale = await startSso(h, { ...who, stopAtCallback: true });
    const atCallback = await signInAtIdp(stale, 'olli.outsider', 'Ulkona-Ovella-2026');
    h.advance(120); // the ID token (5 min) is still valid; the authentication is not fresh enough
    const res = await fetch(atCallback.href, { redirect: 'manual' });
    expectRefused(new URL(res.headers.get('location')!), 'invalid_token');
    expect(lastSsoFailure(h)?.detail).toContain('auth_time');
    noNewSession();
  });

  it('never writes the client secret to the audit log or an answer', async () => {
    const rows = h.service.db.prepare('SELECT * FROM audit_log').all();
    expect(JSON.stringify(rows)).not.toContain(h.clientSecret);
    const openapi = await fetch(`${h.service.url}/api/v1/openapi.json`);
    expect(await openapi.text()).not.toContain(h.clientSecret);
  });
});

describe('SSO rate limit', () => {
  it('limits callbacks per address, so forged states cannot flood the audit log', async () => {
    const service = await startLoginService({
      logLevel: 'silent',
      rateLimits: { sso: { limit: 2, windowSeconds: 60 } },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        statuses.push(
          (await fetch(`${service.url}/sso/callback?state=forged-${i}`, { redirect: 'manual' }))
            .status,
        );
      }
      expect(statuses).toEqual([400, 400, 429]);
    } finally {
      await service.close();
    }
  });
});
