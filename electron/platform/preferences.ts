/** Non-secret preferences (last user, chosen language) as JSON in the app's user data folder.
 * A broken file is treated as empty: it only costs the preselection. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Preferences, PreferencesStore } from '../core/ports';

export function createFilePreferences(path: string): PreferencesStore {
  return {
    async read() {
      try {
        const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
        if (typeof json !== 'object' || json === null) return {};
        const p = json as Record<string, unknown>;
        const prefs: Preferences = {};
        if (typeof p.lastUsername === 'string') prefs.lastUsername = p.lastUsername;
        if (p.language === 'fi' || p.language === 'sv' || p.language === 'en')
          prefs.language = p.language;
        return prefs;
      } catch {
        return {};
      }
    },
    async write(preferences) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.tmp`;
      writeFileSync(temp, JSON.stringify(preferences, null, 2), { mode: 0o600 });
      renameSync(temp, path);
    },
  };
}
