/** Sizes of the production renderer bundle as shipped (raw) and as a transfer would be (gzip). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RendererResult } from '../lib/result';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export type BundleSizes = Pick<
  RendererResult,
  'jsBytes' | 'jsGzipBytes' | 'cssBytes' | 'cssGzipBytes' | 'files'
>;

export function measureBundle(distDir: string): BundleSizes {
  const files = walk(distDir)
    .filter((path) => /\.(js|css|html)$/.test(path))
    .map((path) => {
      const content = readFileSync(path);
      return {
        file: relative(distDir, path),
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const sum = (ext: string, key: 'bytes' | 'gzipBytes'): number =>
    files.filter((f) => f.file.endsWith(ext)).reduce((total, f) => total + f[key], 0);
  if (!files.some((f) => f.file.endsWith('.js'))) {
    throw new Error(`no JavaScript in ${distDir}: was the renderer built?`);
  }
  return {
    jsBytes: sum('.js', 'bytes'),
    jsGzipBytes: sum('.js', 'gzipBytes'),
    cssBytes: sum('.css', 'bytes'),
    cssGzipBytes: sum('.css', 'gzipBytes'),
    files,
  };
}
