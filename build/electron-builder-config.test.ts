// The packaging configuration is checked the way electron-builder itself checks it (its loader,
// its `extends` merge and its JSON schema), without downloading Electron or any toolchain.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import type { Configuration } from 'app-builder-lib';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const quietLogger = { isEnabled: false, add() {} } as unknown as Parameters<
  typeof validateConfiguration
>[1];

async function load(configPath: string | null): Promise<Configuration> {
  return getConfig(projectDir, configPath, null);
}

/** DESIGN.md section 9: the value each fuse must have in a production build. */
const PRODUCTION_FUSES: Record<keyof typeof FuseV1Options, boolean> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

/** electron-builder names each fuse as the enum member in lower camel case. */
function builderFuseKey(enumName: string): string {
  return enumName[0]!.toLowerCase() + enumName.slice(1);
}

function fuseNames(): string[] {
  return Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const config = await load(null);
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('would be rejected by the same validator if an option were misspelled', async () => {
    const config = await load(null);
    const broken = { ...config, msi: { ...config.msi, perMachne: true } } as Configuration;
    await expect(validateConfiguration(broken, quietLogger)).rejects.toThrow(/configuration\.msi/);
  });

  it('names every fuse of the installed @electron/fuses with the value the design asks', async () => {
    const fuses = (await load(null)).electronFuses as Record<string, unknown>;
    expect(fuseNames().sort()).toEqual(Object.keys(PRODUCTION_FUSES).sort());
    for (const name of fuseNames()) {
      expect(fuses[builderFuseKey(name)], name).toBe(
        PRODUCTION_FUSES[name as keyof typeof FuseV1Options],
      );
    }
  });

  it('builds a per-machine MSI with a fixed upgrade code and no launch after install', async () => {
    const config = await load(null);
    const targets = JSON.stringify(config.win?.target);
    expect(targets).toContain('"msi"');
    expect(targets).toContain('"nsis"');
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.upgradeCode).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
    expect(config.msi?.runAfterFinish).toBe(false);
    expect(config.msiProjectCreated).toBe('./build/msi/msi-project-created.mjs');
    expect(config.asar).toBe(true);
    const linux = JSON.stringify(config.linux?.target);
    expect(linux).toContain('"AppImage"');
    expect(linux).toContain('"deb"');
  });

  it('keeps the upgrade code of the first release (changing it breaks MSI upgrades)', () => {
    const yml = readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8');
    expect(yml).toContain('upgradeCode: 88B3C0EE-BF03-40A7-9D58-CF96AC9AC60E');
  });

  it('has an end-to-end variant that differs only by the inspect-arguments fuse', async () => {
    const production = await load(null);
    const e2e = await load('build/electron-builder.e2e.yml');
    await expect(validateConfiguration(e2e, quietLogger)).resolves.toBeUndefined();
    expect(e2e.electronFuses).toEqual({
      ...production.electronFuses,
      enableNodeCliInspectArguments: true,
    });
    expect(e2e.msi).toEqual(production.msi);
    expect(e2e.directories?.output).not.toBe(production.directories?.output);
  });

  it('ships the bundled client and keytar, never the server or its dependencies', async () => {
    const config = await load(null);
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    const matcher = new FileMatcher(projectDir, '/app', (s: string) => s, patterns);
    const filter = matcher.createFilter();
    const file = { isDirectory: () => false } as never;
    const ships = (relative: string) => filter(`${projectDir}${relative}`, file);
    expect(ships('dist/electron/main.cjs')).toBe(true);
    expect(ships('dist/electron/preload.cjs')).toBe(true);
    expect(ships('dist/renderer/index.html')).toBe(true);
    expect(ships('package.json')).toBe(true);
    expect(ships('node_modules/keytar/build/Release/keytar.node')).toBe(true);
    expect(ships('node_modules/keytar/lib/keytar.js')).toBe(true);
    for (const never of [
      'server/service.ts',
      'electron/main.ts',
      'node_modules/fastify/package.json',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/oidc-provider/lib/index.js',
      'dist/electron/main.cjs.map',
      'build/msi/wix-edit.ts',
    ]) {
      expect(ships(never), never).toBe(false);
    }
    expect(config.npmRebuild).toBe(false);
  });

  it('has one command per platform to build the installers', () => {
    const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
      .scripts as Record<string, string>;
    expect(scripts['dist:win']).toMatch(/electron-builder --win/);
    expect(scripts['dist:linux']).toMatch(/electron-builder --linux/);
    expect(scripts['dist:e2e']).toContain('-c build/electron-builder.e2e.yml');
    expect(scripts.test).not.toMatch(/dist:|electron-builder/);
  });
});
