// The WiX edit on the project electron-builder really generates (its own MsiTarget and template,
// see test/electron-builder-project.ts), checked as the Windows Installer would read it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { resolveFunction } from 'app-builder-lib/out/util/resolve.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_KEY, registryType, settingShape } from '../policy/registry';
import { MIGRATE_SHORTCUTS_PROPERTY, MSI_POLICY_PROPERTIES, REMEMBER_KEY } from './properties';
import { FIXTURE_PATH, renderProjectForOurConfig } from './test/our-project';
import { addPolicyPropertiesToWix, MIGRATE_ACTION, WixEditError } from './wix-edit';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  cdataPropName: '#cdata',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === name) (v as Node[]).forEach((n) => out.push(n));
      all(v, name, out);
    }
  }
  return out;
}

function text(node: Node): string {
  const cdata = node['#cdata'] as string[] | undefined;
  return cdata?.[0] ?? String(node['#text'] ?? '');
}

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const fixture = readFileSync(FIXTURE_PATH, 'utf8');
let edited: string;
let doc: unknown;
beforeAll(() => {
  edited = addPolicyPropertiesToWix(fixture);
  doc = parser.parse(edited);
});

describe('fixture', () => {
  it("is what the installed electron-builder generates for our electron-builder.yml (regenerate with 'npx tsx build/msi/test/render-fixture.mts')", async () => {
    expect(await renderProjectForOurConfig()).toBe(fixture);
  });

  it('is a per-machine project with no launch after install', () => {
    expect(fixture).toContain('<Property Id="ALLUSERS" Secure="yes" Value="1"/>');
    expect(fixture).not.toContain('runAfterFinish');
  });
});

describe('addPolicyPropertiesToWix', () => {
  it('gives well-formed XML that keeps every line of the generated project', () => {
    expect(XMLValidator.validate(edited)).toBe(true);
    const lines = edited.split('\n');
    for (const line of fixture.split('\n')) expect(lines).toContain(line);
  });

  it.each(MSI_POLICY_PROPERTIES)(
    '$property is a secure public property remembered in the installer key',
    ({ property }) => {
      const declared = all(doc, 'Property').filter((p) => p['@Id'] === property);
      expect(declared).toHaveLength(1);
      expect(declared[0]!['@Secure']).toBe('yes');
      const search = all(declared[0], 'RegistrySearch')[0]!;
      expect(search).toMatchObject({ '@Root': 'HKLM', '@Key': REMEMBER_KEY, '@Name': property });
    },
  );

  it.each(MSI_POLICY_PROPERTIES)(
    '$property is written to the policy value $key only when given, with the right type',
    ({ property, key }) => {
      const writers = all(doc, 'Component').filter((c) =>
        all(c, 'RegistryValue').some((r) => r['@Key'] === POLICY_KEY && r['@Name'] === key),
      );
      expect(writers).toHaveLength(1);
      const component = writers[0]!;
      expect(all(component, 'Condition').map(text)).toEqual([`${property} <> ""`]);
      const values = all(component, 'RegistryValue');
      const policy = values.find((r) => r['@Key'] === POLICY_KEY)!;
      const wixType = registryType(settingShape(key)) === 'REG_DWORD' ? 'integer' : 'string';
      expect(policy).toMatchObject({
        '@Root': 'HKLM',
        '@Type': wixType,
        '@Value': `[${property}]`,
      });
      const remembered = values.find((r) => r['@Key'] === REMEMBER_KEY)!;
      expect(remembered).toMatchObject({ '@Name': property, '@KeyPath': 'yes' });
      expect(component['@Guid']).toMatch(/^[0-9A-F-]{36}$/);
    },
  );

  it('lets a value on the command line win over the remembered one in both sequences', () => {
    for (const table of ['InstallUISequence', 'InstallExecuteSequence']) {
      const sequences = all(doc, table);
      expect(sequences, table).toHaveLength(1);
      const customs = all(sequences[0], 'Custom');
      for (const { property } of MSI_POLICY_PROPERTIES) {
        const save = all(doc, 'CustomAction').find(
          (a) => a['@Property'] === `CMDLINE_${property}`,
        )!;
        const restore = all(doc, 'CustomAction').find(
          (a) => a['@Property'] === property && a['@Value'] === `[CMDLINE_${property}]`,
        )!;
        expect(save['@Value']).toBe(`[${property}]`);
        expect(customs.find((c) => c['@Action'] === save['@Id'])!['@Before']).toBe('AppSearch');
        const after = customs.find((c) => c['@Action'] === restore['@Id'])!;
        expect(after['@After']).toBe('AppSearch');
        expect(text(after)).toBe(`CMDLINE_${property} <> ""`);
      }
    }
  });

  it('installs the policy components with the product feature', () => {
    const feature = all(doc, 'Feature').find((f) => f['@Id'] === 'ProductFeature')!;
    const refs = all(feature, 'ComponentGroupRef').map((r) => r['@Id']);
    expect(refs).toEqual(['ProductComponents', 'AuroraTeleqPolicyComponents']);
    const ids = all(doc, 'Component').map((c) => c['@Id']);
    expect(new Set(ids.filter(Boolean)).size).toBe(ids.filter(Boolean).length);
  });

  it('refuses malformed enum, number and boolean values before installing anything', () => {
    const conditions = all(doc, 'Condition').filter((c) => c['@Message']);
    const byProperty = (p: string) => conditions.find((c) => text(c).includes(`${p} = ""`));
    expect(text(byProperty('MODE')!)).toBe(
      'Installed OR MODE = "" OR MODE = "workstation" OR MODE = "shared-terminal"',
    );
    expect(text(byProperty('IDLE_TIMEOUT_MINUTES')!)).toContain(
      '(IDLE_TIMEOUT_MINUTES >= 0 AND IDLE_TIMEOUT_MINUTES <= 720)',
    );
    expect(text(byProperty('REMEMBER_USERS')!)).toContain('REMEMBER_USERS = "1"');
    expect(byProperty('MODE')!['@Message']).toBe(
      'MODE must be one of: workstation, shared-terminal.',
    );
    expect(text(byProperty('SERVER_URL')!)).toBe(
      'Installed OR SERVER_URL = "" OR SERVER_URL ~<< "https://"',
    );
    expect(byProperty('SERVER_URL')!['@Message']).toBe(
      'SERVER_URL must be an address starting with https://.',
    );
    expect(byProperty('DOWNLOAD_DIRECTORY')).toBeUndefined();
  });

  it('runs the shortcut migration as a deferred action only when MIGRATE_SHORTCUTS=1', () => {
    expect(all(doc, 'Property').some((p) => p['@Id'] === MIGRATE_SHORTCUTS_PROPERTY)).toBe(true);
    const action = all(doc, 'CustomAction').find((a) => a['@Id'] === MIGRATE_ACTION)!;
    expect(action).toMatchObject({
      '@FileKey': 'mainExecutable',
      '@Execute': 'deferred',
      '@Impersonate': 'no',
      '@Return': 'ignore',
    });
    expect(action['@ExeCommand']).toMatch(
      /^--migrate-shortcuts --all-users --log "\[CommonAppDataFolder\]/,
    );
    const execute = all(doc, 'InstallExecuteSequence')[0];
    const custom = all(execute, 'Custom').find((c) => c['@Action'] === MIGRATE_ACTION)!;
    expect(custom['@Before']).toBe('InstallFinalize');
    expect(text(custom)).toBe('MIGRATE_SHORTCUTS = "1" AND NOT REMOVE~="ALL"');
    expect(all(all(doc, 'InstallUISequence'), 'Custom').map((c) => c['@Action'])).not.toContain(
      MIGRATE_ACTION,
    );
  });

  it('merges into a sequence table the template already has', async () => {
    const withLaunch = await renderProjectForOurConfig({ runAfterFinish: true });
    const out = addPolicyPropertiesToWix(withLaunch);
    expect(XMLValidator.validate(out)).toBe(true);
    const sequences = all(parser.parse(out), 'InstallExecuteSequence');
    expect(sequences).toHaveLength(1);
    const actions = all(sequences, 'Custom').map((c) => c['@Action']);
    expect(actions).toContain('runAfterFinish');
    expect(actions).toContain(MIGRATE_ACTION);
  });

  it.each([
    ['the feature reference', '<ComponentGroupRef Id="ProductComponents"/>'],
    ['the end of Product', '</Product>'],
    ['the main executable', 'Id="mainExecutable"'],
  ])('fails loudly when %s is missing', (_what, anchor) => {
    const broken = fixture.replace(anchor, '');
    expect(() => addPolicyPropertiesToWix(broken)).toThrow(WixEditError);
    expect(() => addPolicyPropertiesToWix(broken)).toThrow(
      /electron-builder changed its MSI template/,
    );
  });

  it('refuses to edit the same project twice', () => {
    expect(() => addPolicyPropertiesToWix(edited)).toThrow(/already been edited/);
  });
});

describe('the msiProjectCreated hook electron-builder loads', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'teleq-msi-hook-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('edits project.wxs in place', async () => {
    const { msiProjectCreated } = await import('./msi-project-created.mjs');
    const file = join(dir, 'project.wxs');
    writeFileSync(file, fixture);
    await msiProjectCreated(file);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it("is found by electron-builder's own hook loader from electron-builder.yml", async () => {
    const config = await getConfig(projectDir, null, null);
    const hook = (await resolveFunction(
      'module',
      config.msiProjectCreated,
      'msiProjectCreated',
      projectDir,
    )) as (path: string) => Promise<void>;
    const file = join(dir, 'loaded-by-electron-builder.wxs');
    writeFileSync(file, fixture);
    const cwd = process.cwd();
    try {
      // electron-builder resolves a "./" hook path against the working directory it runs in.
      process.chdir(projectDir);
      await hook(file);
    } finally {
      process.chdir(cwd);
    }
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('rejects, and so fails the build, when the anchor is missing', async () => {
    const { msiProjectCreated } = await import('./msi-project-created.mjs');
    const file = join(dir, 'changed-template.wxs');
    writeFileSync(file, fixture.replace('<ComponentGroupRef Id="ProductComponents"/>', ''));
    await expect(msiProjectCreated(file)).rejects.toThrow(/ProductComponents/);
  });
});
