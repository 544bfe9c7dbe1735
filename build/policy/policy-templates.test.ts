// The Group Policy templates as Group Policy Management would load them: well-formed, every
// reference resolvable in both languages, and the committed files the ones the generator makes.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../shared/config/schema';
import { POLICY_LANGUAGES, renderPolicyTemplates } from './admx';

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const ADMX = read('aurora-teleq.admx');
const ADML = Object.fromEntries(POLICY_LANGUAGES.map((l) => [l, read(`${l}/aurora-teleq.adml`)]));

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
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
function refs(xml: string, kind: 'string' | 'presentation'): Set<string> {
  return new Set(
    [...xml.matchAll(new RegExp(`\\$\\(${kind}\\.([^)]+)\\)`, 'g'))].map((m) => m[1]!),
  );
}

describe('Group Policy templates', () => {
  it('are the files `npm run policy:generate` writes (run it after changing the schema)', () => {
    for (const [name, content] of Object.entries(renderPolicyTemplates())) {
      expect(read(name), name).toBe(content);
    }
  });

  it.each(['aurora-teleq.admx', ...POLICY_LANGUAGES.map((l) => `${l}/aurora-teleq.adml`)])(
    '%s is well-formed XML',
    (name) => {
      expect(XMLValidator.validate(read(name))).toBe(true);
    },
  );

  it.each(POLICY_LANGUAGES)('every string and presentation the ADMX names exists in %s', (lang) => {
    const adml = parser.parse(ADML[lang]!);
    const strings = new Set(all(adml, 'string').map((s) => s['@id'] as string));
    const presentations = new Set(all(adml, 'presentation').map((p) => p['@id'] as string));
    for (const id of refs(ADMX, 'string')) expect(strings, `string ${id}`).toContain(id);
    for (const id of refs(ADMX, 'presentation')) {
      expect(presentations, `presentation ${id}`).toContain(id);
    }
    expect(strings.size).toBe(all(adml, 'string').length);
  });

  it('has the same string and presentation ids in every language, none left untranslated empty', () => {
    const ids = POLICY_LANGUAGES.map((lang) => {
      const adml = parser.parse(ADML[lang]!);
      for (const s of all(adml, 'string')) expect(String(s['#text'] ?? '').trim()).not.toBe('');
      return {
        strings: all(adml, 'string').map((s) => s['@id']),
        presentations: all(adml, 'presentation').map((p) => p['@id']),
      };
    });
    for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
  });

  it('ties every presentation control to an element of its own policy', () => {
    const policies = all(parser.parse(ADMX), 'policy');
    for (const lang of POLICY_LANGUAGES) {
      for (const presentation of all(parser.parse(ADML[lang]!), 'presentation')) {
        const policy = policies.find(
          (p) => p['@presentation'] === `$(presentation.${presentation['@id'] as string})`,
        )!;
        expect(policy, `${presentation['@id']}`).toBeDefined();
        const elementIds = Object.values(all(policy, 'elements')[0]!)
          .flat()
          .map((e) => (e as Node)['@id']);
        const controls = Object.entries(presentation)
          .filter(([k]) => !k.startsWith('@'))
          .flatMap(([, v]) => v as Node[]);
        for (const control of controls) expect(elementIds).toContain(control['@refId']);
      }
    }
  });

  it('offers the workstation defaults in the policy dialogs', () => {
    const adml = parser.parse(ADML['en-US']!);
    const defaults = defaultConfig('workstation');
    const decimal = all(adml, 'decimalTextBox').find((d) => d['@refId'] === 'idleWarningSeconds')!;
    expect(Number(decimal['@defaultValue'])).toBe(defaults.idleWarningSeconds);
    const mode = all(adml, 'dropdownList').find((d) => d['@refId'] === 'mode')!;
    expect(mode['@defaultItem']).toBe('0');
    const url = all(adml, 'textBox').find((t) => t['@refId'] === 'serverUrl')!;
    expect(url.defaultValue).toEqual([defaults.serverUrl]);
  });

  it('explains each policy with its default in both modes and its registry value', () => {
    expect(ADML['en-US']).toContain('Default: 0 (workstation), 10 (shared terminal).');
    expect(ADML['fi-FI']).toContain('Oletus: 0 (työasema), 10 (yhteiskäyttöpääte).');
    expect(ADML['en-US']).toContain(
      'Registry value: HKLM\\SOFTWARE\\Policies\\Aurora\\TeleQ\\allowedOrigins (REG_MULTI_SZ).',
    );
  });
});
