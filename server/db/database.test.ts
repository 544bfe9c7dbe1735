// Migrations: ordered, tracked, applied once, each in a transaction; and a write that fails
// half way leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, openDatabase } from './database';
import { insertOrganisation, insertUser } from '../users';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teleq-db-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('applies the ordered migration files once and records them', () => {
    const path = join(dir, 'a.db');
    const db = openDatabase(path);
    const applied = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all() as { version: number; name: string }[];
    expect(applied[0]).toMatchObject({ version: 1, name: '001_init.sql' });
    expect(applied.map((m) => m.version)).toEqual(loadMigrations().map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    db.close();
    const reopened = openDatabase(path);
    expect(reopened.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
      n: applied.length,
    });
    reopened.close();
  });

  it('rolls a failing migration back completely, keeping the earlier version', () => {
    const db = openDatabase(join(dir, 'b.db'));
    const broken = [
      ...loadMigrations(),
      {
        version: 999,
        name: '999_broken.sql',
        sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);',
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get(),
    ).toBeUndefined();
    expect(
      db.prepare('SELECT version FROM schema_migrations WHERE version = 999').get(),
    ).toBeUndefined();
    db.close();
  });
});

describe('writes are transactions', () => {
  it('loses nothing and keeps nothing half-written when a write fails mid-way', () => {
    const db = openDatabase(join(dir, 'c.db'));
    const now = new Date();
    insertOrganisation(db, { id: 'org-a', name: 'Org A' }, now);
    const write = db.transaction(() => {
      insertUser(
        db,
        {
          username: 'first.user',
          email: 'f@a.example',
          displayName: 'F',
          organisationId: 'org-a',
          passwordHash: '$argon2id$x',
        },
        now,
      );
      // The second insert breaks a constraint: the first must not survive either.
      insertUser(
        db,
        { username: 'first.user', email: 'g@a.example', displayName: 'G', organisationId: 'org-a' },
        now,
      );
    });
    expect(() => write()).toThrow();
    expect(db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM password_history').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT id FROM organisations').all()).toEqual([{ id: 'org-a' }]);
    db.close();
  });

  it('runs with foreign keys on and in WAL mode', () => {
    const db = openDatabase(join(dir, 'd.db'));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(() =>
      insertUser(
        db,
        { username: 'orphan', email: 'o@x.example', displayName: 'O', organisationId: 'missing' },
        new Date(),
      ),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
