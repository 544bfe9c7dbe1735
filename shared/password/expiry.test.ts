// Expiry (R7, R8): 180 days from the last change; a legacy password counts from the rules'
// effective date; warn 14 days ahead.
import { describe, expect, it } from 'vitest';
import { passwordExpiry } from './expiry';

const DAY = 24 * 60 * 60 * 1000;
const rules = new Date('2026-01-01T00:00:00Z');

describe('passwordExpiry', () => {
  it('expires 180 days after the change', () => {
    const changedAt = new Date('2026-03-01T00:00:00Z');
    const now = new Date(changedAt.getTime() + 10 * DAY);
    const expiry = passwordExpiry({ changedAt, legacy: false }, rules, now);
    expect(expiry.expiresAt).toEqual(new Date(changedAt.getTime() + 180 * DAY));
    expect(expiry).toMatchObject({ daysLeft: 170, expired: false, warning: false });
    expect(
      passwordExpiry({ changedAt, legacy: false }, rules, new Date(changedAt.getTime() + 180 * DAY))
        .expired,
    ).toBe(true);
  });

  it('warns when 14 days or fewer remain, not at 15', () => {
    const changedAt = new Date('2026-03-01T00:00:00Z');
    const at = (daysLeft: number) =>
      passwordExpiry(
        { changedAt, legacy: false },
        rules,
        new Date(changedAt.getTime() + (180 - daysLeft) * DAY),
      );
    expect(at(15).warning).toBe(false);
    expect(at(14).warning).toBe(true);
    expect(at(1).warning).toBe(true);
  });

  it('counts a legacy password from the rules’ date, however old it is (R8)', () => {
    const changedAt = new Date('2019-05-01T00:00:00Z');
    const now = new Date(rules.getTime() + 100 * DAY);
    const legacy = passwordExpiry({ changedAt, legacy: true }, rules, now);
    expect(legacy).toMatchObject({ expired: false, daysLeft: 80 });
    expect(passwordExpiry({ changedAt, legacy: false }, rules, now).expired).toBe(true);
  });
});
