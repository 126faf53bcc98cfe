import { defineConfig } from 'vitest/config';

/** Tests that build a site in their own folder (`npm run test:build`): each runs scripts/build.ts or Astro on a copy of the fixture content. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
