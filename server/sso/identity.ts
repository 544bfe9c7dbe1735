/**
 * Maps a provider's identity to a teleQ user. An identity is the pair issuer + subject; once
 * linked, only that link counts. The first login links by the organisation's configured claim,
 * and only to a user of the organisation whose provider answered, and only when the provider
 * vouches for the user's teleQ email address (email_verified). Everything else is refused with
 * a reason, and never falls back to "the user who started the flow".
 */
import type { Db } from '../db/database';
import { findUserById, type UserRow } from '../users';

export interface ProviderIdentity {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
}

export type Resolution =
  | { ok: true; user: UserRow; newlyLinked: boolean }
  | { ok: false; reason: 'unknown_subject' | 'wrong_organisation'; detail: string };

const SELECT_USER = `SELECT u.*, o.name AS organisation_name
  FROM users u JOIN organisations o ON o.id = u.organisation_id`;

function candidatesByClaim(db: Db, claim: string, value: string): UserRow[] {
  if (claim === 'email') {
    return db
      .prepare(`${SELECT_USER} WHERE lower(trim(u.email)) = lower(trim(?))`)
      .all(value) as UserRow[];
  }
  // Any other claim (preferred_username, upn, ...) names the teleQ username.
  return db.prepare(`${SELECT_USER} WHERE u.username = ?`).all(value.trim()) as UserRow[];
}

export function resolveIdentity(
  db: Db,
  input: { organisationId: string; userClaim: string; identity: ProviderIdentity; now: Date },
): Resolution {
  const { identity, organisationId } = input;
  const link = db
    .prepare('SELECT user_id FROM sso_identities WHERE issuer = ? AND subject = ?')
    .get(identity.issuer, identity.subject) as { user_id: number } | undefined;
  if (link) {
    const user = findUserById(db, link.user_id);
    if (!user)
      return { ok: false, reason: 'unknown_subject', detail: 'linked user no longer exists' };
    if (user.organisation_id !== organisationId) {
      return {
        ok: false,
        reason: 'wrong_organisation',
        detail: 'linked user belongs to another organisation',
      };
    }
    db.prepare('UPDATE sso_identities SET last_login_at = ? WHERE issuer = ? AND subject = ?').run(
      input.now.toISOString(),
      identity.issuer,
      identity.subject,
    );
    return { ok: true, user, newlyLinked: false };
  }

  const value = identity.claims[input.userClaim];
  if (typeof value !== 'string' || value.trim() === '') {
    return {
      ok: false,
      reason: 'unknown_subject',
      detail: `the provider sent no ${input.userClaim} claim`,
    };
  }
  const candidates = candidatesByClaim(db, input.userClaim, value);
  const inOrganisation = candidates.filter((u) => u.organisation_id === organisationId);
  if (inOrganisation.length === 0) {
    return candidates.length > 0
      ? {
          ok: false,
          reason: 'wrong_organisation',
          detail: `${input.userClaim} names a user of another organisation`,
        }
      : {
          ok: false,
          reason: 'unknown_subject',
          detail: `no user of the organisation has this ${input.userClaim}`,
        };
  }
  if (inOrganisation.length > 1) {
    return {
      ok: false,
      reason: 'unknown_subject',
      detail: `${input.userClaim} is ambiguous in the organisation`,
    };
  }
  const user = inOrganisation[0]!;
  const email = identity.claims.email;
  if (identity.claims.email_verified !== true || typeof email !== 'string') {
    return { ok: false, reason: 'unknown_subject', detail: 'first login needs a verified email' };
  }
  if (email.trim().toLowerCase() !== user.email.trim().toLowerCase()) {
    return {
      ok: false,
      reason: 'unknown_subject',
      detail: "verified email differs from the user's teleQ email",
    };
  }
  const already = db
    .prepare('SELECT 1 FROM sso_identities WHERE user_id = ? AND issuer = ?')
    .get(user.id, identity.issuer);
  if (already) {
    return {
      ok: false,
      reason: 'unknown_subject',
      detail: 'the user is already linked to another subject of this provider',
    };
  }
  const at = input.now.toISOString();
  db.prepare(
    'INSERT INTO sso_identities (issuer, subject, user_id, linked_at, last_login_at) VALUES (?, ?, ?, ?, ?)',
  ).run(identity.issuer, identity.subject, user.id, at, at);
  return { ok: true, user, newlyLinked: true };
}

/** Removes a user's links (admin: the provider account was replaced); the next login links anew. */
export function unlinkUser(db: Db, userId: number): number {
  return db.prepare('DELETE FROM sso_identities WHERE user_id = ?').run(userId).changes;
}

export function linksOf(
  db: Db,
  userId: number,
): { issuer: string; subject: string; linked_at: string }[] {
  return db
    .prepare(
      'SELECT issuer, subject, linked_at FROM sso_identities WHERE user_id = ? ORDER BY issuer',
    )
    .all(userId) as { issuer: string; subject: string; linked_at: string }[];
}
