/** Service-wide settings kept in the database, so they survive restarts. */
import type { Db } from './database';

export function getSetting(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM service_settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes the value only if none is stored yet; returns the stored value. */
export function initSetting(db: Db, key: string, value: string): string {
  db.prepare('INSERT OR IGNORE INTO service_settings (key, value) VALUES (?, ?)').run(key, value);
  return getSetting(db, key) ?? value;
}

/**
 * The rules took effect (R8) when this service's database was created, unless configured: a
 * password imported from the old system then has 180 days from the switch-over.
 */
export function rulesEffectiveAt(db: Db, now: Date, configured?: Date): Date {
  if (configured) return configured;
  return new Date(initSetting(db, 'rules_effective_at', now.toISOString()));
}
