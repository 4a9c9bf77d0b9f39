import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser tests live in test/browser and run with vitest.browser.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most test files wait on a database (PGlite init, PostgreSQL round trips, scrypt): three workers keep
    // two cores busy. vitest's default on a 2-core machine is a single worker.
    maxWorkers: 3,
  },
});
