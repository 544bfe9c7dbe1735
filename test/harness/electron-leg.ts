/**
 * Whether the Electron leg can run here: it needs TELEQ_E2E_SHELL=electron, an Electron binary
 * (ELECTRON_OVERRIDE_DIST_PATH or a normal install of the `electron` package) and the built main
 * process. Whatever is missing is said in one line; the leg is never skipped silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ELECTRON_MAIN = join(process.cwd(), 'dist', 'electron', 'main.cjs');

export interface ElectronLegStatus {
  runs: boolean;
  line: string;
  executablePath?: string;
}

function electronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  const pathTxt = join(process.cwd(), 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const candidate = join(
    process.cwd(),
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathTxt, 'utf8').trim(),
  );
  return existsSync(candidate) ? candidate : null;
}

export function electronLegStatus(): ElectronLegStatus {
  if (process.env.TELEQ_E2E_SHELL !== 'electron') {
    return {
      runs: false,
      line: 'Electron leg not run: TELEQ_E2E_SHELL is not "electron"; the journeys ran in the browser shell (Chromium + the real core).',
    };
  }
  const binary = electronBinary();
  if (!binary) {
    return {
      runs: false,
      line: 'Electron leg not run: no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH to an installed Electron, or install the electron package with its binary).',
    };
  }
  if (!existsSync(ELECTRON_MAIN)) {
    return {
      runs: false,
      line: `Electron leg not run: the main process is not built (${ELECTRON_MAIN}); run \`npm run build:electron\` first.`,
    };
  }
  return { runs: true, line: `Electron leg runs with ${binary}.`, executablePath: binary };
}
