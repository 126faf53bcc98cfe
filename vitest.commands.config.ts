import { defineConfig } from 'vitest/config';

/** Tests that run the project's commands as an editor or CI would (`npm run test:commands`): check, new, import:plan, spell, deploy scripts, in child processes. */
export default defineConfig({
  test: {
    include: ['tests/commands/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
