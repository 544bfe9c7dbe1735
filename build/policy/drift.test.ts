// One configuration, three descriptions of it: the schema the client validates with, the Group
// Policy template, and the MSI properties. This test fails as soon as one of them drifts.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, type ConfigKey } from '../../shared/config/schema';
import { MSI_POLICY_PROPERTIES, NOT_MSI_PROPERTIES } from '../msi/properties';
import { addPolicyPropertiesToWix } from '../msi/wix-edit';
import { POLICY_KEY, settingShape, type RegistryType } from './registry';

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

const admx = parser.parse(readFileSync(new URL('./aurora-teleq.admx', import.meta.url), 'utf8'));
const policies = all(admx, 'policy');
const wix = parser.parse(
  addPolicyPropertiesToWix(
    readFileSync(
      new URL('../msi/test/fixtures/electron-builder-project.wxs', import.meta.url),
      'utf8',
    ),
  ),
);

/** What registry type a Group Policy ADMX policy writes, read from its XML as GP would. */
function admxRegistryType(policy: Node): RegistryType {
  if (policy.enabledValue) {
    const decimal = all(policy.enabledValue, 'decimal');
    expect(decimal.map((d) => d['@value'])).toEqual(['1']);
    expect(all(policy.disabledValue, 'decimal').map((d) => d['@value'])).toEqual(['0']);
    return 'REG_DWORD';
  }
  const elements = all(policy, 'elements')[0]!;
  if (elements.decimal) return 'REG_DWORD';
  if (elements.text || elements.enum) return 'REG_SZ';
  if (elements.multiText) return 'REG_MULTI_SZ';
  throw new Error(`policy ${policy['@name']}: unknown element`);
}

function valueName(policy: Node): string {
  if (policy['@valueName']) return policy['@valueName'] as string;
  const elements = Object.values(all(policy, 'elements')[0]!).flat() as Node[];
  expect(elements).toHaveLength(1);
  return elements[0]!['@valueName'] as string;
}

describe('schema, ADMX and MSI agree', () => {
  it('the ADMX has one machine policy per configuration key, under the policy key', () => {
    expect(policies.map(valueName).sort()).toEqual([...CONFIG_KEYS].sort());
    for (const p of policies) {
      expect(p['@class']).toBe('Machine');
      expect(p['@key']).toBe(POLICY_KEY);
      expect(p['@name']).toBe(valueName(p));
    }
  });

  it.each(CONFIG_KEYS)('%s has the same type and range in the ADMX as in the schema', (key) => {
    const policy = policies.find((p) => valueName(p) === key)!;
    const shape = settingShape(key);
    const elements = policy.enabledValue ? {} : all(policy, 'elements')[0]!;
    switch (shape.kind) {
      case 'boolean':
        expect(admxRegistryType(policy)).toBe('REG_DWORD');
        expect(policy.enabledValue).toBeDefined();
        break;
      case 'integer': {
        const d = (elements.decimal as Node[])[0]!;
        expect([Number(d['@minValue']), Number(d['@maxValue'])]).toEqual([shape.min, shape.max]);
        expect(d['@storeAsText']).toBeUndefined();
        break;
      }
      case 'enum': {
        // Leaf elements parse to plain strings.
        const values = all(elements.enum, 'string') as unknown as string[];
        expect(values).toEqual([...shape.values]);
        break;
      }
      case 'string':
        expect(Number((elements.text as Node[])[0]!['@maxLength'])).toBe(shape.maxLength);
        break;
      case 'list': {
        const m = (elements.multiText as Node[])[0]!;
        expect(Number(m['@maxStrings'])).toBe(shape.maxItems);
        expect(Number(m['@maxLength'])).toBe(shape.itemMaxLength);
        break;
      }
    }
  });

  it('every configuration key is an MSI property or is deliberately left out', () => {
    const covered = MSI_POLICY_PROPERTIES.map((p) => p.key);
    const left = Object.keys(NOT_MSI_PROPERTIES) as ConfigKey[];
    expect([...covered, ...left].sort()).toEqual([...CONFIG_KEYS].sort());
    expect(new Set(covered).size).toBe(covered.length);
    for (const key of ['serverUrl', 'mode', 'idleTimeoutMinutes', 'ssoBrowser', 'language']) {
      expect(covered).toContain(key);
    }
  });

  it('MSI property names are valid public properties, one per key', () => {
    const names = MSI_POLICY_PROPERTIES.map((p) => p.property);
    for (const n of names) expect(n).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(MSI_POLICY_PROPERTIES)(
    'the MSI writes $property with the registry type Group Policy uses for $key',
    ({ key }) => {
      const written = all(wix, 'RegistryValue').filter(
        (r) => r['@Key'] === POLICY_KEY && r['@Name'] === key,
      );
      expect(written).toHaveLength(1);
      const msiType: RegistryType = written[0]!['@Type'] === 'integer' ? 'REG_DWORD' : 'REG_SZ';
      const policy = policies.find((p) => valueName(p) === key)!;
      expect(msiType).toBe(admxRegistryType(policy));
    },
  );
});
