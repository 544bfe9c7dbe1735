/**
 * The device key against the real OS keychain: libsecret → gnome-keyring in the private D-Bus
 * session that scripts/with-keyring.sh starts. The broken cases (no keychain service, a locked
 * keyring) run in child processes so that they get their own D-Bus environment.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DEVICE_KEY_ACCOUNT, DeviceKeyStore, KEYCHAIN_SERVICE } from '../core/device/key-store';
import { deviceId } from '../core/device/proof';
import { classifyKeychainError, createKeychainStore } from './keychain';

const run = promisify(execFile);
const probe = fileURLToPath(new URL('./testing/keychain-probe.ts', import.meta.url));
const inKeyring = Boolean(process.env.TELEQ_IN_PRIVATE_DBUS);
if (!inKeyring) {
  console.warn(
    'SKIPPED keychain tests: not inside scripts/with-keyring.sh (run `scripts/with-keyring.sh npx vitest run electron/platform/keychain.test.ts`)',
  );
}

const logs: string[] = [];
const log = {
  info: (m: string) => logs.push(m),
  warn: (m: string) => logs.push(m),
  error: (m: string) => logs.push(m),
};

describe.skipIf(!inKeyring)('device key in the real keychain', () => {
  // A service name of our own per test run: parallel runs and real installs are not touched.
  const service = `${KEYCHAIN_SERVICE} test ${randomUUID()}`;
  const keytar = createKeychainStore(service);

  afterEach(async () => {
    await keytar.delete(DEVICE_KEY_ACCOUNT);
  });

  it('is created once and found again on the next start (the device is remembered)', async () => {
    const first = await new DeviceKeyStore(keytar, log).load();
    expect(first).toMatchObject({ persistent: true, fresh: true });
    expect(first.problem).toBeUndefined();

    const next = await new DeviceKeyStore(createKeychainStore(service), log).load();
    expect(next).toMatchObject({ persistent: true, fresh: false });
    expect(await deviceId(next.key)).toBe(await deviceId(first.key));
  });

  it('keeps the private key only in the keychain entry, as a P-256 JWK', async () => {
    const loaded = await new DeviceKeyStore(keytar, log).load();
    const stored = await keytar.get(DEVICE_KEY_ACCOUNT);
    expect(stored.ok).toBe(true);
    const jwk = JSON.parse((stored as { value: string }).value) as Record<string, string>;
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(typeof jwk.d).toBe('string');
    // The public half handed to proofs has no private part.
    expect(loaded.key.publicJwk).not.toHaveProperty('d');
  });

  it('replaces a corrupt entry, says so, and remembers the new key', async () => {
    await keytar.set(DEVICE_KEY_ACCOUNT, '{"kty":"EC","crv":"P-256","d":"not-a-key"');
    logs.length = 0;
    const loaded = await new DeviceKeyStore(keytar, log).load();
    expect(loaded).toMatchObject({ persistent: true, fresh: true, problem: 'corrupt' });
    expect(logs.join('\n')).toMatch(/corrupt/);

    const next = await new DeviceKeyStore(createKeychainStore(service), log).load();
    expect(next).toMatchObject({ persistent: true, fresh: false });
    expect(next.problem).toBeUndefined();
  });

  it('forgets the local identity when told to (the service no longer knows the device)', async () => {
    const store = new DeviceKeyStore(keytar, log);
    const before = await store.load();
    await store.forget();
    expect(await keytar.get(DEVICE_KEY_ACCOUNT)).toEqual({ ok: true, value: null });
    const after = await store.load();
    expect(after.fresh).toBe(true);
    expect(await deviceId(after.key)).not.toBe(await deviceId(before.key));
  });

  it('without a keychain service (no D-Bus session) still gives a key, for this run only, and says why', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', probe, service], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: '' },
    });
    const result = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(result).toMatchObject({
      persistent: false,
      fresh: true,
      problem: 'missing',
      sameKeyNextStart: false,
    });
    expect(JSON.stringify(result.warnings)).toMatch(/step 1 every time/);
  });

  it('with a locked keyring still gives a key, for this run only, and says why', async () => {
    // A fresh session whose login keyring is locked, with no prompter to unlock it.
    const script = [
      'export XDG_DATA_HOME="$(mktemp -d)"',
      'eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets --daemonize)"',
      'gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets --method org.freedesktop.Secret.Service.Lock "[objectpath \'/org/freedesktop/secrets/collection/login\']" >/dev/null',
      `exec "${process.execPath}" --import tsx "${probe}" "${service}"`,
    ].join('\n');
    const { stdout } = await run('dbus-run-session', ['--', 'bash', '-c', script], {
      env: { ...process.env, DISPLAY: '', TELEQ_IN_PRIVATE_DBUS: '' },
    });
    const result = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(result).toMatchObject({ persistent: false, problem: 'locked', sameKeyNextStart: false });
  });
});

describe('keychain error classification', () => {
  it.each([
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'missing'],
    ['Could not connect: No such file or directory', 'missing'],
    ['The name org.freedesktop.secrets was not provided by any .service files', 'missing'],
    ['Cannot create an item in a locked collection', 'locked'],
    ['User interaction is not allowed.', 'locked'],
    ['User canceled the operation.', 'denied'],
    ['Access is denied.', 'denied'],
  ])('%s → %s', (message, problem) => {
    expect(classifyKeychainError(new Error(message))).toBe(problem);
  });
});
