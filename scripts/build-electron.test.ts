/** The main and preload bundles: CommonJS, electron and keytar external, no server code. */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildElectron } from './build-electron';

describe('build:electron', () => {
  it('bundles main.cjs and preload.cjs with only electron and keytar left outside', async () => {
    const out = await buildElectron({ outDir: mkdtempSync(join(tmpdir(), 'teleq-build-')) });
    const main = readFileSync(join(out, 'main.cjs'), 'utf8');
    const preload = readFileSync(join(out, 'preload.cjs'), 'utf8');
    const requires = (code: string) =>
      [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))].filter(
        (m) => !m.startsWith('node:'),
      );
    const builtins = new Set([
      'fs',
      'path',
      'crypto',
      'os',
      'url',
      'http',
      'module',
      'child_process',
      'net',
      'util',
      'events',
      'fs/promises',
      'stream',
      'buffer',
      'zlib',
      'https',
      'assert',
      'tty',
      'worker_threads',
    ]);
    expect(requires(main).filter((m) => !builtins.has(m))).toEqual(['electron']);
    // keytar is loaded lazily at first use, so a machine without libsecret still starts.
    expect(main).toContain('(__teleq_import_meta_url)("keytar")');
    expect(requires(preload)).toEqual(['electron']);
    expect(main).not.toMatch(/fastify|better-sqlite3|oidc-provider/);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/ipcRenderer\s*[,}]\s*\)/);
  });
});
