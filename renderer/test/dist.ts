/**
 * The tests drive the real production bundle. `npm test` builds it first; when a test is run on
 * its own and the bundle is missing, it is built here once (vite's API, same config).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const CONFIG = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

export async function ensureBuilt(): Promise<string> {
  if (existsSync(`${DIST_DIR}/index.html`)) return DIST_DIR;
  console.log('renderer tests: dist/renderer is missing, building it (npm run build:renderer)');
  const { build } = await import('vite');
  await build({ configFile: CONFIG, logLevel: 'warn' });
  if (!existsSync(`${DIST_DIR}/index.html`))
    throw new Error(
      'dist/renderer/index.html is still missing: run `npm run build:renderer` and read its errors',
    );
  return DIST_DIR;
}
