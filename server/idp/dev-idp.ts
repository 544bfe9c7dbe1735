/**
 * The development identity provider: a real OpenID Connect provider (oidc-provider 9) on
 * loopback with its own user list and a real sign-in page, so development, demos and tests
 * exercise SSO against the same software shape as an organisation's Entra ID or Keycloak.
 * It is never meant for production: users and keys live in memory and it speaks plain HTTP.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, createHash, timingSafeEqual } from 'node:crypto';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';
import { renderErrorPage, renderLoginPage } from './login-page';

export interface DevIdpClient {
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs, e.g. `http://127.0.0.1:8470/sso/callback`. A loopback URI without a
   * port matches any port (RFC 8252 §7.3), so a service started on port 0 still fits. */
  redirectUris: string[];
  name?: string;
}

export interface DevIdpUser {
  /** Stable, opaque subject identifier (what a real IdP would issue). */
  sub: string;
  username: string;
  password: string;
  email: string;
  emailVerified: boolean;
  name: string;
  /** The provider refuses to complete sign-in for this account (an error answer, not a cancel). */
  disabled?: boolean;
}

export interface DevIdpOptions {
  port?: number;
  host?: '127.0.0.1' | '::1';
  clients: DevIdpClient[];
  users: DevIdpUser[];
  /** The Authentication Context Class Reference stated for a password sign-in. */
  acr?: string;
}

export interface DevIdp {
  issuer: string;
  close(): Promise<void>;
}

export const DEV_IDP_DEFAULT_ACR = 'urn:teleq:dev-idp:password';

const MAX_FORM_BYTES = 8 * 1024;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares fixed-length digests so the dev IdP does not teach a timing side channel by example. */
function samePassword(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(buf);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  // Browsers apply form-action to the redirects after a submit too: the sign-in form ends at the
  // relying party's callback (the service, on any loopback port), so 'self' alone would stop a
  // real browser there.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:* http://[::1]:*",
  );
  res.end(html);
}

function findUser(users: DevIdpUser[], login: string): DevIdpUser | undefined {
  const key = login.trim().toLowerCase();
  return users.find((u) => u.username.toLowerCase() === key || u.email.toLowerCase() === key);
}

export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const host = options.host ?? '127.0.0.1';
  const acr = options.acr ?? DEV_IDP_DEFAULT_ACR;
  const users = options.users.map((u) => ({ ...u }));
  const clientNames = new Map(options.clients.map((c) => [c.clientId, c.name ?? c.clientId]));

  // The issuer must name the real port, known only after listening; requests are attached once
  // the provider exists, and nobody can know the port before then.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    alg: 'RS256',
    use: 'sig',
    kid: randomBytes(8).toString('hex'),
  };

  const provider = new Provider(issuer, {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      client_name: c.name ?? c.clientId,
      redirect_uris: c.redirectUris,
      // `native` is what lets a port-less loopback redirect URI match any port (RFC 8252 §7.3).
      application_type: c.redirectUris.every((u) => /^http:\/\/(127\.0\.0\.1|\[::1\])[/:]/.test(u))
        ? 'native'
        : 'web',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username'],
    },
    // The relying party reads identity from the ID token; it may still call userinfo.
    conformIdTokenClaims: false,
    acrValues: [acr],
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
    },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 300,
      AuthorizationCode: 60,
      IdToken: 300,
      Interaction: 600,
      Grant: 600,
      Session: 3600,
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    findAccount: (_ctx: unknown, sub: string) => {
      const user = users.find((u) => u.sub === sub);
      if (!user) return undefined;
      return {
        accountId: user.sub,
        claims: () => ({
          sub: user.sub,
          preferred_username: user.username,
          name: user.name,
          email: user.email,
          email_verified: user.emailVerified,
        }),
      };
    },
    renderError: (
      ctx: { type: string; body: string },
      out: { error: string; error_description?: string },
    ) => {
      ctx.type = 'html';
      ctx.body = renderErrorPage(out.error, out.error_description);
    },
  });
  const providerCallback = provider.callback();

  async function handleInteraction(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> {
    const match = /^\/interaction\/([A-Za-z0-9_-]+)(\/login|\/abort)?$/.exec(path);
    if (!match) return sendHtml(res, 404, renderErrorPage('not_found'));
    const action = match[2];
    const details = await provider.interactionDetails(req, res);
    const clientId = String(details.params.client_id ?? '');
    const clientName = clientNames.get(clientId) ?? clientId;

    if (req.method === 'GET' && !action) {
      if (details.prompt.name === 'consent') return grantConsent(req, res, details);
      const hint =
        typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
      return sendHtml(res, 200, renderLoginPage({ uid: details.uid, clientName, loginHint: hint }));
    }
    if (req.method !== 'POST') return sendHtml(res, 405, renderErrorPage('method_not_allowed'));

    if (action === '/abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The user cancelled the sign-in' },
        { mergeWithLastSubmission: false },
      );
    }
    const form = await readForm(req);
    const login = form.get('username') ?? '';
    const password = form.get('password') ?? '';
    const user = findUser(users, login);
    // Always compare, so a wrong username costs the same as a wrong password.
    const ok =
      samePassword(password, user?.password ?? 'no-such-user-placeholder') && user !== undefined;
    if (!ok || !user) {
      return sendHtml(
        res,
        401,
        renderLoginPage({
          uid: details.uid,
          clientName,
          loginHint: login,
          error: 'Wrong username or password.',
        }),
      );
    }
    if (user.disabled) {
      return provider.interactionFinished(
        req,
        res,
        {
          error: 'login_required',
          error_description: 'This account is disabled at the identity provider',
        },
        { mergeWithLastSubmission: false },
      );
    }
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub, acr, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
  }

  // The dev IdP's clients are first-party: consent is granted on the user's behalf, as an
  // organisation's IdP does for its own registered applications.
  async function grantConsent(
    req: IncomingMessage,
    res: ServerResponse,
    details: Awaited<ReturnType<typeof provider.interactionDetails>>,
  ): Promise<void> {
    const accountId = details.session?.accountId;
    const clientId = String(details.params.client_id ?? '');
    if (!accountId) return sendHtml(res, 400, renderErrorPage('login_required'));
    const grant = details.grantId
      ? ((await provider.Grant.find(details.grantId)) ??
        new provider.Grant({ accountId, clientId }))
      : new provider.Grant({ accountId, clientId });
    const missingScope = details.prompt.details.missingOIDCScope;
    if (Array.isArray(missingScope)) grant.addOIDCScope(missingScope.join(' '));
    const missingClaims = details.prompt.details.missingOIDCClaims;
    if (Array.isArray(missingClaims)) grant.addOIDCClaims(missingClaims as string[]);
    const grantId = await grant.save();
    return provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path.startsWith('/interaction/')) {
      handleInteraction(req, res, path).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : 'error';
        if (!res.headersSent) sendHtml(res, 400, renderErrorPage('interaction_failed', message));
        else res.end();
      });
      return;
    }
    providerCallback(req, res);
  });

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
