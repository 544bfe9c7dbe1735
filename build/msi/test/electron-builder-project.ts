// Produces the WiX project exactly as the installed electron-builder writes it before its
// `msiProjectCreated` hook runs: its own MsiTarget renders its own template for our msi options,
// over a small stand-in of an unpacked Windows app. Only the packager around it is a stand-in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// The package's entry point first: MsiTarget alone hits a require cycle inside app-builder-lib.
import 'app-builder-lib';
import * as msiTargetModule from 'app-builder-lib/out/targets/MsiTarget.js';
import { getEffectiveOptions } from 'app-builder-lib/out/options/CommonWindowsInstallerConfiguration.js';

/** The app's files as electron-builder lays them out for Windows (a representative subset). */
const APP_FILES = [
  'aurora-teleq.exe',
  'chrome_100_percent.pak',
  'ffmpeg.dll',
  'icudtl.dat',
  'LICENSE.electron.txt',
  'resources.pak',
  'locales/en-US.pak',
  'locales/fi.pak',
  'locales/sv.pak',
  'resources/app.asar',
  'resources/app.asar.unpacked/node_modules/keytar/build/Release/keytar.node',
];

export interface MsiOptionsLike {
  oneClick?: boolean;
  perMachine?: boolean;
  upgradeCode?: string;
  runAfterFinish?: boolean;
  shortcutName?: string;
  createDesktopShortcut?: boolean | 'always';
  createStartMenuShortcut?: boolean;
  menuCategory?: boolean | string;
}

export async function renderElectronBuilderWixProject(msi: MsiOptionsLike): Promise<string> {
  const appOutDir = mkdtempSync(join(tmpdir(), 'teleq-win-unpacked-'));
  try {
    for (const file of APP_FILES) {
      mkdirSync(dirname(join(appOutDir, file)), { recursive: true });
      writeFileSync(join(appOutDir, file), '');
    }
    const appInfo = {
      id: 'com.aurorateleq.client',
      productName: 'Aurora teleQ',
      productFilename: 'aurora-teleq',
      sanitizedProductName: 'Aurora teleQ',
      sanitizedName: 'aurora-teleq-client',
      companyName: 'Aurora teleQ',
      description: 'Aurora teleQ kiosk login client and the teleQ login service',
      getVersionInWeirdWindowsForm: () => '0.1.0.0',
    };
    const packager = {
      appInfo,
      config: { msi, toolsets: {} },
      platformSpecificBuildOptions: {},
      compression: 'normal',
      fileAssociations: [],
      getIconPath: async () => 'C:\\build\\icon.ico',
      expandMacro: (pattern: string) => pattern,
    };
    // MsiTarget is electron-builder's own class; its types want a full WinPackager.
    // CommonJS default export: under ESM interop it may sit one level deeper.
    const mod = msiTargetModule as unknown as { default: unknown & { default?: unknown } };
    const MsiTarget = mod.default.default ?? mod.default;
    const target = new (
      MsiTarget as unknown as new (
        p: unknown,
        o: string,
      ) => {
        writeManifest(appOutDir: string, arch: number, options: unknown): Promise<string>;
      }
    )(packager, appOutDir);
    const x64 = 1;
    const common = getEffectiveOptions(msi as never, packager as never);
    const project = await target.writeManifest(appOutDir, x64, common);
    // The temp folder's name would make every rendering differ; electron-builder uses $(var.appDir).
    return project.split(appOutDir).join('C:\\build\\win-unpacked');
  } finally {
    rmSync(appOutDir, { recursive: true, force: true });
  }
}
