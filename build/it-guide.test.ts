// The IT guides are what IT types from: their tables must name every setting, property, type,
// default and CLI option the code actually has, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, defaultConfig, type ConfigKey } from '../shared/config/schema';
import { DEVICE_KEY_ACCOUNT, KEYCHAIN_SERVICE } from '../electron/core/device/key-store';
import { MIGRATE_SHORTCUTS_PROPERTY, MSI_POLICY_PROPERTIES, REMEMBER_KEY } from './msi/properties';
import { POLICY_KEY_FULL, registryType, settingShape } from './policy/registry';

const GUIDES = {
  en: readFileSync(new URL('../docs/it-guide.md', import.meta.url), 'utf8'),
  fi: readFileSync(new URL('../docs/it-guide.fi.md', import.meta.url), 'utf8'),
};

function policyRow(guide: string, key: ConfigKey): string[] {
  const row = guide
    .split('\n')
    .find((l) => l.startsWith(`| \`${key}\` | `) && l.split('|').length === 8);
  expect(row, `policy table row for ${key}`).toBeDefined();
  return row!
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

function shownDefault(value: unknown): string | null {
  if (typeof value === 'boolean') return `\`${value ? 1 : 0}\``;
  if (typeof value === 'number' || (typeof value === 'string' && value !== ''))
    return `\`${value}\``;
  return null;
}

describe.each(Object.entries(GUIDES))('IT guide (%s)', (_lang, guide) => {
  it.each(CONFIG_KEYS)('the policy table states %s as the code has it', (key) => {
    const [, property, type, workstation, shared] = policyRow(guide, key);
    const msi = MSI_POLICY_PROPERTIES.find((p) => p.key === key);
    expect(property).toBe(msi ? `\`${msi.property}\`` : '—');
    expect(type).toBe(registryType(settingShape(key)));
    const ws = shownDefault(defaultConfig('workstation')[key]);
    const st = shownDefault(defaultConfig('shared-terminal')[key]);
    if (ws) expect(workstation).toBe(ws);
    if (st) expect(shared).toBe(st);
  });

  it('the property table lists every MSI property with its key and type', () => {
    for (const { property, key } of MSI_POLICY_PROPERTIES) {
      expect(guide).toContain(
        `| \`${property}\` | \`${key}\` | ${registryType(settingShape(key))} |`,
      );
    }
    expect(guide).toContain(`| \`${MIGRATE_SHORTCUTS_PROPERTY}\` |`);
  });

  it('names the registry keys, the keychain entry and every migration option', async () => {
    expect(guide).toContain(POLICY_KEY_FULL);
    expect(guide).toContain(`HKLM\\${REMEMBER_KEY}`);
    expect(guide).toContain(`\`${KEYCHAIN_SERVICE}\``);
    expect(guide).toContain(`\`${DEVICE_KEY_ACCOUNT}\``);
    const { parseMigrateArgs } = await import('../electron/core/shortcuts/cli');
    for (const option of [
      '--dry-run',
      '--all-users',
      '--root',
      '--backup-dir',
      '--backup-beside',
      '--log',
    ]) {
      expect(typeof parseMigrateArgs([option, 'x'])).toBe('object');
      expect(guide).toContain(option);
    }
    expect(guide).toContain('npm run dist:win');
    expect(guide).toContain('npm run dist:linux');
  });
});
