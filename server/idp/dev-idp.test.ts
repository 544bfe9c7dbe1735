import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startDevIdp, type DevIdp } from './dev-idp';
import { DEMO_IDP_CLIENT_ID, DEMO_IDP_USERS, demoIdpClient } from './demo-users';
import { TestBrowser, isPage, type Page } from './testing/browser';

// The dev IdP is what SSO is proven against, so its own behaviour is pinned here: a person can
// sign in on its page, a wrong password is refused on the page, Cancel and a disabled account
// come back to the relying party as OAuth errors, and any loopback port is accepted.
const SECRET = 'test-secret-0123456789';
const RP_CALLBACK = 'http://127.0.0.1:45678/sso/callback';
let idp: DevIdp;
let config: oidc.Configuration;

beforeAll(async () => {
  idp = await startDevIdp({ clients: [demoIdpClient(SECRET)], users: DEMO_IDP_USERS });
  config = await oidc.discovery(new URL(idp.issuer), DEMO_IDP_CLIENT_ID, SECRET, undefined, {
    execute: [oidc.allowInsecureRequests],
  });
});
afterAll(async () => {
  await idp?.close();
});

async function authorize(loginHint?: string) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: RP_CALLBACK,
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  const browser = new TestBrowser((u) => u.origin === new URL(RP_CALLBACK).origin);
  const page = await browser.open(url.href);
  if (!isPage(page)) throw new Error('expected the login page');
  return { browser, page, verifier, state, nonce };
}

describe('development identity provider', () => {
  it('shows a sign-in page prefilled with the login hint, and signs sanna.sso in with her IdP password', async () => {
    const { browser, page, verifier, state, nonce } = await authorize('sanna.sso');
    expect(page.status).toBe(200);
    expect(page.html).toContain('value="sanna.sso"');
    const done = await browser.submit(page, {
      username: 'sanna.sso',
      password: 'Revontuli-Portti-2026',
    });
    expect(isPage(done)).toBe(false);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(done.url), {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    expect(claims.iss).toBe(idp.issuer);
    expect(claims.aud).toBe(DEMO_IDP_CLIENT_ID);
    expect(claims.email).toBe('sanna.sso@demo-health.example');
    expect(claims.email_verified).toBe(true);
    expect(claims.preferred_username).toBe('sanna.sso');
  });

  it('refuses her teleQ password on its own page and does not redirect', async () => {
    const { browser, page } = await authorize();
    const again = (await browser.submit(page, {
      username: 'sanna.sso',
      password: 'Sairaala-Vuoro-2026',
    })) as Page;
    expect(isPage(again)).toBe(true);
    expect(again.status).toBe(401);
    expect(again.html).toContain('Wrong username or password');
  });

  it('returns access_denied to the relying party when the user cancels', async () => {
    const { browser, page } = await authorize();
    const done = await browser.press(page, 'Cancel');
    const params = new URL(done.url).searchParams;
    expect(params.get('error')).toBe('access_denied');
  });

  it('returns an error (not access_denied) for an account it has disabled', async () => {
    const { browser, page } = await authorize();
    const done = await browser.submit(page, {
      username: 'pekka.disabled',
      password: 'Suljettu-Tili-2026',
    });
    expect(new URL(done.url).searchParams.get('error')).toBe('login_required');
  });

  it('escapes a hostile login hint instead of rendering it', async () => {
    const { page } = await authorize('"><script>alert(1)</script>');
    expect(page.html).not.toContain('<script>alert(1)</script>');
    expect(page.html).toContain('&lt;script&gt;');
  });

  it('refuses a redirect URI that is not registered', async () => {
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: 'http://evil.example/sso/callback',
      scope: 'openid',
      state: oidc.randomState(),
      code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    const page = (await new TestBrowser().open(url.href)) as Page;
    expect(page.status).toBe(400);
    expect(page.html).toContain('redirect_uri');
  });
});
