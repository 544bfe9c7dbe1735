/**
 * One-time reset codes for a forgotten password: 8 digits, 15 minutes, 5 tries, single use.
 * Stored salted and hashed; a new request replaces any earlier code.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Db } from '../db/database';
import { safeEqualHex } from '../crypto-tokens';

export const RESET_CODE_DIGITS = 8;
export const RESET_CODE_TTL_SECONDS = 15 * 60;
export const RESET_CODE_MAX_ATTEMPTS = 5;

function digest(salt: string, code: string): string {
  return createHash('sha256').update(`${salt}:${code}`).digest('hex');
}

export function issueResetCode(
  db: Db,
  userId: number,
  now: Date,
): { code: string; expiresAt: Date } {
  const code = String(randomInt(0, 10 ** RESET_CODE_DIGITS)).padStart(RESET_CODE_DIGITS, '0');
  const salt = randomBytes(16).toString('hex');
  const expiresAt = new Date(now.getTime() + RESET_CODE_TTL_SECONDS * 1000);
  db.transaction(() => {
    db.prepare('UPDATE reset_codes SET used_at = ? WHERE user_id = ? AND used_at IS NULL').run(
      now.toISOString(),
      userId,
    );
    db.prepare(
      `INSERT INTO reset_codes (user_id, code_hash, salt, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(userId, digest(salt, code), salt, now.toISOString(), expiresAt.toISOString());
  })();
  return { code, expiresAt };
}

interface ResetCodeRow {
  id: number;
  code_hash: string;
  salt: string;
  expires_at: string;
  attempts: number;
}

export type CodeCheck = { ok: true; codeId: number } | { ok: false };

/** Checks a code; a wrong one uses up a try. Does not consume a right one (see consumeResetCode),
 * so a new password that breaks the rules can be corrected without a new mail. */
export function checkResetCode(db: Db, userId: number, code: string, now: Date): CodeCheck {
  return db.transaction((): CodeCheck => {
    const row = db
      .prepare(
        `SELECT id, code_hash, salt, expires_at, attempts FROM reset_codes
         WHERE user_id = ? AND used_at IS NULL ORDER BY id DESC LIMIT 1`,
      )
      .get(userId) as ResetCodeRow | undefined;
    if (!row) return { ok: false };
    if (new Date(row.expires_at).getTime() <= now.getTime()) return { ok: false };
    if (row.attempts >= RESET_CODE_MAX_ATTEMPTS) return { ok: false };
    if (safeEqualHex(row.code_hash, digest(row.salt, code.trim())))
      return { ok: true, codeId: row.id };
    db.prepare('UPDATE reset_codes SET attempts = attempts + 1 WHERE id = ?').run(row.id);
    return { ok: false };
  })();
}

export function consumeResetCode(db: Db, codeId: number, now: Date): void {
  db.prepare('UPDATE reset_codes SET used_at = ? WHERE id = ?').run(now.toISOString(), codeId);
}
