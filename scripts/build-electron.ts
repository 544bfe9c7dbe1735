/**
 * Bundles the main process and the preload with esbuild: dist/electron/main.cjs and
 * dist/electron/preload.cjs. CommonJS because sandboxed preloads cannot load ES modules and
 * the main bundle then needs no loader tricks; `electron` and `keytar` (a native addon) stay
 * external. Run: `npm run build:electron`.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BuildElectronOptions {
  outDir?: string;
  production?: boolean;
}

export async function buildElectron(options: BuildElectronOptions = {}): Promise<string> {
  const outDir = options.outDir ?? join(root, 'dist', 'electron');
  const common = {
    bundle: true,
    format: 'cjs' as const,
    platform: 'node' as const,
    target: 'node22',
    external: ['electron', 'keytar'],
    logLevel: 'warning' as const,
    legalComments: 'none' as const,
    minify: options.production ?? false,
    sourcemap: false,
    define: {
      'process.env.NODE_ENV': JSON.stringify(options.production ? 'production' : 'development'),
    },
  };
  await build({
    ...common,
    entryPoints: [join(root, 'electron', 'main.ts')],
    outfile: join(outDir, 'main.cjs'),
    // ES module sources use import.meta.url (createRequire for keytar); CommonJS has __filename.
    define: { ...common.define, 'import.meta.url': '__teleq_import_meta_url' },
    banner: {
      js: "const __teleq_import_meta_url = require('node:url').pathToFileURL(__filename).href;",
    },
  });
  await build({
    ...common,
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(outDir, 'preload.cjs'),
  });
  return outDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = await buildElectron({ production: process.argv.includes('--production') });
  console.log(`built ${join(outDir, 'main.cjs')} and ${join(outDir, 'preload.cjs')}`);
}
