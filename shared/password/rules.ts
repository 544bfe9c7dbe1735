/**
 * The password rules (R6 and the compatible extras of DESIGN.md section 4), one pure module
 * used both by the renderer's live checklist and by the service's enforcement. It reports every
 * violated rule, as stable codes, never just the first.
 */
import { isCommonPassword } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** How many previous passwords a new one may not repeat. */
export const PASSWORD_HISTORY_SIZE = 5;

/** Stable violation codes; the service answers them in `422 password_policy`. */
export const PASSWORD_VIOLATIONS = [
  'too_short',
  'missing_uppercase',
  'missing_lowercase',
  'missing_digit',
  'missing_special',
  'too_long',
  'contains_username',
  'contains_email',
  'common_password',
  'reused',
] as const;
export type PasswordViolation = (typeof PASSWORD_VIOLATIONS)[number];

/** The items a checklist shows while the user types, in display order. `reused` is known only
 * to the service (it holds the history), so the checklist shows it after the server answers. */
export const PASSWORD_CHECKLIST: readonly PasswordViolation[] = [
  'too_short',
  'missing_uppercase',
  'missing_lowercase',
  'missing_digit',
  'missing_special',
  'too_long',
  'contains_username',
  'contains_email',
  'common_password',
];

export interface PasswordContext {
  username?: string | undefined;
  email?: string | undefined;
}

/** Length in user-perceived characters (code points after NFC), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

/** Every rule the password breaks; empty when it is acceptable (history aside). */
export function checkPassword(
  password: string,
  context: PasswordContext = {},
): PasswordViolation[] {
  const pw = password.normalize('NFC');
  const length = passwordLength(pw);
  const violations: PasswordViolation[] = [];
  if (length < PASSWORD_MIN_LENGTH) violations.push('too_short');
  if (!/\p{Lu}/u.test(pw)) violations.push('missing_uppercase');
  if (!/\p{Ll}/u.test(pw)) violations.push('missing_lowercase');
  if (!/\p{Nd}/u.test(pw)) violations.push('missing_digit');
  // Anything that is neither a letter nor a digit counts as special, space included (OWASP).
  if (!/[^\p{L}\p{N}]/u.test(pw)) violations.push('missing_special');
  if (length > PASSWORD_MAX_LENGTH) violations.push('too_long');
  const lower = pw.toLocaleLowerCase('fi');
  const username = context.username?.trim().toLocaleLowerCase('fi') ?? '';
  if (username.length >= 3 && lower.includes(username)) violations.push('contains_username');
  const localPart = context.email?.split('@')[0]?.trim().toLocaleLowerCase('fi') ?? '';
  if (localPart.length >= 3 && lower.includes(localPart)) violations.push('contains_email');
  if (length >= 1 && isCommonPassword(pw)) violations.push('common_password');
  return violations;
}

export function isPasswordAcceptable(password: string, context: PasswordContext = {}): boolean {
  return checkPassword(password, context).length === 0;
}
