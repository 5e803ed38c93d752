// The unit tests that mutation testing runs: the training core's own, in Node (no DOM needed).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/core/**/*.test.ts'],
    // Instrumented code runs slower, and the property tests run many cases.
    testTimeout: 60_000,
  },
});
