/** Run in a child process with a broken or locked keychain: loads the device key through the
 * real keytar adapter and prints what the client would know, as one JSON line. */
import { DeviceKeyStore } from '../../core/device/key-store';
import { createKeychainStore } from '../keychain';

const warnings: Array<Record<string, unknown>> = [];
const log = {
  info: () => undefined,
  warn: (message: string, fields?: Record<string, unknown>) =>
    warnings.push({ message, ...fields }),
  error: () => undefined,
};
const service = process.argv[2] ?? 'Aurora teleQ test';
const store = new DeviceKeyStore(createKeychainStore(service), log);
const first = await store.load();
const again = await new DeviceKeyStore(createKeychainStore(service), log).load();
console.log(
  JSON.stringify({
    persistent: first.persistent,
    fresh: first.fresh,
    problem: first.problem ?? null,
    sameKeyNextStart: first.key.publicJwk.x === again.key.publicJwk.x,
    warnings,
  }),
);
