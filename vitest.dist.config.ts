import { defineConfig } from 'vitest/config';

/** Checks on the built sites (`npm run test:dist`, after `npm run build:all`): validity, links, budgets, headers, determinism. */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
