/** Users and organisations as the routes need them. */
import type { User } from '../shared/api/schemas';
import type { Db } from './db/database';

export interface UserRow {
  id: number;
  username: string;
  email: string;
  display_name: string;
  organisation_id: string;
  organisation_name: string;
  password_hash: string | null;
  password_changed_at: string | null;
  password_legacy: number;
  created_at: string;
}

const SELECT_USER = `SELECT u.*, o.name AS organisation_name
  FROM users u JOIN organisations o ON o.id = u.organisation_id`;

export function findUserByUsername(db: Db, username: string): UserRow | null {
  return (
    (db.prepare(`${SELECT_USER} WHERE u.username = ?`).get(username.trim()) as
      UserRow | undefined) ?? null
  );
}

export function findUserById(db: Db, id: number): UserRow | null {
  return (db.prepare(`${SELECT_USER} WHERE u.id = ?`).get(id) as UserRow | undefined) ?? null;
}

/** Email addresses are compared case-insensitively and trimmed, as people type them. */
export function emailMatches(user: UserRow, email: string): boolean {
  return user.email.trim().toLowerCase() === email.trim().toLowerCase();
}

export function toApiUser(user: UserRow): User {
  return {
    username: user.username,
    displayName: user.display_name,
    email: user.email,
    organisation: { id: user.organisation_id, name: user.organisation_name },
  };
}

export interface OrganisationRow {
  id: string;
  name: string;
  created_at: string;
}

export function findOrganisation(db: Db, idOrName: string): OrganisationRow | null {
  return (
    (db
      .prepare('SELECT * FROM organisations WHERE id = ? OR name = ? COLLATE NOCASE')
      .get(idOrName, idOrName) as OrganisationRow | undefined) ?? null
  );
}

export function insertOrganisation(db: Db, org: { id: string; name: string }, now: Date): void {
  db.prepare('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)').run(
    org.id,
    org.name,
    now.toISOString(),
  );
}

export interface NewUser {
  username: string;
  email: string;
  displayName: string;
  organisationId: string;
  /** Only for accounts created together with their password (seed, legacy import). */
  passwordHash?: string | null;
  passwordChangedAt?: Date | null;
  legacy?: boolean;
}

/**
 * Creates a new user; refuses an existing username. There is deliberately no function that
 * updates another user's password (R9): see auth/own-password.ts.
 */
export function insertUser(db: Db, user: NewUser, now: Date): number {
  return db.transaction(() => {
    const result = db
      .prepare(
        `INSERT INTO users (username, email, display_name, organisation_id, password_hash,
           password_changed_at, password_legacy, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        user.username.trim(),
        user.email.trim(),
        user.displayName,
        user.organisationId,
        user.passwordHash ?? null,
        user.passwordHash ? (user.passwordChangedAt ?? now).toISOString() : null,
        user.legacy ? 1 : 0,
        now.toISOString(),
      );
    const id = Number(result.lastInsertRowid);
    if (user.passwordHash) {
      db.prepare(
        'INSERT INTO password_history (user_id, password_hash, set_at) VALUES (?, ?, ?)',
      ).run(id, user.passwordHash, (user.passwordChangedAt ?? now).toISOString());
    }
    return id;
  })();
}
