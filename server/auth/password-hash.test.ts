// argon2id at the OWASP parameters, legacy PBKDF2 hashes, and the dummy hash that makes an
// unknown user cost the same work as a known one (no timing enumeration).
import type * as Argon2Module from '@node-rs/argon2';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hashPassword, legacyPbkdf2Hash, verifyPassword } from './password-hash';

type Argon2 = typeof Argon2Module;

// Which hashes argon2 verified: the parameters part of each PHC string.
const verified = vi.hoisted(() => [] as string[]);
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<Argon2>();
  return {
    hash: (...args: Parameters<typeof real.hash>) => real.hash(...args),
    verify: (...args: Parameters<typeof real.verify>) => {
      verified.push(String(args[0]).split('$').slice(1, 4).join('$'));
      return real.verify(...args);
    },
  };
});

beforeEach(() => {
  verified.length = 0;
});

describe('password hashing', () => {
  it('hashes with argon2id, m=19456 KiB, t=2, p=1, and a fresh salt each time', async () => {
    const a = await hashPassword('Callback-Queue-2026');
    const b = await hashPassword('Callback-Queue-2026');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'Callback-Queue-2026')).toEqual({
      ok: true,
      needsRehash: false,
    });
    expect((await verifyPassword(a, 'callback-queue-2026')).ok).toBe(false);
  });

  it('treats the same text in NFC and NFD as the same password', async () => {
    const hash = await hashPassword('Kesäpäivä-Vuoro-2026!'.normalize('NFC'));
    expect((await verifyPassword(hash, 'Kesäpäivä-Vuoro-2026!'.normalize('NFD'))).ok).toBe(true);
  });

  it('verifies legacy PBKDF2-SHA256 hashes and asks for a rehash', async () => {
    const legacy = await legacyPbkdf2Hash('kissa123');
    expect(legacy).toMatch(/^\$pbkdf2-sha256\$29000\$/);
    expect(await verifyPassword(legacy, 'kissa123')).toEqual({ ok: true, needsRehash: true });
    expect((await verifyPassword(legacy, 'kissa124')).ok).toBe(false);
    expect((await verifyPassword('$pbkdf2-sha256$1$x$y', 'kissa123')).ok).toBe(false);
  });

  it('does the same argon2 work for an unknown user (no hash) as for a known one', async () => {
    const known = await hashPassword('Callback-Queue-2026');
    verified.length = 0;
    await verifyPassword(known, 'Wrong-Guess-2026!');
    const knownWork = [...verified];
    verified.length = 0;
    expect(await verifyPassword(null, 'Wrong-Guess-2026!')).toEqual({
      ok: false,
      needsRehash: false,
    });
    expect(verified).toEqual(knownWork);
    expect(verified).toEqual(['argon2id$v=19$m=19456,t=2,p=1']);
    // An unsupported stored format costs the same too, and never matches.
    verified.length = 0;
    expect((await verifyPassword('md5:abc', 'x')).ok).toBe(false);
    expect(verified).toEqual(knownWork);
  });
});
