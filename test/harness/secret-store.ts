/**
 * The device store's secret port over the real keytar (libsecret → gnome-keyring in the private
 * D-Bus session of scripts/with-keyring.sh), as the Electron app uses it. Errors become the
 * port's problems; the secret itself never appears in a result detail.
 */
import keytar from 'keytar';
import type { SecretStore, SecretStoreResult } from '../../electron/core/ports';
import { KEYCHAIN_SERVICE } from '../../electron/core/device/key-store';

function problemOf(error: unknown): SecretStoreResult<never> {
  const detail = error instanceof Error ? error.message : String(error);
  if (/locked|unlock/i.test(detail)) return { ok: false, problem: 'locked', detail };
  if (/denied|dismiss|cancel/i.test(detail)) return { ok: false, problem: 'denied', detail };
  return { ok: false, problem: 'missing', detail };
}

export function createKeytarSecretStore(service: string = KEYCHAIN_SERVICE): SecretStore {
  return {
    async get(account) {
      try {
        return { ok: true, value: await keytar.getPassword(service, account) };
      } catch (error) {
        return problemOf(error);
      }
    },
    async set(account, value) {
      try {
        await keytar.setPassword(service, account, value);
        return { ok: true, value: undefined };
      } catch (error) {
        return problemOf(error);
      }
    },
    async delete(account) {
      try {
        await keytar.deletePassword(service, account);
        return { ok: true, value: undefined };
      } catch (error) {
        return problemOf(error);
      }
    },
  };
}
