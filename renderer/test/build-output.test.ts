/**
 * The production bundle fits the app:// CSP (no inline script or style, nothing fetched from
 * elsewhere), carries no secret-shaped code paths, and stays small.
 */
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './dist';

/** Budget for everything the first screen loads, gzip. React + i18next + three languages fit. */
const GZIP_BUDGET_BYTES = 130 * 1024;

let dist: string;
let html: string;
let assets: { name: string; body: string }[];

beforeAll(async () => {
  dist = await ensureBuilt();
  html = await readFile(join(dist, 'index.html'), 'utf8');
  const names = await readdir(join(dist, 'assets'));
  assets = await Promise.all(
    names.map(async (name) => ({ name, body: await readFile(join(dist, 'assets', name), 'utf8') })),
  );
});

describe('renderer bundle', () => {
  it('has no inline script, inline style or style attribute in index.html', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toMatch(/<link rel="stylesheet"[^>]*href="\.\/assets\/[^"]+\.css"/);
  });

  it('loads nothing from another origin and uses no eval', () => {
    for (const { name, body } of assets) {
      if (name.endsWith('.css')) expect(body, name).not.toMatch(/url\((?!["']?data:)/);
      if (name.endsWith('.js')) {
        expect(/\beval\(|new Function\(/.test(body), `${name} uses eval`).toBe(false);
        // XML namespaces and the libraries' documentation links in error texts are not requests.
        const urls = [...body.matchAll(/https?:\/\/[^"'`\s)]+/g)].map((m) => m[0]);
        const foreign = urls.filter(
          (u) => !/^https?:\/\/(www\.w3\.org|react\.dev|react\.i18next\.com)\//.test(u),
        );
        expect(foreign, name).toEqual([]);
      }
    }
  });

  it(`is small: under ${GZIP_BUDGET_BYTES / 1024} KiB gzip (size printed)`, () => {
    let total = 0;
    for (const { name, body } of assets) {
      const size = gzipSync(body, { level: 9 }).length;
      total += size;
      console.log(`renderer bundle: ${name} ${(size / 1024).toFixed(1)} KiB gzip`);
    }
    console.log(`renderer bundle: total ${(total / 1024).toFixed(1)} KiB gzip`);
    expect(total).toBeLessThan(GZIP_BUDGET_BYTES);
  });
});
