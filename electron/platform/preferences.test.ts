import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFilePreferences } from './preferences';

describe('preferences file', () => {
  it('keeps the last user and language across starts, readable only by the user', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'teleq-prefs-')), 'nested', 'preferences.json');
    await createFilePreferences(path).write({ lastUsername: 'anna.agent', language: 'sv' });
    expect(await createFilePreferences(path).read()).toEqual({
      lastUsername: 'anna.agent',
      language: 'sv',
    });
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o077).toBe(0);
  });

  it('treats a missing, broken or foreign file as empty, keeping only known fields', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teleq-prefs-'));
    expect(await createFilePreferences(join(dir, 'none.json')).read()).toEqual({});
    writeFileSync(join(dir, 'broken.json'), '{"lastUsername":');
    expect(await createFilePreferences(join(dir, 'broken.json')).read()).toEqual({});
    writeFileSync(
      join(dir, 'odd.json'),
      JSON.stringify({ lastUsername: 5, language: 'de', token: 'x' }),
    );
    expect(await createFilePreferences(join(dir, 'odd.json')).read()).toEqual({});
    expect(readFileSync(join(dir, 'odd.json'), 'utf8')).toContain('token');
  });
});
