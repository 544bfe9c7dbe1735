/**
 * Values arrive as text (flags), as registry data (numbers for REG_DWORD, lists for
 * REG_MULTI_SZ) or as JSON (the file). This brings each to the type its key has, following the
 * registry conventions of shared/config/schema.ts; the schema then judges the value.
 */
import { defaultConfig, type ConfigKey } from '../../../shared/config/schema';

export type ValueKind = 'string' | 'number' | 'boolean' | 'list';

const DEFAULTS = defaultConfig();

export function valueKind(key: ConfigKey): ValueKind {
  const value = DEFAULTS[key];
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** From text (a command-line flag). Unconvertible text is passed on for the schema to refuse. */
export function fromText(key: ConfigKey, text: string): unknown {
  switch (valueKind(key)) {
    case 'number':
      return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text;
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(t)) return true;
      if (['false', '0', 'no', 'off'].includes(t)) return false;
      return text;
    }
    case 'list':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    case 'string':
      return text;
  }
}

/** From registry data: REG_DWORD 0/1 for booleans, REG_DWORD for integers, REG_MULTI_SZ lists. */
export function fromRegistry(key: ConfigKey, value: string | number | string[]): unknown {
  const kind = valueKind(key);
  if (kind === 'boolean' && typeof value === 'number') {
    return value === 1 ? true : value === 0 ? false : value;
  }
  return value;
}
