/**
 * Where the Electron binary is, or why there is none. The npm package only holds a downloader;
 * on machines that cannot download it (ours), `require('electron')` throws, and an
 * ELECTRON_OVERRIDE_DIST_PATH may point at a folder without the executable.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  if (typeof path !== 'string')
    return { ok: false, reason: 'the electron package did not name a binary' };
  if (!existsSync(path)) return { ok: false, reason: `no executable at ${path}` };
  return { ok: true, path };
}

export function missingElectronParagraph(reason: string): string {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  return [
    'Aurora teleQ cannot start: the Electron binary is not installed on this machine',
    `(${reason}${override ? `; ELECTRON_OVERRIDE_DIST_PATH is ${override}` : '; ELECTRON_OVERRIDE_DIST_PATH is not set'}).`,
    "The npm package 'electron' only downloads the binary at install time, and this machine could",
    'not download it. If Electron is installed elsewhere, point ELECTRON_OVERRIDE_DIST_PATH at the',
    'folder that holds its executable (electron, or electron.exe on Windows), for example',
    '`ELECTRON_OVERRIDE_DIST_PATH=/opt/electron npm start`; or install it with network access',
    '(`npm rebuild electron`). Without Electron, `npm run preview` runs the same client (the same',
    'core and screens, against the same demo login service) in Chromium.',
  ].join(' ');
}
