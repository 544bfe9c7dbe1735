import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultBackupDir,
  EXIT_OK,
  EXIT_SOME_FAILED,
  EXIT_USAGE,
  isMigrateShortcutsInvocation,
  runMigrateShortcutsCli,
} from './cli';

let tmp: string;
let desktop: string;
const SHORTCUT =
  '[InternetShortcut]\r\nURL=https://www.teleq.fi/login?ticket=SECRET-TICKET-123\r\n';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) },
    out,
    err,
  };
}

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'teleq-cli-'));
  desktop = join(tmp, 'Desktop');
  mkdirSync(desktop);
  writeFileSync(join(desktop, 'teleQ.url'), SHORTCUT);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const fixedNow = () => new Date('2026-12-03T16:00:00.000Z');

describe('aurora-teleq --migrate-shortcuts', () => {
  it('--dry-run reports the change, writes nothing and exits 0', async () => {
    const { io, out } = capture();
    const code = await runMigrateShortcutsCli(
      ['--migrate-shortcuts', '--dry-run', '--root', desktop],
      {},
      io,
      { now: fixedNow, home: tmp },
    );
    expect(code).toBe(EXIT_OK);
    expect(readFileSync(join(desktop, 'teleQ.url'), 'utf8')).toBe(SHORTCUT);
    expect(out).toContain(`would change ${join(desktop, 'teleQ.url')}`);
    expect(out).toContain(
      '  line 2 URL: https://www.teleq.fi/login?… -> https://aurorateleq.com/login?…',
    );
    expect(out.at(-1)).toBe(
      'dry run: 1 shortcut files checked, 1 would change, 0 failed; nothing was written',
    );
  });

  it('rewrites, backs up, logs, and never prints or logs the query string', async () => {
    const { io, out } = capture();
    const log = join(tmp, 'logs', 'migrate-shortcuts.log');
    const backups = join(tmp, 'backups');
    const code = await runMigrateShortcutsCli(
      [`--root=${desktop}`, '--backup-dir', backups, '--log', log],
      {},
      io,
      { now: fixedNow, home: tmp },
    );
    expect(code).toBe(EXIT_OK);
    expect(readFileSync(join(desktop, 'teleQ.url'), 'utf8')).toBe(
      '[InternetShortcut]\r\nURL=https://aurorateleq.com/login?ticket=SECRET-TICKET-123\r\n',
    );
    const logged = readFileSync(log, 'utf8');
    expect(logged).toContain('# 2026-12-03T16:00:00.000Z aurora-teleq --migrate-shortcuts');
    expect(logged).toContain(`changed ${join(desktop, 'teleQ.url')}`);
    expect(logged).toContain(`backup: ${join(backups, desktop.slice(1), 'teleQ.url')}`);
    expect(logged).not.toContain('SECRET-TICKET');
    expect(out.join('\n')).not.toContain('SECRET-TICKET');
  });

  it('exits 1 when a shortcut could not be migrated', async () => {
    const blocker = join(tmp, 'file-not-folder');
    writeFileSync(blocker, '');
    const { io, err } = capture();
    const code = await runMigrateShortcutsCli(
      ['--root', desktop, '--backup-dir', blocker],
      {},
      io,
      {
        now: fixedNow,
        home: tmp,
      },
    );
    expect(code).toBe(EXIT_SOME_FAILED);
    expect(err.some((l) => l.startsWith(`failed ${join(desktop, 'teleQ.url')}`))).toBe(true);
  });

  it.each([[['--frobnicate']], [['--dry-rn']], [['--root']], [['--log', '--dry-run']]])(
    'rejects %j with usage and exit 2',
    async (argv) => {
      const { io, err } = capture();
      expect(await runMigrateShortcutsCli(argv, {}, io)).toBe(EXIT_USAGE);
      expect(err.join('\n')).toContain('Usage: aurora-teleq --migrate-shortcuts');
    },
  );

  it('ignores the switches Electron or a launcher adds, still honouring --dry-run', async () => {
    const { io, out } = capture();
    const code = await runMigrateShortcutsCli(
      [
        '/opt/Aurora teleQ/aurora-teleq',
        '--no-sandbox',
        '--migrate-shortcuts',
        '--dry-run',
        '--root',
        desktop,
      ],
      {},
      io,
      { now: fixedNow, home: tmp },
    );
    expect(code).toBe(EXIT_OK);
    expect(out.at(-1)).toMatch(/^dry run: /);
    expect(readFileSync(join(desktop, 'teleQ.url'), 'utf8')).toBe(SHORTCUT);
  });

  it('--help prints the usage and changes nothing', async () => {
    const { io, out } = capture();
    expect(await runMigrateShortcutsCli(['--migrate-shortcuts', '--help'], {}, io)).toBe(EXIT_OK);
    expect(out[0]).toBe('Usage: aurora-teleq --migrate-shortcuts [options]');
  });

  it('ignores the executable path among the arguments and tells an invocation apart', () => {
    expect(
      isMigrateShortcutsInvocation([
        'C:\\Program Files\\aurora-teleq\\aurora-teleq.exe',
        '--migrate-shortcuts',
      ]),
    ).toBe(true);
    expect(isMigrateShortcutsInvocation(['aurora-teleq'])).toBe(false);
  });

  it('without --root, scans the usual folders of the running user', async () => {
    const home = join(tmp, 'home', 'anna');
    mkdirSync(join(home, 'Desktop'), { recursive: true });
    writeFileSync(
      join(home, 'Desktop', 'teleq.desktop'),
      '[Desktop Entry]\nType=Link\nURL=https://teleq.fi/\n',
    );
    const { io, out } = capture();
    const code = await runMigrateShortcutsCli(
      ['--dry-run'],
      { XDG_DATA_HOME: join(home, 'data') },
      io,
      {
        platform: 'linux',
        home,
        now: fixedNow,
        isPrivileged: () => false,
      },
    );
    expect(code).toBe(EXIT_OK);
    expect(out).toContain(`would change ${join(home, 'Desktop', 'teleq.desktop')}`);
  });
});

describe('defaultBackupDir', () => {
  const now = fixedNow();
  it('keeps an administrator run under ProgramData and a user run under their local app data', () => {
    expect(
      defaultBackupDir('win32', { ProgramData: 'D:\\ProgramData' }, 'C:\\Users\\anna', true, now),
    ).toBe('D:\\ProgramData\\Aurora teleQ\\shortcut-backups\\2026-12-03T16-00-00-000Z');
    expect(defaultBackupDir('win32', {}, 'C:\\Users\\anna', false, now)).toBe(
      'C:\\Users\\anna\\AppData\\Local\\Aurora teleQ\\shortcut-backups\\2026-12-03T16-00-00-000Z',
    );
  });
  it('uses /var/lib for root and the XDG state folder for a user on Linux', () => {
    expect(defaultBackupDir('linux', {}, '/root', true, now)).toBe(
      '/var/lib/aurora-teleq/shortcut-backups/2026-12-03T16-00-00-000Z',
    );
    expect(defaultBackupDir('linux', {}, '/home/anna', false, now)).toBe(
      '/home/anna/.local/state/aurora-teleq/shortcut-backups/2026-12-03T16-00-00-000Z',
    );
  });
});
