// The admin CLI: organisations, users, legacy import; and that none of it can set or reset an
// existing user's password (R9).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legacyPbkdf2Hash } from '../auth/password-hash';
import { openDatabase } from '../db/database';
import { seedDemo } from '../db/seed-demo';
import { ANNA } from '../testing/demo';
import { startTestService } from '../testing/start';
import { runCli } from './run';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teleq-cli-'));
  dbPath = join(dir, 'teleq.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--db', dbPath], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function passwordRow(username: string) {
  const db = openDatabase(dbPath);
  try {
    return db
      .prepare(
        'SELECT password_hash, password_changed_at, password_legacy FROM users WHERE username = ?',
      )
      .get(username);
  } finally {
    db.close();
  }
}

async function seeded(): Promise<void> {
  const db = openDatabase(dbPath);
  await seedDemo(db, { now: new Date() });
  db.close();
}

describe('org add and user add', () => {
  it('creates an organisation and a user without a password, who then sets their own', async () => {
    expect((await cli('org', 'add', '--id', 'north-clinic', '--name', 'North Clinic')).code).toBe(
      0,
    );
    const added = await cli(
      'user',
      'add',
      '--org',
      'north-clinic',
      '--username',
      'noora.nurse',
      '--email',
      'noora@north.example',
      '--name',
      'Noora Nurse',
    );
    expect(added.code).toBe(0);
    expect(added.out).toContain('Forgot password');
    expect(passwordRow('noora.nurse')).toMatchObject({ password_hash: null });
    expect((await cli('user', 'list')).out).toContain(
      'noora.nurse\tnoora@north.example\tnorth-clinic\tno password yet',
    );

    // The new user sets the first password herself through the emailed code (R9, R10).
    const service = await startTestService({ dbPath, seed: null });
    try {
      const client = await service.client();
      expect(
        (await client.login('noora.nurse', 'noora@north.example', 'Anything-1234!')).status,
      ).toBe(401);
      await client.call('POST', '/password/forgot', {
        username: 'noora.nurse',
        email: 'noora@north.example',
      });
      const code = /\b(\d{8})\b/.exec(
        (await service.mail.waitFor('noora@north.example')).text,
      )?.[1];
      const reset = await client.call('POST', '/password/reset', {
        username: 'noora.nurse',
        code,
        newPassword: 'Pohjoinen-Vuoro-42#',
      });
      expect(reset.status).toBe(200);
      expect(
        (await client.login('noora.nurse', 'noora@north.example', 'Pohjoinen-Vuoro-42#')).body
          .status,
      ).toBe('ok');
    } finally {
      await service.close();
    }
  });

  it('refuses duplicates, unknown organisations and bad input', async () => {
    expect((await cli('org', 'add', '--id', 'north-clinic', '--name', 'North Clinic')).code).toBe(
      0,
    );
    expect((await cli('org', 'add', '--id', 'north-clinic', '--name', 'Other')).code).toBe(1);
    expect((await cli('org', 'add', '--id', 'Bad Id!', '--name', 'X')).code).toBe(2);
    expect(
      (
        await cli(
          'user',
          'add',
          '--org',
          'nowhere',
          '--username',
          'u.one',
          '--email',
          'u@x.example',
          '--name',
          'U',
        )
      ).code,
    ).toBe(1);
    expect(
      (
        await cli(
          'user',
          'add',
          '--org',
          'north-clinic',
          '--username',
          'u.one',
          '--email',
          'not-an-email',
          '--name',
          'U',
        )
      ).code,
    ).toBe(2);
    expect((await cli('user', 'add', '--org', 'north-clinic')).code).toBe(2);
    expect((await cli('no-such-command')).code).toBe(2);
  });
});

describe('import-legacy', () => {
  it('imports users with their old hashes; the old passwords work and are legacy (R8)', async () => {
    await cli('org', 'add', '--id', 'south-clinic', '--name', 'South Clinic');
    const csv = join(dir, 'legacy.csv');
    const hash = await legacyPbkdf2Hash('vanha123');
    writeFileSync(
      csv,
      [
        'username,email,display_name,organisation,password_hash,password_changed_at',
        `olli.old,olli@south.example,"Olli Old, RN",south-clinic,${hash},2019-05-01T00:00:00Z`,
        'bad user!,x@south.example,Bad,south-clinic,,',
        'maija.missing,maija@south.example,Maija,no-such-org,,',
        'weird.hash,w@south.example,W,south-clinic,md5:abcdef,',
      ].join('\r\n'),
    );
    const imported = await cli('import-legacy', csv);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('imported 1 user(s), skipped 3');
    expect(imported.err).toContain('line 3: invalid username');
    expect(imported.err).toContain('line 4: unknown organisation');
    expect(imported.err).toContain('line 5: unsupported password hash format');

    const service = await startTestService({ dbPath, seed: null });
    try {
      const client = await service.client();
      const login = await client.login('olli.old', 'olli@south.example', 'vanha123');
      expect(login.body.status).toBe('ok');
      expect(login.body.user.displayName).toBe('Olli Old, RN');
      expect(login.body.password.legacy).toBe(true);
    } finally {
      await service.close();
    }
  });
});

describe('no command sets or resets an existing user’s password (R9)', () => {
  it('leaves the password of an existing user exactly as it was, whatever the command', async () => {
    await seeded();
    const before = passwordRow(ANNA.username);
    const csv = join(dir, 'takeover.csv');
    writeFileSync(
      csv,
      `username,email,display_name,organisation,password_hash\n${ANNA.username},attacker@evil.example,Anna,demo-clinic,${await legacyPbkdf2Hash('Attacker-Chosen-1!')}\n`,
    );
    const attempts = [
      await cli(
        'user',
        'add',
        '--org',
        'demo-clinic',
        '--username',
        ANNA.username,
        '--email',
        'attacker@evil.example',
        '--name',
        'Anna',
      ),
      await cli(
        'user',
        'add',
        '--org',
        'demo-clinic',
        '--username',
        'ANNA.AGENT',
        '--email',
        'a@evil.example',
        '--name',
        'Anna',
      ),
      await cli(
        'user',
        'add',
        '--org',
        'demo-clinic',
        '--username',
        'someone.new',
        '--email',
        'n@evil.example',
        '--name',
        'N',
        '--password',
        'Attacker-Chosen-1!',
      ),
      await cli('import-legacy', csv),
      await cli('user', 'password', ANNA.username),
      await cli('user', 'reset', ANNA.username),
      await cli('password', 'reset', ANNA.username),
    ];
    for (const attempt of attempts) expect(attempt.code, attempt.err).not.toBe(0);
    expect(passwordRow(ANNA.username)).toEqual(before);

    const service = await startTestService({ dbPath, seed: null });
    try {
      const client = await service.client();
      expect((await client.login(ANNA.username, ANNA.email, ANNA.password)).body.status).toBe('ok');
      expect((await client.login(ANNA.username, ANNA.email, 'Attacker-Chosen-1!')).status).toBe(
        401,
      );
    } finally {
      await service.close();
    }
  });
});
