// The contract: requests are strict and trimmed; answers the service gives parse.
import { describe, expect, it } from 'vitest';
import {
  IdentifyRequestSchema,
  PasswordLoginRequestSchema,
  PasswordResetRequestSchema,
  UsernameSchema,
} from './schemas';
import { apiUrl, API_PATHS } from './paths';

describe('Login API v1 schemas', () => {
  it('refuses unknown fields in requests', () => {
    expect(
      IdentifyRequestSchema.safeParse({ username: 'anna.agent', email: 'a@b.example', admin: true })
        .success,
    ).toBe(false);
  });

  it('trims usernames and emails and refuses odd characters', () => {
    expect(
      IdentifyRequestSchema.parse({ username: ' anna.agent ', email: ' a@b.example ' }),
    ).toEqual({ username: 'anna.agent', email: 'a@b.example' });
    expect(UsernameSchema.safeParse('anna agent').success).toBe(false);
    expect(UsernameSchema.safeParse('x'.repeat(65)).success).toBe(false);
  });

  it('takes step 2 either after step 1 or on a known device, never both or neither', () => {
    const proof = 'x'.repeat(40);
    expect(
      PasswordLoginRequestSchema.safeParse({ flowId: 'f'.repeat(32), password: 'p', proof })
        .success,
    ).toBe(true);
    expect(
      PasswordLoginRequestSchema.safeParse({ username: 'anna.agent', password: 'p', proof })
        .success,
    ).toBe(true);
    expect(
      PasswordLoginRequestSchema.safeParse({
        flowId: 'f'.repeat(32),
        username: 'anna.agent',
        password: 'p',
        proof,
      }).success,
    ).toBe(false);
    expect(PasswordLoginRequestSchema.safeParse({ password: 'p', proof }).success).toBe(false);
  });

  it('accepts reset codes of 6–10 digits only', () => {
    const base = { username: 'anna.agent', newPassword: 'x' };
    expect(PasswordResetRequestSchema.safeParse({ ...base, code: '12345678' }).success).toBe(true);
    expect(PasswordResetRequestSchema.safeParse({ ...base, code: '12345' }).success).toBe(false);
    expect(PasswordResetRequestSchema.safeParse({ ...base, code: '1234abcd' }).success).toBe(false);
  });

  it('builds the htu of a proof from the server URL, with or without a trailing slash', () => {
    expect(apiUrl('http://127.0.0.1:8470', API_PATHS.loginPassword)).toBe(
      'http://127.0.0.1:8470/api/v1/login/password',
    );
    expect(apiUrl('https://aurorateleq.com/', API_PATHS.deviceHello)).toBe(
      'https://aurorateleq.com/api/v1/device/hello',
    );
  });
});
