/**
 * `npm start`: builds the client, starts the login service with the demo data (and the
 * development IdP, so SSO works) on loopback, and launches Electron pointed at it with
 * development flags. Extra arguments go to the client (`npm start -- --mode=shared-terminal`).
 * Without an Electron binary it says so in one paragraph and exits non-zero.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron';
import { findElectronBinary, missingElectronParagraph } from './electron-binary';

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  const electron = findElectronBinary();
  if (!electron.ok) {
    process.stderr.write(missingElectronParagraph(electron.reason) + '\n');
    return 1;
  }

  const renderer = spawnSync('npm', ['run', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  if (renderer.status !== 0) return renderer.status ?? 1;
  await buildElectron();

  // Imported only now: a machine without Electron should not need the server's native modules.
  const { startDemoStack } = await import('../server/demo-stack');
  const stack = await startDemoStack({ port: Number(process.env.TELEQ_PORT ?? 8470) });
  console.log(`login service ${stack.serviceUrl} (demo data), development IdP ${stack.idpIssuer}`);
  console.log(`development mailbox (reset codes): ${stack.serviceUrl}/dev/mail`);

  const userData = mkdtempSync(join(tmpdir(), 'teleq-dev-profile-'));
  const child = spawn(
    electron.path,
    [
      root,
      `--user-data-dir=${userData}`,
      `--server-url=${stack.serviceUrl}`,
      '--allow-dev-tools',
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env: { ...process.env, ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' } },
  );
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await new Promise<number>((resolve) => {
    child.once('exit', (exitCode) => resolve(exitCode ?? 0));
    child.once('error', (error) => {
      process.stderr.write(`could not launch Electron: ${error.message}\n`);
      resolve(1);
    });
  });
  await stack.close();
  return code;
}

process.exitCode = await main();
