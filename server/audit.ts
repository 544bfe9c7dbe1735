/**
 * Security events (logins and failures, lockouts, password changes and resets, device bindings,
 * SSO outcomes) go to the audit table and to the log. Callers pass names and ids, never a
 * password, code or token; `details` is for reasons and counts.
 */
import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './db/database';

export type AuditOutcome = 'success' | 'failure' | 'info';

export interface AuditEvent {
  event: string;
  outcome: AuditOutcome;
  userId?: number | null;
  username?: string | null;
  ip?: string | null;
  device?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

/**
 * How the audit names what someone typed as a username when no account matched: people type
 * their password into the username field, so the text itself is never stored, only a short
 * digest that still groups repeated attempts at the same name.
 */
export function auditUsername(typed: string, matched: { username: string } | null): string {
  if (matched) return matched.username;
  const digest = createHash('sha256').update(typed.trim().toLowerCase()).digest('hex');
  return `unknown:${digest.slice(0, 12)}`;
}

export interface AuditLog {
  record(event: AuditEvent): void;
}

export function createAuditLog(db: Db, log: FastifyBaseLogger, now: () => Date): AuditLog {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, event, outcome, user_id, username, ip, device, details)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    record(event) {
      insert.run(
        now().toISOString(),
        event.event,
        event.outcome,
        event.userId ?? null,
        event.username ?? null,
        event.ip ?? null,
        event.device ?? null,
        event.details ? JSON.stringify(event.details) : null,
      );
      log.info({ audit: event }, `audit ${event.event} ${event.outcome}`);
    },
  };
}

export interface AuditRow {
  id: number;
  at: string;
  event: string;
  outcome: string;
  user_id: number | null;
  username: string | null;
  ip: string | null;
  device: string | null;
  details: string | null;
}

export function readAudit(db: Db, event?: string): AuditRow[] {
  return (
    event
      ? db.prepare('SELECT * FROM audit_log WHERE event = ? ORDER BY id').all(event)
      : db.prepare('SELECT * FROM audit_log ORDER BY id').all()
  ) as AuditRow[];
}
