/**
 * How each configuration key looks in the Windows registry under the machine-policy key, read
 * off the configuration schema itself (shared/config/schema.ts) so that the Group Policy
 * templates, the MSI properties and the client cannot disagree about a type or a range.
 */
import type { z } from 'zod';
import { CONFIG_FIELDS, type ConfigKey } from '../../shared/config/schema';

/** The key the client reads and Group Policy and the MSI write (DESIGN.md section 7). */
export const POLICY_KEY = 'SOFTWARE\\Policies\\Aurora\\TeleQ';
export const POLICY_KEY_FULL = `HKLM\\${POLICY_KEY}`;

export type RegistryType = 'REG_SZ' | 'REG_DWORD' | 'REG_MULTI_SZ';

export type SettingShape =
  | { kind: 'string'; maxLength: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'list'; maxItems: number; itemMaxLength: number };

interface Introspectable {
  def: { type: string; element?: z.ZodType; checks?: { _zod: { def: Record<string, unknown> } }[] };
  options?: readonly string[];
  minValue?: number | null;
  maxValue?: number | null;
  maxLength?: number | null;
}

function maxLengthCheck(schema: Introspectable): number | undefined {
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return undefined;
}

function describe(key: string, schema: Introspectable): SettingShape {
  switch (schema.def.type) {
    case 'string': {
      const maxLength = schema.maxLength ?? maxLengthCheck(schema);
      if (maxLength == null) throw new Error(`${key}: a string setting needs a maximum length`);
      return { kind: 'string', maxLength };
    }
    case 'enum':
      return { kind: 'enum', values: schema.options ?? [] };
    case 'number':
      if (schema.minValue == null || schema.maxValue == null) {
        throw new Error(`${key}: an integer setting needs a minimum and a maximum`);
      }
      return { kind: 'integer', min: schema.minValue, max: schema.maxValue };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      const item = schema.def.element as unknown as Introspectable | undefined;
      const maxItems = maxLengthCheck(schema);
      const itemShape = item && describe(`${key}[]`, item);
      if (maxItems == null || itemShape?.kind !== 'string') {
        throw new Error(`${key}: a list setting must be a bounded list of bounded strings`);
      }
      return { kind: 'list', maxItems, itemMaxLength: itemShape.maxLength };
    }
    default:
      throw new Error(`${key}: no registry mapping for schema type ${schema.def.type}`);
  }
}

/** The shape of a configuration key's value, as the registry and the templates need it. */
export function settingShape(key: ConfigKey): SettingShape {
  return describe(key, CONFIG_FIELDS[key] as unknown as Introspectable);
}

/** strings and enums REG_SZ, integers and booleans REG_DWORD (0/1), lists REG_MULTI_SZ. */
export function registryType(shape: SettingShape): RegistryType {
  switch (shape.kind) {
    case 'string':
    case 'enum':
      return 'REG_SZ';
    case 'integer':
    case 'boolean':
      return 'REG_DWORD';
    case 'list':
      return 'REG_MULTI_SZ';
  }
}
