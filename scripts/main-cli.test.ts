/**
 * The bundled main process's command-line modes, run for real (dist bundle, plain Node, a stub
 * standing in for the missing Electron binary): they print and exit before any window exists.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from './build-electron';

const run = promisify(execFile);
const stub = fileURLToPath(new URL('./testing/electron-stub.cjs', import.meta.url));
let main: string;

beforeAll(async () => {
  main = join(
    await buildElectron({ outDir: mkdtempSync(join(tmpdir(), 'teleq-main-')) }),
    'main.cjs',
  );
});

async function client(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--require', stub, main, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('aurora-teleq --print-config', () => {
  it('prints each effective value with its source and exits 0 without opening a window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teleq-cfg-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ mode: 'shared-terminal', idleTimeoutMinutes: 'ten' }));
    const { code, stdout, stderr } = await client([
      '--print-config',
      '--config-file',
      file,
      '--server-url=https://www.takaisinsoitto.fi/',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/serverUrl\s+"https:\/\/aurorateleq\.com"\s+\(flag\)/);
    expect(stdout).toMatch(/mode\s+"shared-terminal"\s+\(file\)/);
    expect(stdout).toMatch(/idleTimeoutMinutes\s+10\s+\(default\)/);
    expect(stdout).toMatch(/\[file\] idleTimeoutMinutes: invalid value/);
    expect(stdout).toMatch(/legacy address https:\/\/www\.takaisinsoitto\.fi\/ no longer logs in/);
  });
});

describe('aurora-teleq --migrate-shortcuts', () => {
  it('runs the shortcut migration before any window and exits with its result', async () => {
    const root = mkdtempSync(join(tmpdir(), 'teleq-shortcuts-'));
    mkdirSync(join(root, 'Desktop'));
    const shortcut = join(root, 'Desktop', 'teleQ.url');
    writeFileSync(shortcut, '[InternetShortcut]\r\nURL=https://www.teleq.fi/app\r\n');
    const dry = await client(['--migrate-shortcuts', '--dry-run', '--root', root]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/teleQ\.url/);
    expect(readFileSync(shortcut, 'utf8')).toContain('www.teleq.fi');

    const real = await client(['--migrate-shortcuts', '--root', root, '--backup-beside']);
    expect(real.code).toBe(0);
    expect(readFileSync(shortcut, 'utf8')).toContain('URL=https://aurorateleq.com/app');
  });
});
