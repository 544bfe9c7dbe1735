/** The non-secret preferences file, as the app keeps it in its user data folder. */
import { readFile, writeFile } from 'node:fs/promises';
import type { Preferences, PreferencesStore } from '../../electron/core/ports';

export function createFilePreferences(path: string): PreferencesStore {
  return {
    async read(): Promise<Preferences> {
      try {
        return JSON.parse(await readFile(path, 'utf8')) as Preferences;
      } catch {
        return {};
      }
    },
    async write(preferences) {
      await writeFile(path, JSON.stringify(preferences), 'utf8');
    },
  };
}
