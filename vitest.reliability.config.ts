import { defineConfig } from 'vitest/config';

/**
 * The reliability suite (`npm run test:reliability`): duplicates, crash and
 * restart, bad input at the HTTP edge, forged approvals. Full size locally;
 * CI runs the short form with RELIABILITY_SHORT=1.
 */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
