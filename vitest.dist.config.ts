import { defineConfig } from 'vitest/config';

/** Checks on the built sites (`npm run test:dist`, after `npm run build:all`): validity, links, budgets, headers, determinism. */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    // One province built under a sub-path (tests/e2e/support/sub-path-site.ts), for the link checks.
    globalSetup: ['tests/built/support/sub-path-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
