/**
 * The secret-store port over keytar (Windows Credential Manager, macOS Keychain, libsecret on
 * Linux). keytar is loaded lazily, so a machine without libsecret gets "missing" instead of a
 * crash at start-up. Errors are classified from keytar's messages, which come from the OS
 * unchanged; the secret itself never appears in a result or a log.
 */
import { createRequire } from 'node:module';
import type { KeychainProblem } from '../../shared/bridge/contract';
import { KEYCHAIN_SERVICE } from '../core/device/key-store';
import type { SecretStore, SecretStoreResult } from '../core/ports';

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

const MISSING =
  /autolaunch D-Bus|Could not connect|not provided by any \.service|ServiceUnknown|org\.freedesktop\.secrets|No such (file|interface)|libsecret|Cannot find module|NODE_MODULE_VERSION|was compiled against|cannot open shared object/i;
const LOCKED = /locked|interaction is not allowed|errSecInteractionNotAllowed|-25308/i;
const DENIED = /denied|dismiss|cancel|not permitted|not authori[sz]ed|passphrase|-128|-25293/i;

export function classifyKeychainError(error: unknown): KeychainProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (LOCKED.test(message)) return 'locked';
  if (DENIED.test(message)) return 'denied';
  if (MISSING.test(message)) return 'missing';
  return 'missing';
}

function failure<T>(error: unknown): SecretStoreResult<T> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, problem: classifyKeychainError(error), detail };
}

export function createKeychainStore(
  service: string = KEYCHAIN_SERVICE,
  load: () => Keytar = () => createRequire(import.meta.url)('keytar') as Keytar,
): SecretStore {
  let keytar: Keytar | null = null;
  const get = (): Keytar => (keytar ??= load());
  return {
    async get(account) {
      try {
        return { ok: true, value: await get().getPassword(service, account) };
      } catch (error) {
        return failure(error);
      }
    },
    async set(account, value) {
      try {
        await get().setPassword(service, account, value);
        return { ok: true, value: undefined };
      } catch (error) {
        return failure(error);
      }
    },
    async delete(account) {
      try {
        await get().deletePassword(service, account);
        return { ok: true, value: undefined };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
