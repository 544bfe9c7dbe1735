/**
 * The one merge point of the configuration (DESIGN.md section 7): built-in defaults < config
 * file < machine policy < development flags. Each key is judged on its own by the shared
 * schema; an invalid value is reported and replaced by the default, never a crash. The server
 * address gets two more rules: a legacy host is rewritten to https://aurorateleq.com (R1, R2)
 * and plain http is refused unless the server is on this machine.
 */
import type { Notice } from '../../../shared/bridge/contract';
import {
  CONFIG_FIELDS,
  CONFIG_KEYS,
  MODES,
  defaultConfig,
  type Config,
  type ConfigKey,
  type ConfigSource,
  type Mode,
} from '../../../shared/config/schema';
import { rewriteLegacyUrl } from '../../../shared/legacy-hosts';
import type { ConfigProblem, EffectiveConfig } from './types';

/** Raw values of one layer, already brought to their key's type (see coerce.ts). */
export interface ConfigLayer {
  values: Record<string, unknown>;
  /** Problems found while reading the layer (unreadable file, unknown registry type, …). */
  problems?: ConfigProblem[];
}

export interface ConfigLayers {
  file?: ConfigLayer;
  policy?: ConfigLayer;
  flag?: ConfigLayer;
  /** Packaged builds: a flag cannot override what machine policy sets. */
  flagsOverridePolicy?: boolean;
}

const ORDER: readonly Exclude<ConfigSource, 'default'>[] = ['flag', 'policy', 'file'];

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return (
    host === 'localhost' ||
    host === '[::1]' ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/** The server address without a trailing slash on a bare origin. */
function normaliseServerUrl(url: URL): string {
  return url.pathname === '/' ? url.origin : `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}

export function mergeConfig(layers: ConfigLayers): EffectiveConfig {
  const problems: ConfigProblem[] = [];
  const notices: Notice[] = [];
  for (const source of ORDER) problems.push(...(layers[source]?.problems ?? []));
  for (const source of ORDER) {
    for (const key of Object.keys(layers[source]?.values ?? {})) {
      if (!(CONFIG_KEYS as string[]).includes(key)) {
        problems.push({ key, source, message: `unknown setting "${key}" ignored` });
      }
    }
  }

  function invalid(key: ConfigKey, source: ConfigSource, message: string): void {
    problems.push({ key, source, message });
    notices.push({ kind: 'config-invalid', key, source });
  }

  /** The highest layer's valid value for `key`, or null for the default. */
  function pick(key: ConfigKey): { value: unknown; source: ConfigSource } | null {
    for (const source of ORDER) {
      const values = layers[source]?.values;
      if (!values || !Object.hasOwn(values, key)) continue;
      if (
        source === 'flag' &&
        layers.flagsOverridePolicy === false &&
        layers.policy?.values &&
        Object.hasOwn(layers.policy.values, key)
      ) {
        problems.push({ key, source, message: 'ignored: machine policy sets this setting' });
        continue;
      }
      const parsed = CONFIG_FIELDS[key].safeParse(values[key]);
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'invalid value';
        invalid(key, source, `invalid value (${message}); the default is used`);
        return null;
      }
      return { value: parsed.data, source };
    }
    return null;
  }

  const modePick = pick('mode');
  const mode: Mode =
    modePick && (MODES as readonly unknown[]).includes(modePick.value)
      ? (modePick.value as Mode)
      : 'workstation';
  const defaults = defaultConfig(mode);
  const config = { ...defaults } as Record<ConfigKey, unknown>;
  const sources = Object.fromEntries(CONFIG_KEYS.map((k) => [k, 'default'])) as Record<
    ConfigKey,
    ConfigSource
  >;
  if (modePick) sources.mode = modePick.source;

  for (const key of CONFIG_KEYS) {
    if (key === 'mode') continue;
    const chosen = pick(key);
    if (!chosen) continue;
    config[key] = chosen.value;
    sources[key] = chosen.source;
  }

  // The server address: legacy hosts (R2), then plain http only on this machine.
  const configured = String(config.serverUrl);
  const url = new URL(configured);
  if (url.username || url.password || url.search || url.hash) {
    invalid(
      'serverUrl',
      sources.serverUrl,
      'the server address may not carry credentials, a query or a fragment',
    );
    config.serverUrl = defaults.serverUrl;
    sources.serverUrl = 'default';
  } else {
    const legacy = rewriteLegacyUrl(configured);
    if (legacy) {
      const to = normaliseServerUrl(new URL(legacy.to));
      problems.push({
        key: 'serverUrl',
        source: sources.serverUrl,
        message: `legacy address ${configured} no longer logs in; using ${to} (R2)`,
      });
      notices.push({ kind: 'legacy-server-rewritten', from: configured, to });
      config.serverUrl = to;
    } else if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
      problems.push({
        key: 'serverUrl',
        source: sources.serverUrl,
        message: `plain http is refused for ${url.host}; using ${defaults.serverUrl}`,
      });
      notices.push({ kind: 'insecure-server-refused', serverUrl: configured });
      config.serverUrl = defaults.serverUrl;
      sources.serverUrl = 'default';
    } else {
      config.serverUrl = normaliseServerUrl(url);
    }
  }

  return { config: config as Config, sources, problems, notices };
}
