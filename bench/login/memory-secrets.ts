/** A keychain that lives in memory, so the bench needs no D-Bus session (the tests use a real one). */
import type { SecretStore } from '../../electron/core/ports';

export function memorySecretStore(): SecretStore {
  const entries = new Map<string, string>();
  return {
    get: async (account) => ({ ok: true, value: entries.get(account) ?? null }),
    set: async (account, value) => {
      entries.set(account, value);
      return { ok: true, value: undefined };
    },
    delete: async (account) => {
      entries.delete(account);
      return { ok: true, value: undefined };
    },
  };
}
