/**
 * The MSI's public properties (msiexec PROPERTY=value). Each one the installer writes, only when
 * given, to the machine-policy key under the configuration key's name. Lists are left to Group
 * Policy and the config file: an msiexec command line has no good way to carry them.
 */
import type { ConfigKey } from '../../shared/config/schema';

export interface MsiPolicyProperty {
  property: string;
  key: ConfigKey;
  /** Checked before installing (case-insensitive), so a bare host name fails at once. */
  startsWith?: string;
}

export const MSI_POLICY_PROPERTIES: readonly MsiPolicyProperty[] = [
  { property: 'SERVER_URL', key: 'serverUrl', startsWith: 'https://' },
  { property: 'MODE', key: 'mode' },
  { property: 'IDLE_TIMEOUT_MINUTES', key: 'idleTimeoutMinutes' },
  { property: 'IDLE_WARNING_SECONDS', key: 'idleWarningSeconds' },
  { property: 'REMEMBER_USERS', key: 'rememberUsers' },
  { property: 'MAX_REMEMBERED_USERS', key: 'maxRememberedUsers' },
  { property: 'SSO_BROWSER', key: 'ssoBrowser' },
  { property: 'LANGUAGE', key: 'language' },
  { property: 'EXTERNAL_LINKS', key: 'externalLinks' },
  { property: 'DOWNLOADS', key: 'downloads' },
  { property: 'DOWNLOAD_DIRECTORY', key: 'downloadDirectory' },
  { property: 'REQUEST_TIMEOUT_SECONDS', key: 'requestTimeoutSeconds' },
];

/** Configuration keys deliberately without an MSI property, and why (the drift test reads this). */
export const NOT_MSI_PROPERTIES: Readonly<Partial<Record<ConfigKey, string>>> = {
  allowedOrigins: 'a list: set it with Group Policy or the config file',
  allowDevTools:
    'a support setting: turn it on for one machine with Group Policy, never in a mass install',
};

/** Opt-in: run `aurora-teleq --migrate-shortcuts` during installation (R12). */
export const MIGRATE_SHORTCUTS_PROPERTY = 'MIGRATE_SHORTCUTS';

/** Where the installer remembers the properties it was given, for repair and upgrade. Private to
 * the installer, so values that Group Policy writes are never taken over by the MSI. */
export const REMEMBER_KEY = 'SOFTWARE\\Aurora\\TeleQ\\Installer';
