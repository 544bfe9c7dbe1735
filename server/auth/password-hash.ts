/**
 * Password hashing: argon2id at the OWASP parameters (19 MiB, t=2, p=1) through the library's
 * async API, which runs on a thread pool and keeps the event loop free during a login storm.
 * Imported legacy hashes (PBKDF2-SHA256 in passlib's format) verify as they are (R8) and are
 * rehashed to argon2id on the first successful login.
 */
import { hash, verify } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';
import { pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

// Algorithm is a const enum in the typings; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2_OPTIONS);
}

export interface VerifyResult {
  ok: boolean;
  /** The stored hash is not argon2id at the current parameters: store a fresh one. */
  needsRehash: boolean;
}

let dummyHash: Promise<string> | null = null;
/** Unknown users are checked against this, so they cost the same time as known ones. */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('dummy password for unknown users, never matches anything');
  return dummyHash;
}

export async function verifyPassword(
  stored: string | null,
  password: string,
): Promise<VerifyResult> {
  const candidate = password.normalize('NFC');
  if (stored === null) {
    await verify(await getDummyHash(), candidate);
    return { ok: false, needsRehash: false };
  }
  if (stored.startsWith('$argon2')) {
    const ok = await verify(stored, candidate).catch(() => false);
    const current = stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$');
    return { ok, needsRehash: ok && !current };
  }
  if (stored.startsWith('$pbkdf2-sha256$')) {
    const ok = await verifyPbkdf2(stored, candidate);
    return { ok, needsRehash: ok };
  }
  await verify(await getDummyHash(), candidate);
  return { ok: false, needsRehash: false };
}

/** passlib's "ab64": base64 with "." for "+" and no padding. */
function ab64Decode(text: string): Buffer {
  return Buffer.from(text.replace(/\./g, '+'), 'base64');
}
function ab64Encode(buffer: Buffer): string {
  return buffer.toString('base64').replace(/\+/g, '.').replace(/=+$/, '');
}

async function verifyPbkdf2(stored: string, password: string): Promise<boolean> {
  const [, , roundsText, saltText, digestText] = stored.split('$');
  const rounds = Number.parseInt(roundsText ?? '', 10);
  if (!Number.isSafeInteger(rounds) || rounds < 1000 || rounds > 10_000_000) return false;
  if (!saltText || !digestText) return false;
  const expected = ab64Decode(digestText);
  const actual = await pbkdf2Async(
    password,
    ab64Decode(saltText),
    rounds,
    expected.length,
    'sha256',
  );
  return expected.length > 0 && timingSafeEqual(actual, expected);
}

/** For the demo seed and tests: a legacy hash like the old system's export. */
export async function legacyPbkdf2Hash(password: string, rounds = 29000): Promise<string> {
  const salt = Buffer.from(crypto.getRandomValues(new Uint8Array(16)));
  const digest = await pbkdf2Async(password, salt, rounds, 32, 'sha256');
  return `$pbkdf2-sha256$${rounds}$${ab64Encode(salt)}$${ab64Encode(digest)}`;
}
