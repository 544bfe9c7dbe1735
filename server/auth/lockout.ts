/**
 * Per-account lockout: 5 consecutive failures lock for 1 minute, each further failure doubles
 * the wait up to 15 minutes; a success resets it. Keyed by the lower-cased username as given,
 * whether or not such an account exists, so unknown accounts behave exactly like known ones.
 */
import type { Db } from '../db/database';

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_BASE_SECONDS = 60;
export const LOCKOUT_MAX_SECONDS = 15 * 60;

export function lockoutKey(username: string): string {
  return username.trim().toLocaleLowerCase('fi');
}

interface FailureRow {
  failures: number;
  locked_until: string | null;
}

/** Seconds until the account unlocks, or 0 when it is not locked. */
export function lockedForSeconds(db: Db, username: string, now: Date): number {
  const row = db
    .prepare('SELECT failures, locked_until FROM login_failures WHERE username_key = ?')
    .get(lockoutKey(username)) as FailureRow | undefined;
  if (!row?.locked_until) return 0;
  const ms = new Date(row.locked_until).getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** Records a failure; returns the lock in seconds it caused (0 when none). */
export function recordFailure(db: Db, username: string, now: Date): number {
  return db.transaction(() => {
    const key = lockoutKey(username);
    const row = db
      .prepare('SELECT failures FROM login_failures WHERE username_key = ?')
      .get(key) as FailureRow | undefined;
    const failures = (row?.failures ?? 0) + 1;
    const lockSeconds =
      failures >= LOCKOUT_THRESHOLD
        ? Math.min(LOCKOUT_BASE_SECONDS * 2 ** (failures - LOCKOUT_THRESHOLD), LOCKOUT_MAX_SECONDS)
        : 0;
    const lockedUntil = lockSeconds ? new Date(now.getTime() + lockSeconds * 1000) : null;
    db.prepare(
      `INSERT INTO login_failures (username_key, failures, locked_until, last_failure_at)
       VALUES (?, ?, ?, ?) ON CONFLICT(username_key) DO UPDATE SET failures = excluded.failures,
       locked_until = excluded.locked_until, last_failure_at = excluded.last_failure_at`,
    ).run(key, failures, lockedUntil?.toISOString() ?? null, now.toISOString());
    return lockSeconds;
  })();
}

export function resetFailures(db: Db, username: string): void {
  db.prepare('DELETE FROM login_failures WHERE username_key = ?').run(lockoutKey(username));
}
