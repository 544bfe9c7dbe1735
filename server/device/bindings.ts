/** Which users a device (by key thumbprint) has logged in as: the memory behind R5. */
import type { JWK } from 'jose';
import type { Db } from '../db/database';

export function bindDevice(
  db: Db,
  thumbprint: string,
  jwk: JWK | null,
  userId: number,
  now: Date,
): boolean {
  const at = now.toISOString();
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO devices (thumbprint, jwk, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(thumbprint) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
    ).run(thumbprint, JSON.stringify(jwk ?? {}), at, at);
    const result = db
      .prepare(
        `INSERT INTO device_users (thumbprint, user_id, bound_at, last_login_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(thumbprint, user_id) DO UPDATE SET last_login_at = excluded.last_login_at`,
      )
      .run(thumbprint, userId, at, at);
    // changes is 1 for both insert and update; tell them apart by bound_at
    const row = db
      .prepare('SELECT bound_at FROM device_users WHERE thumbprint = ? AND user_id = ?')
      .get(thumbprint, userId) as { bound_at: string };
    return result.changes > 0 && row.bound_at === at;
  })();
}

export function isDeviceBound(db: Db, thumbprint: string, userId: number): boolean {
  return (
    db
      .prepare('SELECT 1 FROM device_users WHERE thumbprint = ? AND user_id = ?')
      .get(thumbprint, userId) !== undefined
  );
}

export function unbindDevice(db: Db, thumbprint: string, userId: number): boolean {
  return (
    db
      .prepare('DELETE FROM device_users WHERE thumbprint = ? AND user_id = ?')
      .run(thumbprint, userId).changes > 0
  );
}

/** The users known on a device, most recent login first. */
export function usersOnDevice(db: Db, thumbprint: string): number[] {
  return (
    db
      .prepare(
        'SELECT user_id FROM device_users WHERE thumbprint = ? ORDER BY last_login_at DESC, user_id',
      )
      .all(thumbprint) as { user_id: number }[]
  ).map((row) => row.user_id);
}
