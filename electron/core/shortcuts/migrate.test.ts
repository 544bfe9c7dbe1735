// The migration on real folders in a temp dir: what a user would find on their desktop after it.
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateShortcuts } from './migrate';

let tmp: string;
let desktop: string;
let startMenu: string;
let backups: string;

const LEGACY_URL = '\uFEFF[InternetShortcut]\r\nURL=https://www.teleq.fi/login\r\nIconIndex=0\r\n';
const ANSI_URL = Buffer.concat([
  Buffer.from('[InternetShortcut]\r\nURL=http://takaisinsoitto.fi/jono\r\n; Sijainti: '),
  Buffer.from([0x54, 0x79, 0xf6, 0x70, 0xf6, 0x79, 0x74, 0xe4]), // "Työpöytä" in Windows-1252
  Buffer.from('\r\n'),
]);
const UTF16_URL = Buffer.concat([
  Buffer.from([0xff, 0xfe]),
  Buffer.from('[InternetShortcut]\r\nURL=https://teleq.fi/app\r\n', 'utf16le'),
]);
const LOOKALIKE_URL = '[InternetShortcut]\r\nURL=https://teleq.fi.example.net/login\r\n';
const LAUNCHER =
  '[Desktop Entry]\nType=Application\nName=teleQ\nName[fi]=teleQ\nExec=xdg-open https://teleq.fi/app?org=demo\n';

function put(path: string, content: string | Buffer, mode?: number): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  if (mode !== undefined) chmodSync(path, mode);
  return path;
}

/** Every file under tmp with its bytes and mtime, to prove a dry run wrote nothing. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = lstatSync(p);
        out[relative(tmp, p)] =
          `${s.mtimeMs}:${e.isSymbolicLink() ? 'link' : readFileSync(p).toString('base64')}`;
      }
    }
  };
  walk(tmp);
  return out;
}

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'teleq-shortcuts-'));
  desktop = join(tmp, 'Users', 'Public', 'Desktop');
  startMenu = join(tmp, 'ProgramData', 'Microsoft', 'Windows', 'Start Menu');
  backups = join(tmp, 'backups');
  put(join(desktop, 'teleQ.url'), LEGACY_URL);
  put(join(desktop, 'teleQ vanha.url'), ANSI_URL);
  put(join(desktop, 'teleQ unicode.url'), UTF16_URL);
  put(join(desktop, 'Not teleQ.url'), LOOKALIKE_URL);
  put(join(desktop, 'notes.txt'), 'Old address https://www.teleq.fi/\n');
  put(join(desktop, 'teleq.desktop'), LAUNCHER, 0o755);
  put(join(startMenu, 'Programs', 'Aurora', 'teleQ.url'), LEGACY_URL);
  // A user's link to a file outside the shortcut folders must never be followed.
  const outside = put(join(tmp, 'outside', 'system.url'), LEGACY_URL);
  symlinkSync(outside, join(desktop, 'linked.url'));
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('migrateShortcuts', () => {
  it('a dry run reports what would change and writes nothing', async () => {
    const before = snapshot();
    const report = await migrateShortcuts({
      roots: [desktop, startMenu],
      dryRun: true,
      backupDir: backups,
    });
    expect(snapshot()).toEqual(before);
    expect(existsSync(backups)).toBe(false);
    expect(report.dryRun).toBe(true);
    expect(report.changed.map((c) => relative(tmp, c.file)).sort()).toEqual(
      [
        'ProgramData/Microsoft/Windows/Start Menu/Programs/Aurora/teleQ.url',
        'Users/Public/Desktop/teleQ unicode.url',
        'Users/Public/Desktop/teleQ vanha.url',
        'Users/Public/Desktop/teleQ.url',
        'Users/Public/Desktop/teleq.desktop',
      ].sort(),
    );
    expect(report.changed.every((c) => c.backup === null)).toBe(true);
    expect(report.scanned).toBe(6);
    expect(report.failed).toEqual([]);
  });

  it('rewrites legacy shortcuts in place, byte for byte apart from the address', async () => {
    const report = await migrateShortcuts({
      roots: [desktop, startMenu],
      dryRun: false,
      backupDir: backups,
    });
    expect(report.failed).toEqual([]);
    expect(report.changed).toHaveLength(5);
    expect(readFileSync(join(desktop, 'teleQ.url'), 'utf8')).toBe(
      '\uFEFF[InternetShortcut]\r\nURL=https://aurorateleq.com/login\r\nIconIndex=0\r\n',
    );
    expect(readFileSync(join(desktop, 'teleQ vanha.url'))).toEqual(
      Buffer.from(
        ANSI_URL.toString('latin1').replace(
          'http://takaisinsoitto.fi/jono',
          'https://aurorateleq.com/jono',
        ),
        'latin1',
      ),
    );
    const utf16 = readFileSync(join(desktop, 'teleQ unicode.url'));
    expect([utf16[0], utf16[1]]).toEqual([0xff, 0xfe]);
    expect(utf16.subarray(2).toString('utf16le')).toBe(
      '[InternetShortcut]\r\nURL=https://aurorateleq.com/app\r\n',
    );
    expect(readFileSync(join(desktop, 'teleq.desktop'), 'utf8')).toBe(
      LAUNCHER.replace('https://teleq.fi/app', 'https://aurorateleq.com/app'),
    );
    expect(statSync(join(desktop, 'teleq.desktop')).mode & 0o777).toBe(0o755);
    expect(readFileSync(join(startMenu, 'Programs', 'Aurora', 'teleQ.url'), 'utf8')).toContain(
      'URL=https://aurorateleq.com/login',
    );
  });

  it('leaves look-alikes, other files and link targets untouched, and no temp files behind', async () => {
    await migrateShortcuts({ roots: [desktop, startMenu], dryRun: false, backupDir: backups });
    expect(readFileSync(join(desktop, 'Not teleQ.url'), 'utf8')).toBe(LOOKALIKE_URL);
    expect(readFileSync(join(desktop, 'notes.txt'), 'utf8')).toBe(
      'Old address https://www.teleq.fi/\n',
    );
    expect(readFileSync(join(tmp, 'outside', 'system.url'), 'utf8')).toBe(LEGACY_URL);
    expect(lstatSync(join(desktop, 'linked.url')).isSymbolicLink()).toBe(true);
    expect(readdirSync(desktop).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps each original in the backup folder under its full path', async () => {
    const report = await migrateShortcuts({ roots: [desktop], dryRun: false, backupDir: backups });
    const change = report.changed.find((c) => c.file.endsWith('teleQ.url'))!;
    expect(change.backup).toBe(join(backups, join(desktop, 'teleQ.url').slice(1)));
    expect(readFileSync(change.backup!, 'utf8')).toBe(LEGACY_URL);
    expect(readFileSync(report.changed.find((c) => c.file.endsWith('vanha.url'))!.backup!)).toEqual(
      ANSI_URL,
    );
  });

  it('can keep the backup beside the shortcut without ever overwriting an older backup', async () => {
    put(join(desktop, 'teleQ.url.bak'), 'an older backup');
    await migrateShortcuts({ roots: [desktop], dryRun: false, backupDir: null });
    expect(readFileSync(join(desktop, 'teleQ.url.bak'), 'utf8')).toBe('an older backup');
    expect(readFileSync(join(desktop, 'teleQ.url.bak.2'), 'utf8')).toBe(LEGACY_URL);
    expect(readFileSync(join(desktop, 'teleq.desktop.bak'), 'utf8')).toBe(LAUNCHER);
  });

  it('changes nothing and backs up nothing on a second run', async () => {
    await migrateShortcuts({ roots: [desktop, startMenu], dryRun: false, backupDir: backups });
    const after = snapshot();
    const again = await migrateShortcuts({
      roots: [desktop, startMenu],
      dryRun: false,
      backupDir: backups,
    });
    expect(again.changed).toEqual([]);
    expect(snapshot()).toEqual(after);
  });

  it('reports a shortcut it cannot back up as failed and leaves it as it was', async () => {
    const blocker = put(join(tmp, 'not-a-folder'), 'x');
    const report = await migrateShortcuts({ roots: [desktop], dryRun: false, backupDir: blocker });
    expect(report.changed).toEqual([]);
    expect(report.failed.length).toBe(4);
    expect(readFileSync(join(desktop, 'teleQ.url'), 'utf8')).toBe(LEGACY_URL);
  });

  it('skips usual folders that this machine does not have', async () => {
    const report = await migrateShortcuts({
      roots: [join(tmp, 'Users', 'nobody', 'Desktop'), desktop],
      dryRun: true,
      backupDir: backups,
    });
    expect(report.failed).toEqual([]);
    expect(report.changed).toHaveLength(4);
  });
});
