/**
 * The only code that writes a user's password hash (R9). It is reached from two routes only,
 * each proving it is the user: /password/change (the current password plus a session or change
 * token) and /password/reset (a one-time code sent to the user's own email). No route, CLI
 * command or admin function calls it for someone else; a test guards that.
 */
import type { PasswordViolation } from '../../shared/password/rules';
import { checkPassword, PASSWORD_HISTORY_SIZE } from '../../shared/password/rules';
import type { Db } from '../db/database';
import { ApiHttpError } from '../http/api-error';
import type { UserRow } from '../users';
import { hashPassword, verifyPassword } from './password-hash';

/** Every rule the new password breaks, history included (checked against the last 5). */
export async function policyViolations(
  db: Db,
  user: UserRow,
  newPassword: string,
): Promise<PasswordViolation[]> {
  const violations = checkPassword(newPassword, { username: user.username, email: user.email });
  if (violations.includes('too_long')) return violations; // not worth hashing
  const history = db
    .prepare(
      'SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?',
    )
    .all(user.id, PASSWORD_HISTORY_SIZE) as { password_hash: string }[];
  const hashes = new Set(history.map((row) => row.password_hash));
  if (user.password_hash) hashes.add(user.password_hash);
  for (const hash of hashes) {
    if ((await verifyPassword(hash, newPassword)).ok) {
      violations.push('reused');
      break;
    }
  }
  return violations;
}

export function policyError(violations: PasswordViolation[]): ApiHttpError {
  return new ApiHttpError(422, 'password_policy', 'The new password does not meet the rules.', {
    violations,
  });
}

/**
 * Stores the user's own new password after the caller proved identity; runs inside the
 * caller's transaction together with whatever else the change ends (tokens, sessions).
 */
export async function hashNewPassword(db: Db, user: UserRow, newPassword: string): Promise<string> {
  const violations = await policyViolations(db, user, newPassword);
  if (violations.length > 0) throw policyError(violations);
  return hashPassword(newPassword);
}

export function storeOwnPassword(db: Db, userId: number, newHash: string, now: Date): void {
  db.prepare(
    `UPDATE users SET password_hash = ?, password_changed_at = ?, password_legacy = 0
     WHERE id = ?`,
  ).run(newHash, now.toISOString(), userId);
  db.prepare('INSERT INTO password_history (user_id, password_hash, set_at) VALUES (?, ?, ?)').run(
    userId,
    newHash,
    now.toISOString(),
  );
}

/**
 * After a successful login with an old-format hash: the same password, stored as argon2id. The
 * change date and the legacy flag stay, so a legacy password keeps its R8 status.
 */
export async function upgradeHashInPlace(db: Db, user: UserRow, password: string): Promise<void> {
  const fresh = await hashPassword(password);
  db.prepare('UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?').run(
    fresh,
    user.id,
    user.password_hash,
  );
}
