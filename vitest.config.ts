import { defineConfig } from 'vitest/config';

// Unit and integration tests. Keychain tests need the private D-Bus session that
// scripts/with-keyring.sh starts; `npm test` runs vitest inside it.
export default defineConfig({
  test: {
    include: ['{shared,server,electron,test,build,scripts,renderer}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'dist/**', 'test/e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
