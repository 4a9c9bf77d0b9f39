import { defineConfig } from 'vitest/config';

// Browser tests: the real server and Debian's Chromium. Run after `npm run build` (npm run test:browser does both).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
