/**
 * Per-organisation SSO configuration (R11: each organisation has its own SSO address). Reads for
 * display never include the client secret; only the relying party asks for it.
 */
import type { Db } from '../db/database';

export interface SsoConfig {
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  userClaim: string;
  requiredAcr: string[] | null;
  maxAgeSeconds: number | null;
  updatedAt: string;
}

export type SsoConfigView = Omit<SsoConfig, 'clientSecret'>;

export interface SsoConfigInput {
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes?: string[];
  userClaim?: string;
  requiredAcr?: string[] | null;
  maxAgeSeconds?: number | null;
}

export const DEFAULT_SSO_SCOPES = ['openid', 'email', 'profile'];
export const DEFAULT_USER_CLAIM = 'email';

interface Row {
  organisation_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  scopes: string;
  user_claim: string;
  required_acr: string | null;
  max_age_seconds: number | null;
  updated_at: string;
}

function fromRow(row: Row): SsoConfig {
  return {
    organisationId: row.organisation_id,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: row.client_secret,
    scopes: row.scopes.split(' ').filter(Boolean),
    userClaim: row.user_claim,
    requiredAcr: row.required_acr ? row.required_acr.split(' ').filter(Boolean) : null,
    maxAgeSeconds: row.max_age_seconds,
    updatedAt: row.updated_at,
  };
}

export function getSsoConfig(db: Db, organisationId: string): SsoConfig | null {
  const row = db
    .prepare('SELECT * FROM sso_configs WHERE organisation_id = ?')
    .get(organisationId) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function hasSsoConfig(db: Db, organisationId: string): boolean {
  return (
    db.prepare('SELECT 1 FROM sso_configs WHERE organisation_id = ?').get(organisationId) !==
    undefined
  );
}

export function withoutSecret(config: SsoConfig): SsoConfigView {
  const { clientSecret: _secret, ...view } = config;
  return view;
}

export function listSsoConfigs(db: Db): SsoConfigView[] {
  return (db.prepare('SELECT * FROM sso_configs ORDER BY organisation_id').all() as Row[]).map(
    (row) => withoutSecret(fromRow(row)),
  );
}

/** Problems with an input, as sentences for the admin; empty when it can be saved. */
export function validateSsoConfig(input: SsoConfigInput): string[] {
  const problems: string[] = [];
  let issuer: URL | null = null;
  try {
    issuer = new URL(input.issuer);
  } catch {
    problems.push('the issuer must be an absolute URL');
  }
  if (issuer) {
    const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(issuer.hostname);
    if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback)) {
      problems.push('the issuer must use https (plain http only on loopback, for development)');
    }
    if (issuer.search || issuer.hash || issuer.username || issuer.password) {
      problems.push('the issuer must not carry a query, fragment or user info');
    }
  }
  if (!input.clientId.trim()) problems.push('the client id must not be empty');
  if (!input.clientSecret) problems.push('the client secret must not be empty');
  const scopes = input.scopes ?? DEFAULT_SSO_SCOPES;
  if (!scopes.includes('openid')) problems.push('the scopes must include openid');
  if (scopes.some((s) => !/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(s)))
    problems.push('a scope has invalid characters');
  const claim = input.userClaim ?? DEFAULT_USER_CLAIM;
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(claim))
    problems.push('the user claim must be a claim name, e.g. email');
  if (
    input.maxAgeSeconds != null &&
    (!Number.isInteger(input.maxAgeSeconds) || input.maxAgeSeconds < 0)
  ) {
    problems.push('max age must be a whole number of seconds');
  }
  return problems;
}

/** Creates or replaces an organisation's configuration; throws on invalid input. */
export function setSsoConfig(db: Db, input: SsoConfigInput, now: Date): SsoConfigView {
  const problems = validateSsoConfig(input);
  if (problems.length > 0) throw new Error(`invalid SSO configuration: ${problems.join('; ')}`);
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO sso_configs (organisation_id, issuer, client_id, client_secret, scopes, user_claim,
       required_acr, max_age_seconds, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(organisation_id) DO UPDATE SET issuer = excluded.issuer,
       client_id = excluded.client_id, client_secret = excluded.client_secret,
       scopes = excluded.scopes, user_claim = excluded.user_claim,
       required_acr = excluded.required_acr, max_age_seconds = excluded.max_age_seconds,
       updated_at = excluded.updated_at`,
  ).run(
    input.organisationId,
    input.issuer,
    input.clientId.trim(),
    input.clientSecret,
    (input.scopes ?? DEFAULT_SSO_SCOPES).join(' '),
    input.userClaim ?? DEFAULT_USER_CLAIM,
    input.requiredAcr && input.requiredAcr.length > 0 ? input.requiredAcr.join(' ') : null,
    input.maxAgeSeconds ?? null,
    at,
    at,
  );
  return withoutSecret(getSsoConfig(db, input.organisationId)!);
}

export function removeSsoConfig(db: Db, organisationId: string): boolean {
  return (
    db.prepare('DELETE FROM sso_configs WHERE organisation_id = ?').run(organisationId).changes > 0
  );
}
