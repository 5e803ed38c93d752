// Checks that the public entry point exposes the whole core, so the UI and the benchmark need no deep imports.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('core index', () => {
  it('re-exports every function and constant the app and the benchmark use', () => {
    const names = [
      'sampleHeights',
      'sampleStandardNormals',
      'summarize',
      'summaryMerged',
      'summaryScaled',
      'mseAt',
      'pooledMean',
      'sharedVariance',
      'effectiveOldSize',
      'posteriorMean',
      'l2spLambdaFor',
      'replayFractionFor',
      'gdContraction',
      'gdPositionAfter',
      'gdRegime',
      'gdStableLrLimit',
      'gdStepsToPass',
      'gdStepClosestTo',
      'strategyMinimiser',
      'strategyHalfCurvature',
      'strategyUses',
      'optimizerInit',
      'optimizerStep',
      'train',
      'trainOn',
      'datasetFromArray',
      'expectedSquaredError',
      'excessSquaredError',
      'histogram',
    ] as const;
    for (const name of names) expect(typeof core[name], name).toBe('function');
    expect(core.DIVERGENCE_BOUND).toBe(1e9);
    expect(core.MAX_SAMPLE_SIZE).toBeGreaterThanOrEqual(1_000_000);
    expect(core.MAX_PHASE_STEPS).toBeGreaterThanOrEqual(50_000);
  });
});
