/**
 * Sessions and change tokens. Tokens are 256-bit CSPRNG values handed out once; the database
 * holds only their SHA-256, so a leaked database opens no session. A session ends at the first
 * of: logout, its absolute lifetime, or its idle lifetime since last use.
 */
import type { Db } from '../db/database';
import { randomToken, sha256Hex } from '../crypto-tokens';

export type LoginMethodUsed = 'password' | 'sso' | 'reset';

export interface SessionLifetimes {
  idleSeconds: number;
  absoluteSeconds: number;
}

export interface SessionRow {
  id: number;
  token_hash: string;
  user_id: number;
  device_thumbprint: string | null;
  method: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

export function createSession(
  db: Db,
  input: { userId: number; deviceThumbprint: string | null; method: LoginMethodUsed },
  lifetimes: SessionLifetimes,
  now: Date,
): IssuedSession {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + lifetimes.absoluteSeconds * 1000);
  db.prepare(
    `INSERT INTO sessions (token_hash, user_id, device_thumbprint, method, created_at,
       last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    sha256Hex(token),
    input.userId,
    input.deviceThumbprint,
    input.method,
    now.toISOString(),
    now.toISOString(),
    expiresAt.toISOString(),
  );
  return { token, expiresAt, idleExpiresAt: idleExpiry(now, expiresAt, lifetimes) };
}

function idleExpiry(lastSeen: Date, expiresAt: Date, lifetimes: SessionLifetimes): Date {
  const idle = lastSeen.getTime() + lifetimes.idleSeconds * 1000;
  return new Date(Math.min(idle, expiresAt.getTime()));
}

export interface LiveSession {
  row: SessionRow;
  expiresAt: Date;
  idleExpiresAt: Date;
}

/** The live session for a token, touched (its idle clock restarts), or null. */
export function useSession(
  db: Db,
  token: string,
  lifetimes: SessionLifetimes,
  now: Date,
): LiveSession | null {
  const row = db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(sha256Hex(token)) as
    SessionRow | undefined;
  if (!row || row.revoked_at) return null;
  const expiresAt = new Date(row.expires_at);
  if (expiresAt.getTime() <= now.getTime()) return null;
  if (idleExpiry(new Date(row.last_seen_at), expiresAt, lifetimes).getTime() <= now.getTime())
    return null;
  db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), row.id);
  return { row, expiresAt, idleExpiresAt: idleExpiry(now, expiresAt, lifetimes) };
}

export function revokeSession(db: Db, token: string, now: Date): SessionRow | null {
  const row = db
    .prepare('SELECT * FROM sessions WHERE token_hash = ? AND revoked_at IS NULL')
    .get(sha256Hex(token)) as SessionRow | undefined;
  if (!row) return null;
  db.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ?').run(now.toISOString(), row.id);
  return row;
}

/** Ends every session of a user (password reset), or all but one (password change). */
export function revokeUserSessions(db: Db, userId: number, now: Date, exceptId?: number): number {
  return db
    .prepare(
      'UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND id != ?',
    )
    .run(now.toISOString(), userId, exceptId ?? -1).changes;
}

// ---------------------------------------------------------------------------------------------
// Change tokens: an expired password logs in only to this, which allows only /password/change.

export const CHANGE_TOKEN_TTL_SECONDS = 10 * 60;

export interface ChangeTokenRow {
  token_hash: string;
  user_id: number;
  device_thumbprint: string | null;
  method: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export function createChangeToken(
  db: Db,
  input: { userId: number; deviceThumbprint: string | null; method: LoginMethodUsed },
  now: Date,
): { token: string; expiresAt: Date } {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + CHANGE_TOKEN_TTL_SECONDS * 1000);
  db.prepare(
    `INSERT INTO change_tokens (token_hash, user_id, device_thumbprint, method, created_at,
       expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    sha256Hex(token),
    input.userId,
    input.deviceThumbprint,
    input.method,
    now.toISOString(),
    expiresAt.toISOString(),
  );
  return { token, expiresAt };
}

export function findChangeToken(db: Db, token: string, now: Date): ChangeTokenRow | null {
  const row = db
    .prepare('SELECT * FROM change_tokens WHERE token_hash = ?')
    .get(sha256Hex(token)) as ChangeTokenRow | undefined;
  if (!row || row.used_at || new Date(row.expires_at).getTime() <= now.getTime()) return null;
  return row;
}

export function markChangeTokenUsed(db: Db, tokenHash: string, now: Date): void {
  db.prepare('UPDATE change_tokens SET used_at = ? WHERE token_hash = ?').run(
    now.toISOString(),
    tokenHash,
  );
}

export function revokeUserChangeTokens(db: Db, userId: number, now: Date): void {
  db.prepare('UPDATE change_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL').run(
    now.toISOString(),
    userId,
  );
}
