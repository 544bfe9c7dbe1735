/**
 * `import-legacy FILE.csv`: brings users over from the old teleQ with their existing password
 * hashes, flagged legacy, so their old passwords keep working until they change them (R8).
 * Columns: username,email,display_name,organisation,password_hash[,password_changed_at].
 * An existing username is reported and left exactly as it is (R9); the import never updates.
 */
import { readFileSync } from 'node:fs';
import { EmailSchema, UsernameSchema } from '../../shared/api/schemas';
import { findOrganisation, findUserByUsername, insertUser } from '../users';
import type { NewUser } from '../users';
import type { CliCommand } from './command';
import { parseCsv } from './csv';
import { openAdminDatabase } from './db-path';

export const LEGACY_COLUMNS = [
  'username',
  'email',
  'display_name',
  'organisation',
  'password_hash',
  'password_changed_at',
] as const;

/** Hash formats the service can verify: argon2 (any variant) and passlib's PBKDF2-SHA256. */
function supportedHash(hash: string): boolean {
  return (
    /^\$argon2(id|i|d)\$/.test(hash) ||
    /^\$pbkdf2-sha256\$\d+\$[A-Za-z0-9./]+\$[A-Za-z0-9./]+$/.test(hash)
  );
}

export const importLegacyCommand: CliCommand = {
  path: ['import-legacy'],
  usage: 'import-legacy FILE.csv [--db FILE] [--dry-run]',
  summary: 'import legacy users with their existing password hashes (new users only)',
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) {
      io.err('give the CSV file: import-legacy FILE.csv');
      return 2;
    }
    const rows = parseCsv(readFileSync(file, 'utf8'));
    const header = rows.shift()?.map((h) => h.trim().toLowerCase()) ?? [];
    const index = (name: string) => header.indexOf(name);
    const missing = LEGACY_COLUMNS.slice(0, 5).filter((name) => index(name) < 0);
    if (missing.length > 0) {
      io.err(`missing columns: ${missing.join(', ')}`);
      return 2;
    }
    const db = openAdminDatabase(args);
    try {
      const now = new Date();
      const accepted: NewUser[] = [];
      let skipped = 0;
      rows.forEach((row, i) => {
        const line = i + 2;
        const get = (name: string) => (index(name) >= 0 ? (row[index(name)] ?? '').trim() : '');
        const username = UsernameSchema.safeParse(get('username'));
        const email = EmailSchema.safeParse(get('email'));
        const org = findOrganisation(db, get('organisation'));
        const hash = get('password_hash');
        const changedText = get('password_changed_at');
        const changedAt = changedText ? new Date(changedText) : now;
        const problem = !username.success
          ? 'invalid username'
          : !email.success
            ? 'invalid email'
            : !org
              ? `unknown organisation "${get('organisation')}"`
              : hash && !supportedHash(hash)
                ? 'unsupported password hash format'
                : Number.isNaN(changedAt.getTime())
                  ? 'invalid password_changed_at'
                  : findUserByUsername(db, username.data) ||
                      accepted.some((u) => u.username.toLowerCase() === username.data.toLowerCase())
                    ? 'user exists: left unchanged (only the user changes their password)'
                    : null;
        if (problem || !username.success || !email.success || !org) {
          io.err(`line ${line}: ${problem ?? 'invalid'}; skipped`);
          skipped++;
          return;
        }
        accepted.push({
          username: username.data,
          email: email.data,
          displayName: get('display_name') || username.data,
          organisationId: org.id,
          passwordHash: hash || null,
          passwordChangedAt: changedAt,
          legacy: Boolean(hash),
        });
      });
      if (!args.flags.has('dry-run')) {
        db.transaction(() => {
          for (const user of accepted) insertUser(db, user, now);
        })();
      }
      io.out(
        `${args.flags.has('dry-run') ? 'would import' : 'imported'} ${accepted.length} user(s), skipped ${skipped}`,
      );
      return skipped > 0 && accepted.length === 0 ? 1 : 0;
    } finally {
      db.close();
    }
  },
};
