import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../shared/config/schema';
import { parseArgs } from './args';
import { defaultConfigFilePath, parseConfigFile } from './file';
import { loadConfig } from './load';
import { mergeConfig } from './merge';
import { policyLayer } from './policy';
import { formatEffectiveConfig } from './print';
import { isMissingKeyOutput, parseRegQuery } from './registry';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('configuration merge: defaults < file < policy < flags', () => {
  it('uses the built-in defaults, aurorateleq.com first (R1), when nothing is set', () => {
    const { config, sources, problems, notices } = mergeConfig({});
    expect(config).toEqual(defaultConfig('workstation'));
    expect(config.serverUrl).toBe('https://aurorateleq.com');
    expect(Object.values(sources).every((s) => s === 'default')).toBe(true);
    expect(problems).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('lets each higher layer win and reports where every value came from', () => {
    const { config, sources } = mergeConfig({
      file: { values: { language: 'en', idleWarningSeconds: 30, downloads: 'block' } },
      policy: { values: { language: 'sv', idleWarningSeconds: 45 } },
      flag: { values: { language: 'fi' } },
    });
    expect(config.language).toBe('fi');
    expect(sources.language).toBe('flag');
    expect(config.idleWarningSeconds).toBe(45);
    expect(sources.idleWarningSeconds).toBe('policy');
    expect(config.downloads).toBe('block');
    expect(sources.downloads).toBe('file');
    expect(sources.mode).toBe('default');
  });

  it('takes the mode-dependent defaults of the effective mode (shared terminal)', () => {
    const { config } = mergeConfig({ policy: { values: { mode: 'shared-terminal' } } });
    expect(config).toMatchObject({
      mode: 'shared-terminal',
      idleTimeoutMinutes: 10,
      ssoBrowser: 'embedded',
      externalLinks: 'block',
      maxRememberedUsers: 12,
    });
  });

  it('reports an invalid value and falls back to the default without losing the other keys', () => {
    const { config, sources, problems, notices } = mergeConfig({
      file: {
        values: { idleTimeoutMinutes: 5, mode: 'kiosk', language: 'de', idleWarningSeconds: 20 },
      },
    });
    expect(config.mode).toBe('workstation');
    expect(config.language).toBe('auto');
    expect(sources.language).toBe('default');
    expect(config.idleTimeoutMinutes).toBe(5);
    expect(config.idleWarningSeconds).toBe(20);
    expect(problems.map((p) => p.key).sort()).toEqual(['language', 'mode']);
    expect(notices).toContainEqual({ kind: 'config-invalid', key: 'mode', source: 'file' });
  });

  it('does not let an invalid policy value silently pick up the file value', () => {
    const { config, sources } = mergeConfig({
      file: { values: { idleTimeoutMinutes: 30 } },
      policy: { values: { idleTimeoutMinutes: -1 } },
    });
    expect(config.idleTimeoutMinutes).toBe(0);
    expect(sources.idleTimeoutMinutes).toBe('default');
  });

  it('reports unknown keys', () => {
    const { problems } = mergeConfig({ file: { values: { serverURL: 'https://x.example' } } });
    expect(problems).toEqual([expect.objectContaining({ key: 'serverURL', source: 'file' })]);
  });

  it('in packaged builds, a flag cannot override machine policy', () => {
    const { config, sources, problems } = mergeConfig({
      policy: { values: { serverUrl: 'https://teleq.hospital.example' } },
      flag: { values: { serverUrl: 'http://127.0.0.1:9999', allowDevTools: true } },
      flagsOverridePolicy: false,
    });
    expect(config.serverUrl).toBe('https://teleq.hospital.example');
    expect(sources.serverUrl).toBe('policy');
    expect(config.allowDevTools).toBe(true);
    expect(problems[0]?.message).toMatch(/machine policy/);
  });
});

describe('server address (R1, R2)', () => {
  it.each([
    ['https://www.takaisinsoitto.fi', 'https://aurorateleq.com'],
    ['https://takaisinsoitto.fi/', 'https://aurorateleq.com'],
    ['http://www.teleq.fi', 'https://aurorateleq.com'],
    ['https://TELEQ.FI:8443/', 'https://aurorateleq.com'],
    ['https://www.teleq.fi./', 'https://aurorateleq.com'],
    ['https://WWW.Takaisinsoitto.FI/login', 'https://aurorateleq.com/login'],
  ])('legacy %s is rewritten to %s with a notice', (from, to) => {
    const { config, notices, problems, sources } = mergeConfig({
      policy: { values: { serverUrl: from } },
    });
    expect(config.serverUrl).toBe(to);
    expect(sources.serverUrl).toBe('policy');
    expect(notices).toEqual([{ kind: 'legacy-server-rewritten', from, to }]);
    expect(problems[0]?.message).toMatch(/no longer logs in/);
  });

  it.each(['https://teleq.fi.evil.example', 'https://myteleq.fi', 'https://teleq.fi@evil.example'])(
    'a look-alike %s is not treated as legacy',
    (url) => {
      const { notices } = mergeConfig({ file: { values: { serverUrl: url } } });
      expect(notices.filter((n) => n.kind === 'legacy-server-rewritten')).toEqual([]);
    },
  );

  it('refuses plain http for a server that is not on this machine', () => {
    const { config, notices, sources } = mergeConfig({
      file: { values: { serverUrl: 'http://teleq.hospital.example' } },
    });
    expect(config.serverUrl).toBe('https://aurorateleq.com');
    expect(sources.serverUrl).toBe('default');
    expect(notices).toEqual([
      { kind: 'insecure-server-refused', serverUrl: 'http://teleq.hospital.example' },
    ]);
  });

  it.each(['http://127.0.0.1:8470', 'http://localhost:8470', 'http://[::1]:8470'])(
    'accepts plain http on loopback: %s',
    (url) => {
      const { config, notices } = mergeConfig({ flag: { values: { serverUrl: url } } });
      expect(config.serverUrl).toBe(url);
      expect(notices).toEqual([]);
    },
  );

  it('refuses credentials in the server address', () => {
    const { config, notices } = mergeConfig({
      file: { values: { serverUrl: 'https://admin:pw@aurorateleq.com' } },
    });
    expect(config.serverUrl).toBe('https://aurorateleq.com');
    expect(notices[0]).toMatchObject({ kind: 'config-invalid', key: 'serverUrl' });
  });

  it('refuses non-web schemes', () => {
    const { config, notices } = mergeConfig({
      file: { values: { serverUrl: 'file:///etc/passwd' } },
    });
    expect(config.serverUrl).toBe('https://aurorateleq.com');
    expect(notices[0]).toMatchObject({ kind: 'config-invalid', key: 'serverUrl' });
  });
});

describe('machine policy from reg.exe output', () => {
  it('parses a recorded shared-terminal policy with every registry type', () => {
    const values = parseRegQuery(fixture('reg-query-shared-terminal.txt'));
    expect(values.get('idleTimeoutMinutes')).toEqual({ type: 'REG_DWORD', data: 15 });
    expect(values.get('allowedOrigins')).toEqual({
      type: 'REG_MULTI_SZ',
      data: ['https://video.example.com', 'https://chat.example.com'],
    });
    expect(values.get('downloadDirectory')).toEqual({ type: 'REG_SZ', data: '' });
    expect(values.has('(Default)')).toBe(false);

    const { config, sources, notices } = mergeConfig({ policy: policyLayer(values) });
    expect(config).toMatchObject({
      serverUrl: 'https://aurorateleq.com/login',
      mode: 'shared-terminal',
      idleTimeoutMinutes: 15,
      rememberUsers: true,
      allowDevTools: false,
      allowedOrigins: ['https://video.example.com', 'https://chat.example.com'],
      language: 'sv',
    });
    expect(sources.idleTimeoutMinutes).toBe('policy');
    expect(notices[0]).toMatchObject({ kind: 'legacy-server-rewritten' });
  });

  it('reports wrong types and values, ignores subkeys, and keeps the valid ones', () => {
    const values = parseRegQuery(fixture('reg-query-invalid.txt'));
    expect(values.get('Server Url')).toEqual({ type: 'REG_SZ', data: 'https://example.org' });
    const { config, problems } = mergeConfig({ policy: policyLayer(values) });
    expect(config.externalLinks).toBe('block');
    expect(config.idleTimeoutMinutes).toBe(0);
    expect(config.maxRememberedUsers).toBe(1);
    expect(config.rememberUsers).toBe(true);
    expect(config.ssoBrowser).toBe('system');
    expect(problems.map((p) => p.key).sort()).toEqual([
      'Server Url',
      'allowDevTools',
      'idleTimeoutMinutes',
      'maxRememberedUsers',
      'rememberUsers',
      'ssoBrowser',
    ]);
  });

  it('recognises "no policy key" as no policy', () => {
    expect(isMissingKeyOutput(fixture('reg-query-missing-stderr.txt'))).toBe(true);
    expect(parseRegQuery('').size).toBe(0);
  });
});

describe('flags, file and --print-config', () => {
  it('parses kebab-case flags to typed values and the client switches', () => {
    const args = parseArgs([
      '/path/app',
      '--server-url=http://127.0.0.1:8470',
      '--mode',
      'shared-terminal',
      '--idle-timeout-minutes=3',
      '--allow-dev-tools',
      '--allowed-origins=https://a.example,https://b.example',
      '--print-config',
      '--no-sandbox',
      '--migrate-shortcuts',
      '--dry-run',
      '--config-file',
      '/tmp/c.json',
    ]);
    expect(args.flags.values).toEqual({
      serverUrl: 'http://127.0.0.1:8470',
      mode: 'shared-terminal',
      idleTimeoutMinutes: 3,
      allowDevTools: true,
      allowedOrigins: ['https://a.example', 'https://b.example'],
    });
    expect(args).toMatchObject({
      printConfig: true,
      migrateShortcuts: true,
      dryRun: true,
      configFile: '/tmp/c.json',
    });
  });

  it('reads the config file with a BOM and reports broken JSON', () => {
    expect(parseConfigFile('\uFEFF{"mode":"shared-terminal"}', 'c.json').values).toEqual({
      mode: 'shared-terminal',
    });
    expect(parseConfigFile('{mode:', 'c.json').problems?.[0]?.message).toMatch(/not valid JSON/);
  });

  it('knows where the config file lives on Windows and elsewhere', () => {
    expect(defaultConfigFilePath('win32', { ProgramData: 'C:\\ProgramData' })).toMatch(
      /Aurora teleQ[\\/]config\.json$/,
    );
    expect(defaultConfigFilePath('linux', {})).toBe('/etc/aurora-teleq/config.json');
  });

  it('loads file and flags and prints every value with its source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teleq-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({ serverUrl: 'https://www.teleq.fi', downloads: 'block', nonsense: 1 }),
    );
    const { effective, configFile } = loadConfig({
      argv: ['--config-file', file, '--language=en'],
      flagsOverridePolicy: true,
    });
    const text = formatEffectiveConfig(effective, configFile);
    expect(text).toContain(`config file: ${file}`);
    expect(text).toMatch(/serverUrl\s+"https:\/\/aurorateleq\.com"\s+\(file\)/);
    expect(text).toMatch(/language\s+"en"\s+\(flag\)/);
    expect(text).toMatch(/mode\s+"workstation"\s+\(default\)/);
    expect(text).toMatch(/\[file\] nonsense: unknown setting/);
    expect(text).toMatch(/no longer logs in/);
  });
});
