/**
 * `proof --url URL --path /login/password [--key FILE]`: prints a fresh device proof for one
 * call, so a person can walk the login with curl. The device key (a private JWK) is kept in
 * FILE (default ./data/dev-device-key.json, mode 0600) and created on first use; a nonce is
 * fetched from the service's /device/challenge. Development only: the real client keeps its key
 * in the OS keychain.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, importJWK } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { API_PATHS, API_PREFIX, apiUrl } from '../../shared/api/paths';
import type { ApiPath } from '../../shared/api/paths';
import { createDeviceKey, signDeviceProof } from '../device/proof-signer';
import type { DeviceKey } from '../device/proof-signer';
import { requiredFlag, stringFlag, UsageError } from './args';
import type { CliCommand } from './command';

export const DEFAULT_DEV_KEY_FILE = './data/dev-device-key.json';

async function loadOrCreateKey(file: string): Promise<DeviceKey> {
  if (existsSync(file)) {
    const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
    const privateKey = (await importJWK(jwk, 'ES256')) as CryptoKey;
    return { privateKey, publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } };
  }
  const key = await createDeviceKey();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(await exportJWK(key.privateKey)), { mode: 0o600 });
  return key;
}

export const proofCommand: CliCommand = {
  path: ['proof'],
  usage: 'proof --url <service URL> --path </login/password|/device/hello|...> [--key FILE]',
  summary: 'print a device proof for one API call (development, for curl)',
  async run(args, io) {
    const url = requiredFlag(args, 'url');
    const path = requiredFlag(args, 'path').replace(API_PREFIX, '');
    if (!(Object.values(API_PATHS) as string[]).includes(path)) {
      throw new UsageError(`unknown API path ${path}`);
    }
    const key = await loadOrCreateKey(stringFlag(args, 'key') ?? DEFAULT_DEV_KEY_FILE);
    const challenge = await fetch(apiUrl(url, API_PATHS.deviceChallenge), { method: 'POST' });
    if (!challenge.ok) {
      io.err(`the service refused a challenge: ${challenge.status}`);
      return 1;
    }
    const { nonce } = (await challenge.json()) as { nonce: string };
    io.out(
      await signDeviceProof(key, {
        nonce,
        htm: (stringFlag(args, 'method') ?? 'POST').toUpperCase(),
        htu: apiUrl(url, path as ApiPath),
      }),
    );
    return 0;
  },
};
