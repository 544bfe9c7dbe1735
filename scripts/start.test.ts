/** `npm start` where the Electron binary is missing (our build machines): one clear paragraph,
 * a non-zero exit, and nothing started. */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const binary = findElectronBinary();
if (binary.ok)
  console.warn(`SKIPPED missing-Electron tests: an Electron binary is installed at ${binary.path}`);

async function start(
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'start.ts')],
      {
        cwd: root,
        env,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.skipIf(binary.ok)('npm start without Electron', () => {
  it('says what is missing, how to point at an installed Electron, and about npm run preview; exits non-zero', async () => {
    const env = { ...process.env };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const { code, stdout, stderr } = await start(env);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    const paragraph = stderr.trim();
    expect(paragraph.split('\n')).toHaveLength(1);
    expect(paragraph).toMatch(/Electron binary is not installed/);
    expect(paragraph).toMatch(/ELECTRON_OVERRIDE_DIST_PATH is not set/);
    expect(paragraph).toMatch(/point ELECTRON_OVERRIDE_DIST_PATH at the folder/);
    expect(paragraph).toMatch(/npm run preview/);
  });

  it('says so too when ELECTRON_OVERRIDE_DIST_PATH names a folder without Electron', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-electron-'));
    const { code, stderr } = await start({ ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(code).not.toBe(0);
    expect(stderr).toContain(`no executable at ${join(empty, 'electron')}`);
    expect(stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH is ${empty}`);
  });
});
