/**
 * Password expiry (R7, R8): a password must be changed every 180 days. A legacy password (set
 * before the rules took effect) keeps working and counts its 180 days from the date the rules
 * took effect, so it works until its owner changes it. Warn 14 days ahead.
 */
export const PASSWORD_MAX_AGE_DAYS = 180;
export const PASSWORD_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PasswordAge {
  /** When the password was last set. */
  changedAt: Date;
  /** Set before the new rules (imported); see R8. */
  legacy: boolean;
}

export interface PasswordExpiry {
  expiresAt: Date;
  /** Whole days left, rounded down; 0 on the last day; negative once expired. */
  daysLeft: number;
  expired: boolean;
  warning: boolean;
}

export function passwordExpiry(
  age: PasswordAge,
  rulesEffectiveAt: Date,
  now: Date,
): PasswordExpiry {
  const start = age.legacy && age.changedAt < rulesEffectiveAt ? rulesEffectiveAt : age.changedAt;
  const expiresAt = new Date(start.getTime() + PASSWORD_MAX_AGE_DAYS * DAY_MS);
  const msLeft = expiresAt.getTime() - now.getTime();
  const daysLeft = Math.floor(msLeft / DAY_MS);
  const expired = msLeft <= 0;
  return {
    expiresAt,
    daysLeft,
    expired,
    warning: !expired && daysLeft < PASSWORD_WARNING_DAYS + 1,
  };
}
