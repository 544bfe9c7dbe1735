import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/database';
import { insertOrganisation, insertUser } from '../users';
import { resolveIdentity, unlinkUser } from './identity';

// Who a provider's answer logs in as. The rules an attacker would probe: a link is issuer +
// subject, a first login needs the organisation's own user and a verified email, and a linked
// user cannot be taken over by a second account at the same provider.
const ISSUER = 'https://idp.north.example';
let dir: string;
let db: Db;
let nina: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teleq-sso-identity-'));
  db = openDatabase(join(dir, 'teleq.db'));
  const now = new Date();
  insertOrganisation(db, { id: 'north', name: 'North' }, now);
  insertOrganisation(db, { id: 'south', name: 'South' }, now);
  nina = insertUser(
    db,
    {
      username: 'nina.north',
      email: 'Nina@North.example',
      displayName: 'Nina',
      organisationId: 'north',
    },
    now,
  );
  insertUser(
    db,
    {
      username: 'sam.south',
      email: 'sam@south.example',
      displayName: 'Sam',
      organisationId: 'south',
    },
    now,
  );
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const verified = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  email_verified: true,
  ...extra,
});
const resolve = (
  subject: string,
  claims: Record<string, unknown>,
  opts: { issuer?: string; userClaim?: string; org?: string } = {},
) =>
  resolveIdentity(db, {
    organisationId: opts.org ?? 'north',
    userClaim: opts.userClaim ?? 'email',
    identity: { issuer: opts.issuer ?? ISSUER, subject, claims: { sub: subject, ...claims } },
    now: new Date(),
  });

describe('resolving a provider identity', () => {
  it('links on first login by verified email (case-insensitive) and then by the link alone', () => {
    expect(resolve('s-1', verified('nina@north.example'))).toMatchObject({
      ok: true,
      newlyLinked: true,
    });
    // Later the provider may send a changed email: the link, not the email, decides.
    expect(resolve('s-1', verified('nina.new@north.example'))).toMatchObject({
      ok: true,
      newlyLinked: false,
      user: { id: nina },
    });
  });

  it('links by the teleQ username when the organisation names preferred_username', () => {
    const r = resolve('s-2', verified('nina@north.example', { preferred_username: 'nina.north' }), {
      userClaim: 'preferred_username',
    });
    expect(r).toMatchObject({ ok: true, user: { username: 'nina.north' } });
  });

  it('refuses a first login whose verified email is not the user’s teleQ email', () => {
    const r = resolve(
      's-3',
      verified('other@north.example', { preferred_username: 'nina.north' }),
      { userClaim: 'preferred_username' },
    );
    expect(r).toMatchObject({ ok: false, reason: 'unknown_subject' });
  });

  it('refuses an unverified email', () => {
    expect(resolve('s-4', { email: 'nina@north.example', email_verified: false })).toMatchObject({
      ok: false,
      reason: 'unknown_subject',
    });
    expect(resolve('s-4', { email: 'nina@north.example' })).toMatchObject({
      ok: false,
      reason: 'unknown_subject',
    });
  });

  it('refuses a user of another organisation, linked or not', () => {
    expect(resolve('s-5', verified('sam@south.example'))).toMatchObject({
      ok: false,
      reason: 'wrong_organisation',
    });
    expect(resolve('s-6', verified('sam@south.example'), { org: 'south' })).toMatchObject({
      ok: true,
    });
    expect(resolve('s-6', verified('sam@south.example'), { org: 'north' })).toMatchObject({
      ok: false,
      reason: 'wrong_organisation',
    });
  });

  it('does not let a second account at the same provider take over a linked user', () => {
    expect(resolve('s-7', verified('nina@north.example')).ok).toBe(true);
    expect(resolve('s-8', verified('nina@north.example'))).toMatchObject({
      ok: false,
      reason: 'unknown_subject',
    });
    // After the admin unlinks (a replaced provider account), the new account links.
    expect(unlinkUser(db, nina)).toBe(1);
    expect(resolve('s-8', verified('nina@north.example'))).toMatchObject({
      ok: true,
      newlyLinked: true,
    });
  });

  it('treats the same subject at another issuer as another person', () => {
    expect(resolve('same', verified('nina@north.example')).ok).toBe(true);
    const elsewhere = resolve(
      'same',
      { email: 'x@y.example', email_verified: true },
      { issuer: 'https://other-idp.example' },
    );
    expect(elsewhere).toMatchObject({ ok: false, reason: 'unknown_subject' });
  });

  it('refuses an answer without the configured claim', () => {
    expect(resolve('s-9', { email_verified: true }, { userClaim: 'email' })).toMatchObject({
      ok: false,
      reason: 'unknown_subject',
    });
  });
});
