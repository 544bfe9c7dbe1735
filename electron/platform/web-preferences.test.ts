/**
 * Security baseline (DESIGN.md section 9): one window factory with strict webPreferences.
 * The first part checks the preferences themselves; the second scans the client's source so
 * that a window created anywhere else, or a webPreferences object written by hand, fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { strictWebPreferences } from './web-preferences';

describe('strict webPreferences', () => {
  it.each([
    ['our page with the bridge', { preload: '/app/preload.cjs', devTools: false }],
    ['web content in a fresh partition', { partition: 'teleq-web-1', devTools: false }],
  ])('%s: isolated, sandboxed, no Node, no webview', (_name, options) => {
    const prefs = strictWebPreferences(options);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('never gives web content a preload', () => {
    expect(strictWebPreferences({ partition: 'teleq-web-1', devTools: false })).not.toHaveProperty(
      'preload',
    );
  });

  it('refuses a persistent partition for web content', () => {
    expect(() => strictWebPreferences({ partition: 'persist:teleq', devTools: false })).toThrow();
  });

  it('turns DevTools on only when asked (policy allowDevTools)', () => {
    expect(strictWebPreferences({ devTools: true }).devTools).toBe(true);
  });
});

const electronRoot = fileURLToPath(new URL('..', import.meta.url));
const FACTORY = 'platform/window-factory.ts';
const PREFERENCES = 'platform/web-preferences.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('one window factory', () => {
  const files = sources(electronRoot).map((path) => ({
    name: relative(electronRoot, path).split('\\').join('/'),
    text: readFileSync(path, 'utf8'),
  }));

  it('scans the client source', () => {
    expect(files.map((f) => f.name)).toContain(FACTORY);
    expect(files.map((f) => f.name)).toContain('main.ts');
  });

  it('creates windows and views only in the factory', () => {
    const creators = /new\s+(BrowserWindow|BrowserView|WebContentsView|electron\.BrowserWindow)\b/;
    const offenders = files
      .filter((f) => f.name !== FACTORY && creators.test(f.text))
      .map((f) => f.name);
    expect(offenders).toEqual([]);
  });

  it('writes webPreferences only through strictWebPreferences', () => {
    const offenders = files
      .filter(
        (f) => f.name !== FACTORY && f.name !== PREFERENCES && /webPreferences\s*:/.test(f.text),
      )
      .map((f) => f.name);
    expect(offenders).toEqual([]);
    const factory = files.find((f) => f.name === FACTORY)!.text;
    const uses = factory.match(/webPreferences\s*:[^\n]*/g) ?? [];
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/webPreferences\s*:\s*strictWebPreferences\(/);
  });

  it('lets pop-ups open only with the factory options', () => {
    for (const f of files) {
      const opensWindows = /from 'electron'/.test(f.text) && /setWindowOpenHandler/.test(f.text);
      if (!opensWindows || !/action:\s*'allow'/.test(f.text)) continue;
      expect(f.text, f.name).toMatch(/overrideBrowserWindowOptions:\s*childWindowOptions\(/);
    }
  });

  it('never weakens the preferences at run time or loads file://', () => {
    const weakening =
      /(nodeIntegration|contextIsolation|sandbox|webSecurity|webviewTag)\s*[:=]\s*(true|false)|allowRunningInsecureContent\s*[:=]\s*true|loadFile\(|file:\/\//;
    const offenders = files
      .filter((f) => f.name !== PREFERENCES && weakening.test(f.text))
      .map((f) => f.name);
    expect(offenders).toEqual([]);
  });
});
