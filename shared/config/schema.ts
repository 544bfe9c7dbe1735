/**
 * The client's configuration (DESIGN.md section 7): one schema, used by the merge in
 * electron/core, by the Group Policy templates and MSI properties (build/), and by the docs.
 * Each key is validated on its own, so one bad value falls back to its default without taking
 * the rest of the configuration with it.
 */
import { z } from 'zod';
import { CANONICAL_SERVER_URL } from '../legacy-hosts';

export const MODES = ['workstation', 'shared-terminal'] as const;
export type Mode = (typeof MODES)[number];

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Per-key schemas. Registry types under HKLM\SOFTWARE\Policies\Aurora\TeleQ (value name = key):
 * strings and enums REG_SZ, integers and booleans REG_DWORD (booleans 0/1), lists REG_MULTI_SZ.
 */
export const CONFIG_FIELDS = {
  /** The login service; legacy hosts are rewritten to https://aurorateleq.com (R1, R2). */
  serverUrl: z.url({ protocol: /^https?$/ }).max(2048),
  mode: z.enum(MODES),
  /** Minutes without input before logout; 0 turns idle logout off. */
  idleTimeoutMinutes: z.number().int().min(0).max(720),
  /** Seconds of visible countdown before an idle logout. */
  idleWarningSeconds: z.number().int().min(10).max(600),
  /** Remember users on this device so that they skip step 1 (R5). */
  rememberUsers: z.boolean(),
  maxRememberedUsers: z.number().int().min(1).max(50),
  /** How the organisation's identity provider is shown (DESIGN.md section 6). */
  ssoBrowser: z.enum(['system', 'embedded']),
  /** 'auto' follows the operating system's language. */
  language: z.enum(['auto', ...LANGUAGES]),
  /** Extra origins (besides the server's) that may load inside the managed window. */
  allowedOrigins: z.array(z.url({ protocol: /^https?$/ }).max(2048)).max(100),
  externalLinks: z.enum(['system-browser', 'block']),
  downloads: z.enum(['allow', 'block']),
  /** Where allowed downloads go; empty means the user's Downloads folder. */
  downloadDirectory: z.string().max(1024),
  allowDevTools: z.boolean(),
  /** Seconds to wait for the login service before saying it cannot be reached. */
  requestTimeoutSeconds: z.number().int().min(2).max(120),
} as const;

export type ConfigKey = keyof typeof CONFIG_FIELDS;
export type Config = { [K in ConfigKey]: z.infer<(typeof CONFIG_FIELDS)[K]> };
export const CONFIG_KEYS = Object.keys(CONFIG_FIELDS) as ConfigKey[];

/** The whole configuration; a file may give any subset of it. */
export const ConfigSchema = z.object(CONFIG_FIELDS);
export const PartialConfigSchema = ConfigSchema.partial();

/** Built-in defaults. Several depend on the mode (DESIGN.md section 8). */
export function defaultConfig(mode: Mode = 'workstation'): Config {
  const shared = mode === 'shared-terminal';
  return {
    serverUrl: CANONICAL_SERVER_URL,
    mode,
    idleTimeoutMinutes: shared ? 10 : 0,
    idleWarningSeconds: 60,
    rememberUsers: true,
    maxRememberedUsers: shared ? 12 : 1,
    ssoBrowser: shared ? 'embedded' : 'system',
    language: 'auto',
    allowedOrigins: [],
    externalLinks: shared ? 'block' : 'system-browser',
    downloads: shared ? 'block' : 'allow',
    downloadDirectory: '',
    allowDevTools: false,
    requestTimeoutSeconds: 15,
  };
}

/** Where an effective value came from, lowest precedence first. Machine policy beats anything a
 * user can change; development flags exist only for development and tests. */
export const CONFIG_SOURCES = ['default', 'file', 'policy', 'flag'] as const;
export type ConfigSource = (typeof CONFIG_SOURCES)[number];
