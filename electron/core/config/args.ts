/**
 * The command line: development flags for configuration keys (`--server-url=…`, `--mode …`,
 * kebab-case of the key) and the client's own switches. Anything else (Chromium's switches,
 * the app path) is left alone.
 */
import { CONFIG_KEYS, type ConfigKey } from '../../../shared/config/schema';
import { fromText } from './coerce';
import type { ConfigLayer } from './merge';

export interface ParsedArgs {
  flags: ConfigLayer;
  printConfig: boolean;
  configFile?: string;
  migrateShortcuts: boolean;
  dryRun: boolean;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const FLAG_KEYS = new Map<string, ConfigKey>(CONFIG_KEYS.map((k) => [kebab(k), k]));

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = {
    flags: { values: {} },
    printConfig: false,
    migrateShortcuts: false,
    dryRun: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case 'print-config':
        parsed.printConfig = true;
        continue;
      case 'migrate-shortcuts':
        parsed.migrateShortcuts = true;
        continue;
      case 'dry-run':
        parsed.dryRun = true;
        continue;
      case 'config-file': {
        const value = takeValue();
        if (value !== undefined) parsed.configFile = value;
        continue;
      }
    }
    const key = FLAG_KEYS.get(name);
    if (!key) continue;
    const value = takeValue();
    parsed.flags.values[key] = value === undefined ? fromText(key, 'true') : fromText(key, value);
  }
  return parsed;
}
