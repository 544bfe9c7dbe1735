// The password rules (R6 and the compatible extras): every violated rule reported, as stable codes.
import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  isPasswordAcceptable,
  passwordLength,
  PASSWORD_CHECKLIST,
  PASSWORD_VIOLATIONS,
} from './rules';

describe('checkPassword (R6)', () => {
  it.each([
    ['Callback-Queue-2026', []],
    ['Sairaala-Vuoro-2026', []],
    ['Jono Vuoro Syksy 7', []], // a space counts as special
    ['Ääkkönen-Vuoro-9x', []], // Finnish letters are letters
  ])('accepts %s', (password, expected) => {
    expect(
      checkPassword(password, { username: 'anna.agent', email: 'anna.agent@demo-clinic.example' }),
    ).toEqual(expected);
  });

  it.each([
    ['Short-1a', ['too_short']],
    ['callback-queue-2026', ['missing_uppercase']],
    ['CALLBACK-QUEUE-2026', ['missing_lowercase']],
    ['Callback-Queue-Two', ['missing_digit']],
    ['CallbackQueue2026', ['missing_special']],
    [
      'abc',
      ['too_short', 'missing_uppercase', 'missing_digit', 'missing_special', 'common_password'],
    ],
  ])('refuses %s with %j', (password, expected) => {
    expect(checkPassword(password)).toEqual(expected);
  });

  it('reports every rule at once, not only the first', () => {
    expect(checkPassword('')).toEqual(
      expect.arrayContaining([
        'too_short',
        'missing_uppercase',
        'missing_lowercase',
        'missing_digit',
        'missing_special',
      ]),
    );
  });

  it('counts characters, not UTF-16 units, and caps the length at 128', () => {
    expect(passwordLength('Ää😀')).toBe(3);
    expect(checkPassword('Aa1!' + 'x'.repeat(124))).toEqual([]);
    expect(checkPassword('Aa1!' + 'x'.repeat(125))).toEqual(['too_long']);
    // Eleven characters, one of them an emoji of two UTF-16 units: still too short.
    expect(checkPassword('Aa1!😀xyzvw')).toContain('too_short');
  });

  it('refuses the username and the email’s local part inside the password, any case', () => {
    const context = { username: 'anna.agent', email: 'a.agent@demo-clinic.example' };
    expect(checkPassword('My-ANNA.AGENT-2026', context)).toContain('contains_username');
    expect(checkPassword('My-A.Agent-Pass-2026', context)).toContain('contains_email');
  });

  it('refuses common passwords dressed up to pass the composition rules, Finnish ones included', () => {
    for (const password of [
      'Salasana123!',
      'Kesäkuu2025!!',
      'Password2024#',
      'P@ssw0rd2024!',
      'Syksy2025!!!',
      'Tervetuloa123!',
      'Teleq12345678!',
      'KesäSalasana2025!',
      '123456789012!',
    ]) {
      expect(checkPassword(password), password).toContain('common_password');
    }
    expect(checkPassword('Kissa-Istuu-Puussa-7')).not.toContain('common_password');
  });

  it('keeps its codes stable and its checklist a subset of them', () => {
    expect(PASSWORD_VIOLATIONS).toContain('reused');
    for (const item of PASSWORD_CHECKLIST) expect(PASSWORD_VIOLATIONS).toContain(item);
    expect(isPasswordAcceptable('Callback-Queue-2026')).toBe(true);
  });
});
