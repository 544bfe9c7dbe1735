import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run';
import { openDatabase } from '../db/database';
import { insertOrganisation, insertUser } from '../users';
import { getSsoConfig } from '../sso/config-store';

// The admin path for an organisation's SSO: set, show (without the secret), remove, unlink.
const dir = mkdtempSync(join(tmpdir(), 'teleq-org-sso-'));
const dbPath = join(dir, 'teleq.db');
const SECRET = 'a-client-secret-nobody-may-see-7Qx';
{
  const db = openDatabase(dbPath);
  insertOrganisation(db, { id: 'north-health', name: 'North Health' }, new Date());
  insertUser(
    db,
    {
      username: 'nina.north',
      email: 'nina@north.example',
      displayName: 'Nina',
      organisationId: 'north-health',
    },
    new Date(),
  );
  db.prepare(
    "INSERT INTO sso_identities (issuer, subject, user_id, linked_at, last_login_at) VALUES ('https://idp.north.example', 'abc', 1, 'x', 'x')",
  ).run();
  db.close();
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--db', dbPath], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('org sso', () => {
  it('refuses a secret on the command line, where history and ps would keep it', async () => {
    const r = await cli(
      'org',
      'sso',
      'set',
      'north-health',
      '--issuer',
      'https://idp.north.example',
      '--client-id',
      'teleq',
      '--client-secret',
      SECRET,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--client-secret-env');
  });

  it('refuses a plain-http issuer that is not loopback, and a scope list without openid', async () => {
    process.env.NORTH_SECRET = SECRET;
    const http = await cli(
      'org',
      'sso',
      'set',
      'north-health',
      '--issuer',
      'http://idp.north.example',
      '--client-id',
      'teleq',
      '--client-secret-env',
      'NORTH_SECRET',
    );
    expect(http.code).toBe(2);
    expect(http.err).toContain('https');
    const scopes = await cli(
      'org',
      'sso',
      'set',
      'north-health',
      '--issuer',
      'https://idp.north.example',
      '--client-id',
      'teleq',
      '--client-secret-env',
      'NORTH_SECRET',
      '--scopes',
      'email',
    );
    expect(scopes.code).toBe(2);
  });

  it('sets the configuration from an env var or a file and never prints the secret', async () => {
    process.env.NORTH_SECRET = SECRET;
    const set = await cli(
      'org',
      'sso',
      'set',
      'North Health',
      '--issuer',
      'https://idp.north.example',
      '--client-id',
      'teleq',
      '--client-secret-env',
      'NORTH_SECRET',
      '--user-claim',
      'preferred_username',
      '--acr',
      'urn:mfa',
      '--max-age',
      '3600',
    );
    expect(set.code).toBe(0);
    expect(set.out).toContain('https://idp.north.example');
    expect(set.out).not.toContain(SECRET);
    const file = join(dir, 'secret.txt');
    writeFileSync(file, `${SECRET}-2\n`);
    expect(
      (
        await cli(
          'org',
          'sso',
          'set',
          'north-health',
          '--issuer',
          'https://idp.north.example',
          '--client-id',
          'teleq',
          '--client-secret-file',
          file,
        )
      ).code,
    ).toBe(0);
    const db = openDatabase(dbPath);
    expect(getSsoConfig(db, 'north-health')?.clientSecret).toBe(`${SECRET}-2`);
    db.close();
    const show = await cli('org', 'sso', 'show');
    expect(show.out).toContain('north-health');
    expect(show.out).toContain('(set, not shown)');
    expect(show.out).not.toContain(SECRET);
  });

  it("unlinks a user's provider identities", async () => {
    const r = await cli('org', 'sso', 'unlink', 'nina.north');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 link(s) removed');
  });

  it('removes the configuration, after which the organisation has none', async () => {
    expect((await cli('org', 'sso', 'remove', 'north-health')).code).toBe(0);
    expect((await cli('org', 'sso', 'show', 'north-health')).code).toBe(1);
  });
});
