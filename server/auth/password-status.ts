/** The password part of a login answer (R7, R8), from the user's row and the rules' date. */
import type { PasswordStatus } from '../../shared/api/schemas';
import { passwordExpiry } from '../../shared/password/expiry';
import type { PasswordExpiry } from '../../shared/password/expiry';
import type { UserRow } from '../users';

export function expiryOf(user: UserRow, rulesEffectiveAt: Date, now: Date): PasswordExpiry {
  const changedAt = new Date(user.password_changed_at ?? user.created_at);
  return passwordExpiry({ changedAt, legacy: user.password_legacy === 1 }, rulesEffectiveAt, now);
}

export function passwordStatusOf(user: UserRow, rulesEffectiveAt: Date, now: Date): PasswordStatus {
  const expiry = expiryOf(user, rulesEffectiveAt, now);
  return {
    expiresAt: expiry.expiresAt.toISOString(),
    daysLeft: expiry.daysLeft,
    warning: expiry.warning,
    legacy: user.password_legacy === 1,
  };
}
