/**
 * Whether the Electron leg can run here: it needs TELEQ_E2E_SHELL=electron, an Electron binary
 * (ELECTRON_OVERRIDE_DIST_PATH or a normal install of the `electron` package) and the built main
 * process. Whatever is missing is said in one line; the leg is never skipped silently.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary';

export const ELECTRON_MAIN = join(process.cwd(), 'dist', 'electron', 'main.cjs');

export interface ElectronLegStatus {
  runs: boolean;
  line: string;
  executablePath?: string;
}

export function electronLegStatus(): ElectronLegStatus {
  if (process.env.TELEQ_E2E_SHELL !== 'electron') {
    return {
      runs: false,
      line: 'Electron leg not run: TELEQ_E2E_SHELL is not "electron"; the journeys ran in the browser shell (Chromium + the real core).',
    };
  }
  const found = findElectronBinary();
  if (!found.ok) {
    return {
      runs: false,
      line: `Electron leg not run: no Electron binary (${found.reason}); set ELECTRON_OVERRIDE_DIST_PATH to an installed Electron.`,
    };
  }
  const binary = found.path;
  if (!existsSync(ELECTRON_MAIN)) {
    return {
      runs: false,
      line: `Electron leg not run: the main process is not built (${ELECTRON_MAIN}); run \`npm run build:electron\` first.`,
    };
  }
  return { runs: true, line: `Electron leg runs with ${binary}.`, executablePath: binary };
}
