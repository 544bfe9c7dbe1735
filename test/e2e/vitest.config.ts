import { defineConfig } from 'vitest/config';

// The end-to-end journeys (browser shell): one shared headless Chromium started by the global
// setup, spec files one after the other (each starts its own service, IdP and client), so the
// suite fits two cores. Run through `npm run test:e2e` (inside scripts/with-keyring.sh).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    setupFiles: ['test/e2e/support/failure-artifacts.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
