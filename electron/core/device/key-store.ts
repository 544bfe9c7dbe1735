/**
 * The device key in the OS keychain (R5): keytar service "Aurora teleQ", account "device-key",
 * the private JWK as JSON. Never written anywhere else, never sent to a renderer.
 *
 * When the keychain cannot be used (missing, locked, denied) the client still works: it signs
 * with a key that lives only in memory for this run, so the server never remembers the device
 * and every start begins at step 1. A corrupt entry is replaced by a new key (the device is new
 * once, then remembered again). Either way the caller gets the problem to tell the user.
 */
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { KeychainProblem } from '../../../shared/bridge/contract';
import type { Logger, SecretStore } from '../ports';
import { publicPart, type DeviceKey } from './proof';

export const KEYCHAIN_SERVICE = 'Aurora teleQ';
export const DEVICE_KEY_ACCOUNT = 'device-key';

export interface LoadedDeviceKey {
  key: DeviceKey;
  /** False: an in-memory key for this run only (the keychain could not keep it). */
  persistent: boolean;
  /** True when the key was made just now (no known users can exist for it). */
  fresh: boolean;
  problem?: KeychainProblem;
}

async function generate(): Promise<{ key: DeviceKey; privateJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const publicJwk = publicPart(await exportJWK(publicKey));
  return { key: { privateKey, publicJwk }, privateJwk };
}

/** Parses a stored entry; null when it is not a usable P-256 private key. */
export async function parseStoredKey(text: string): Promise<DeviceKey | null> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    return null;
  }
  if (
    typeof jwk !== 'object' ||
    jwk === null ||
    jwk.kty !== 'EC' ||
    jwk.crv !== 'P-256' ||
    typeof jwk.d !== 'string' ||
    typeof jwk.x !== 'string' ||
    typeof jwk.y !== 'string'
  ) {
    return null;
  }
  try {
    const privateKey = (await importJWK(
      { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, d: jwk.d },
      'ES256',
    )) as CryptoKey;
    return { privateKey, publicJwk: publicPart(jwk) };
  } catch {
    return null;
  }
}

export class DeviceKeyStore {
  private cached: LoadedDeviceKey | null = null;

  constructor(
    private readonly secrets: SecretStore,
    private readonly log: Logger,
    /** Off (policy rememberUsers = false): a key for this run only, the keychain untouched. */
    private readonly remember: boolean = true,
  ) {}

  /** The device key, created on first use. Never throws for keychain trouble. */
  async load(): Promise<LoadedDeviceKey> {
    if (this.cached) return this.cached;
    this.cached = await this.loadFromKeychain();
    return this.cached;
  }

  /** The server no longer knows this device: forget the local identity (a new key next time). */
  async forget(): Promise<void> {
    this.cached = null;
    const removed = await this.secrets.delete(DEVICE_KEY_ACCOUNT);
    if (!removed.ok) {
      this.log.warn('could not remove the device key from the keychain', {
        problem: removed.problem,
        detail: removed.detail,
      });
    }
  }

  private async loadFromKeychain(): Promise<LoadedDeviceKey> {
    if (!this.remember) return { key: (await generate()).key, persistent: false, fresh: true };
    const stored = await this.secrets.get(DEVICE_KEY_ACCOUNT);
    if (!stored.ok) return this.ephemeral(stored.problem, stored.detail);
    if (stored.value !== null) {
      const key = await parseStoredKey(stored.value);
      if (key) return { key, persistent: true, fresh: false };
      this.log.warn(
        'the device key in the keychain is corrupt; replacing it, so this device starts at step 1 once',
        { service: KEYCHAIN_SERVICE, account: DEVICE_KEY_ACCOUNT },
      );
      const replaced = await this.create();
      return { ...replaced, fresh: true, problem: 'corrupt' };
    }
    return this.create();
  }

  private async create(): Promise<LoadedDeviceKey> {
    const { key, privateJwk } = await generate();
    const saved = await this.secrets.set(DEVICE_KEY_ACCOUNT, JSON.stringify(privateJwk));
    if (!saved.ok) return this.ephemeral(saved.problem, saved.detail, key);
    this.log.info('created a new device key in the keychain', {
      service: KEYCHAIN_SERVICE,
      account: DEVICE_KEY_ACCOUNT,
    });
    return { key, persistent: true, fresh: true };
  }

  private async ephemeral(
    problem: KeychainProblem,
    detail: string,
    existing?: DeviceKey,
  ): Promise<LoadedDeviceKey> {
    this.log.warn(
      'the OS keychain cannot keep the device key; this device will start at step 1 every time',
      { problem, detail },
    );
    const key = existing ?? (await generate()).key;
    return { key, persistent: false, fresh: true, problem };
  }
}
