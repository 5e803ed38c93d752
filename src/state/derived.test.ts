// The derived values follow from the scenario's choices and must agree with the core run on the same data.
import { describe, expect, it } from 'vitest';
import {
  gdPositionAfter,
  pooledMean,
  posteriorMean,
  sampleHeights,
  summarize,
  train,
} from '../core/index';
import { earlyStopStepFor, selectData, selectIdeals, selectRun } from './derived';
import { DEFAULT_SCENARIO, scenarioSeeds } from './scenario';
import type { Scenario } from './scenario';
import type { Dataset } from '../core/index';
import { totalSteps } from './store';

const scenario = (patch: Partial<Scenario> = {}): Scenario => ({ ...DEFAULT_SCENARIO, ...patch });

function heightsOf(s: Scenario) {
  const seeds = scenarioSeeds(s.seed);
  return {
    old: sampleHeights({ mean: s.oldMean, std: s.oldStd, size: s.oldSize, seed: seeds.old }),
    neu: sampleHeights({ mean: s.newMean, std: s.newStd, size: s.newSize, seed: seeds.new }),
  };
}

/** The i-th of n equally weighted heights: the one a uniform draw in its slice of [0, 1) picks. */
const heightAt = (d: Dataset, i: number, n: number) => d.draw((i + 0.5) / n);

describe('derived data', () => {
  it('summaries equal the core summaries of the sampled heights', () => {
    const s = scenario({ oldSize: 3000, newSize: 17, newMean: 181.5, newStd: 4 });
    const { old, neu } = heightsOf(s);
    const d = selectData(s);
    const so = summarize(old);
    const sn = summarize(neu);
    expect(d.old.summary.n).toBe(3000);
    expect(d.old.summary.mean).toBeCloseTo(so.mean, 9);
    expect(d.old.summary.variance).toBeCloseTo(so.variance, 7);
    expect(d.new.summary.mean).toBeCloseTo(sn.mean, 9);
    expect(d.new.summary.variance).toBeCloseTo(sn.variance, 7);
    for (const i of [0, 5, 16]) expect(heightAt(d.new, i, s.newSize)).toBe(neu[i]);
  });

  it('does not resample when only a training knob moves', () => {
    const s = scenario();
    const a = selectData(s);
    const b = selectData({ ...s, ftLr: 0.2, lambda: 5, strategy: 'l2sp' });
    expect(b).toBe(a);
  });

  it('keeps the same draws when a mean or spread moves, so the people stay the same', () => {
    const s = scenario();
    const a = selectData(s);
    const b = selectData({ ...s, oldMean: 160, oldStd: 9 });
    expect(b.oldBank).toBe(a.oldBank);
    expect(b.old.summary.mean).not.toBeCloseTo(a.old.summary.mean, 3);
    const a3 = heightAt(a.old, 3, s.oldSize);
    expect(heightAt(b.old, 3, s.oldSize)).toBeCloseTo(160 + (9 * (a3 - s.oldMean)) / s.oldStd, 9);
  });

  it('grows a dataset by adding heights: the first ones stay put', () => {
    const small = selectData(scenario({ newSize: 10 }));
    const first = Array.from({ length: 10 }, (_, i) => heightAt(small.new, i, 10));
    const big = selectData(scenario({ newSize: 100_000 }));
    expect(Array.from({ length: 10 }, (_, i) => heightAt(big.new, i, 100_000))).toEqual(first);
  });
});

describe('derived run', () => {
  it('matches the core train() on the same heights, step for step', () => {
    const s = scenario({ ftOptimizer: 'adam', preOptimizer: 'momentum', ftLr: 0.05 });
    const { old, neu } = heightsOf(s);
    const expected = train({
      oldData: old,
      newData: neu,
      init: s.init,
      seed: scenarioSeeds(s.seed).batches,
      pretrain: {
        steps: s.preSteps,
        lr: s.preLr,
        optimizer: s.preOptimizer,
        batchSize: s.preBatch,
      },
      finetune: {
        steps: s.ftSteps,
        lr: s.ftLr,
        optimizer: s.ftOptimizer,
        batchSize: s.ftBatch,
        strategy: { kind: 'naive' },
      },
    });
    const got = selectRun(s).result!;
    expect(got.theta.length).toBe(expected.theta.length);
    for (const t of [0, 1, 50, s.preSteps, s.preSteps + 1, totalSteps(s)]) {
      expect(got.theta[t]).toBeCloseTo(expected.theta[t]!, 8);
      expect(got.lossOld[t]).toBeCloseTo(expected.lossOld[t]!, 6);
    }
  });

  it('mini-batch runs draw the same batches as the core with the same seed', () => {
    const s = scenario({ ftBatch: 8, preBatch: 8, newSize: 40 });
    const { old, neu } = heightsOf(s);
    const expected = train({
      oldData: old,
      newData: neu,
      init: s.init,
      seed: scenarioSeeds(s.seed).batches,
      pretrain: { steps: s.preSteps, lr: s.preLr, optimizer: 'sgd', batchSize: 8 },
      finetune: {
        steps: s.ftSteps,
        lr: s.ftLr,
        optimizer: 'sgd',
        batchSize: 8,
        strategy: { kind: 'naive' },
      },
    });
    const got = selectRun(s).result!;
    expect(got.theta[totalSteps(s)]).toBeCloseTo(expected.theta[totalSteps(s)]!, 8);
  });

  it('early stopping trains naive fine-tuning for exactly the chosen number of steps', () => {
    const s = scenario({ strategy: 'early', earlyStop: 7 });
    const run = selectRun(s);
    expect(run.result!.theta.length).toBe(s.preSteps + 7 + 1);
    const k7 = gdPositionAfter(
      { theta0: run.thetaPre, target: selectData(s).new.summary.mean, lr: s.ftLr, curvature: 1 },
      7,
    );
    expect(run.result!.theta[s.preSteps + 7]).toBeCloseTo(k7, 9);
    expect(run.continuation!.theta.length).toBe(totalSteps(s) + 1);
  });

  it('reports a refused setting as a message instead of throwing', () => {
    const run = selectRun(scenario({ ftLr: -1 }));
    expect(run.result).toBeNull();
    expect(run.error).toMatch(/learning rate/);
  });
});

describe('ideals and the early-stopping step', () => {
  it('the ideals are the core pooled and posterior means of the data', () => {
    const s = scenario({ tau: 1.5 });
    const { old, neu } = heightsOf(s);
    const ideals = selectIdeals(s);
    expect(ideals.pooled).toBeCloseTo(pooledMean(summarize(old), summarize(neu)), 9);
    expect(ideals.posterior).toBeCloseTo(posteriorMean(summarize(old), summarize(neu), 1.5), 9);
    expect(ideals.lambdaPooled).toBe(s.oldSize / s.newSize);
    expect(ideals.rhoPooled).toBe(s.oldSize / (s.oldSize + s.newSize));
  });

  it('L2 with λ = n_old/n_new and replay with ρ = n_old/(n_old+n_new) end on the size-weighted ideal', () => {
    const base = scenario({ preSteps: 400, ftSteps: 3000, ftLr: 0.01 });
    const ideals = selectIdeals(base);
    const l2 = selectRun({ ...base, strategy: 'l2sp', lambda: ideals.lambdaPooled }).result!;
    // λ = 20 makes c = 21: still stable at η = 0.01 (ηc = 0.21).
    expect(l2.theta[l2.theta.length - 1]).toBeCloseTo(ideals.pooled, 6);
    const rep = selectRun({ ...base, strategy: 'replay', rho: ideals.rhoPooled }).result!;
    expect(rep.theta[rep.theta.length - 1]).toBeCloseTo(ideals.pooled, 6);
  });

  it('the early-stopping step lands closer to the ideal than its neighbours', () => {
    const s = scenario({ ftLr: 0.002, ftSteps: 2000, newSize: 200 });
    const ideal = selectIdeals(s).pooled;
    const k = earlyStopStepFor(s, ideal)!;
    expect(k).toBeGreaterThan(0);
    const at = (kk: number) => selectRun({ ...s, strategy: 'early', earlyStop: kk }).result!;
    const gap = (kk: number) => {
      const r = at(kk);
      return Math.abs(r.theta[r.theta.length - 1]! - ideal);
    };
    expect(gap(k)).toBeLessThanOrEqual(gap(k - 1));
    expect(gap(k)).toBeLessThanOrEqual(gap(k + 1));
  });

  it('the early-stopping step from a simulated run agrees with the closed form for SGD', () => {
    const s = scenario({ ftLr: 0.002, ftSteps: 2000, newSize: 200 });
    const ideal = selectIdeals(s).pooled;
    const closed = earlyStopStepFor(s, ideal);
    // Brute force: search the simulated full-batch SGD run for the step nearest the ideal.
    const run = selectRun({ ...s, strategy: 'naive' }).result!;
    let best = 0;
    for (let k = 0; k <= s.ftSteps; k++) {
      if (
        Math.abs(run.theta[s.preSteps + k]! - ideal) <
        Math.abs(run.theta[s.preSteps + best]! - ideal)
      )
        best = k;
    }
    expect(closed).toBe(best);
  });
});
