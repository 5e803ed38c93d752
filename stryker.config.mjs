// Mutation testing of the training core (`npm run mutation`): every mutant Stryker makes in src/core
// must fail a core test. Kept out of `npm test` and CI: it takes many minutes on two cores. The run
// is incremental, so a rerun only tests the mutants of code or tests that changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // The core's tests only, in Node; all of them for every mutant rather than Vitest's 'related' guess.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/core/**/*.ts', '!src/core/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
};
export default config;
