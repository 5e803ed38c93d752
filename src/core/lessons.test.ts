// @vitest-environment node
// The deeper lessons against their closed forms: strategy end points, validation choices, best τ in hindsight, resampling spreads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTheta, strategyEndpoints } from './comparison';
import { gdPositionAfter } from './gradientDescent';
import { pooledMean, posteriorMean } from './ideal';
import { resampleStrategies } from './resampling';
import type { ResampleSpec } from './resampling';
import { sampleHeights } from './sampling';
import { bestTauInHindsight } from './similarity';
import { mseAt, summarize } from './summary';
import {
  cvLossAtLambda,
  cvLossAtStep,
  earlyStopByCrossValidation,
  earlyStopByValidation,
  lambdaByCrossValidation,
  lambdaByValidation,
  summaryRemoved,
} from './validation';
import type { Split } from './validation';

const oldData = sampleHeights({ mean: 170, std: 7, size: 900, seed: 11 });
const newData = sampleHeights({ mean: 178, std: 7, size: 100, seed: 12 });
const old = summarize(oldData);
const neu = summarize(newData);

describe('strategy end points', () => {
  const ends = strategyEndpoints({
    old,
    neu,
    thetaPre: old.mean,
    lr: 0.01,
    earlyStop: 7,
    lambda: 9,
    rho: 0.9,
    tau: 0,
  });

  it('match each strategy minimiser and the closed-form early stop', () => {
    expect(ends.freeze).toBe(old.mean);
    expect(ends.naive).toBe(neu.mean);
    expect(ends.newOnly).toBe(neu.mean);
    expect(ends.early).toBeCloseTo(neu.mean + 0.98 ** 7 * (old.mean - neu.mean), 10);
    expect(ends.joint).toBeCloseTo(pooledMean(old, neu), 12);
    expect(ends.posterior).toBeCloseTo(pooledMean(old, neu), 12);
  });

  it('L2 with λ = n_old/n_new and replay with ρ = n_old/(n_old + n_new) equal joint training', () => {
    expect(ends.l2sp).toBeCloseTo(ends.joint!, 10);
    expect(ends.replay).toBeCloseTo(ends.joint!, 10);
  });

  it('scores a θ by (θ − μ)² + σ² on each population', () => {
    const sc = scoreTheta(172, { mean: 170, std: 7 }, { mean: 178, std: 5 });
    expect(sc).toEqual({
      theta: 172,
      errorOld: 4 + 49,
      errorNew: 36 + 25,
      excessOld: 4,
      excessNew: 36,
    });
  });
});

describe('validation choices', () => {
  it('summaryRemoved equals the summary of the remaining heights', () => {
    const part = summarize(newData.subarray(20, 45));
    const rest = summarize([...newData.subarray(0, 20), ...newData.subarray(45)]);
    const got = summaryRemoved(neu, part);
    expect(got.n).toBe(rest.n);
    expect(got.mean).toBeCloseTo(rest.mean, 9);
    expect(got.variance).toBeCloseTo(rest.variance, 6);
  });

  it('the hold-out step is the brute-force minimum of the validation loss', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.double({ min: 0.002, max: 0.2, noNaN: true }),
        (nVal, lr) => {
          const split: Split = {
            train: summarize(newData.subarray(nVal)),
            val: summarize(newData.subarray(0, nVal)),
          };
          const maxSteps = 400;
          const k = earlyStopByValidation(old.mean, split, lr, maxSteps);
          const loss = (j: number) =>
            mseAt(
              gdPositionAfter({ theta0: old.mean, target: split.train.mean, lr, curvature: 1 }, j),
              split.val,
            );
          let best = 0;
          for (let j = 1; j <= maxSteps; j++) if (loss(j) < loss(best) - 1e-12) best = j;
          expect(loss(k)).toBeLessThanOrEqual(loss(best) + 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the hold-out λ puts the L2 minimiser on the validation mean when it lies between θ_pre and m_train', () => {
    const split: Split = {
      train: { n: 80, mean: 178, variance: 49 },
      val: { n: 20, mean: 175, variance: 49 },
    };
    const lambda = lambdaByValidation(170, split);
    expect((178 + lambda * 170) / (1 + lambda)).toBeCloseTo(175, 10);
    expect(lambdaByValidation(170, { ...split, val: { ...split.val, mean: 180 } })).toBe(0);
  });

  it('k-fold choices minimise the mean fold loss (against a search)', () => {
    const K = 5;
    const folds: Split[] = Array.from({ length: K }, (_, j) => {
      const val = summarize(newData.subarray(j * 20, (j + 1) * 20));
      return { train: summaryRemoved(neu, val), val };
    });
    const k = earlyStopByCrossValidation(old.mean, folds, 0.01, 600);
    for (const j of [0, 1, 50, 200, 600]) {
      expect(cvLossAtStep(old.mean, folds, 0.01, k)).toBeLessThanOrEqual(
        cvLossAtStep(old.mean, folds, 0.01, j) + 1e-12,
      );
    }
    const lambda = lambdaByCrossValidation(old.mean, folds);
    for (const l of [0, 0.01, 0.1, 1, 10, 100, 1e4]) {
      expect(cvLossAtLambda(old.mean, folds, lambda)).toBeLessThanOrEqual(
        cvLossAtLambda(old.mean, folds, l) + 1e-9,
      );
    }
  });
});

describe('best τ in hindsight', () => {
  it('puts the posterior mean on the true new mean whenever it lies between pooled and m_new', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (f) => {
        const pooled = pooledMean(old, neu);
        const truth = pooled + f * (neu.mean - pooled);
        const tau = bestTauInHindsight(old, neu, truth);
        expect(posteriorMean(old, neu, tau)).toBeCloseTo(truth, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('is 0 when the truth is at or beyond the pooled mean and ∞ when beyond m_new', () => {
    expect(bestTauInHindsight(old, neu, old.mean)).toBe(0);
    expect(bestTauInHindsight(old, neu, neu.mean + 1)).toBe(Infinity);
  });
});

describe('resampling', () => {
  const base: ResampleSpec = {
    old: { mean: 170, std: 7, n: 1000 },
    neu: { mean: 172, std: 7, n: 20 },
    init: 170,
    preLr: 0.1,
    preSteps: 200,
    ftLr: 0.01,
    ftSteps: 500,
    earlyStop: 5,
    lambda: 50,
    rho: 0.98,
    tau: 1,
    valFraction: 0.2,
    replicates: 4000,
    seed: 3,
  };

  it('naive fine-tuning spreads like the new sample mean, N(μ_new, σ²/n_new)', () => {
    const r = resampleStrategies(base);
    const th = r.theta.naive!;
    let m = 0;
    for (const v of th) m += v;
    m /= th.length;
    let v2 = 0;
    for (const v of th) v2 += (v - m) ** 2;
    const sd = Math.sqrt(v2 / (th.length - 1));
    const want = 7 / Math.sqrt(20);
    // Standard error of a sample sd from 4,000 normals is about sd/√(2·4000) ≈ 1.1 %.
    expect(Math.abs(sd - want) / want).toBeLessThan(0.05);
    expect(Math.abs(m - 172)).toBeLessThan(4 * (want / Math.sqrt(4000)));
  });

  it('joint training spreads like the pooled mean: sd = σ/√(n_old + n_new)', () => {
    const r = resampleStrategies(base);
    const sp = r.thetaSpread.joint!;
    // For a normal, the 5–95 % range is 2 × 1.645 sd.
    const sd = (sp.q95 - sp.q05) / (2 * 1.6449);
    expect(Math.abs(sd / (7 / Math.sqrt(1020)) - 1)).toBeLessThan(0.08);
  });

  it('tiny new data from a similar population: naive loses to the posterior ideal on the new population', () => {
    const r = resampleStrategies(base);
    expect(r.excessNewSpread.naive!.mean).toBeGreaterThan(r.excessNewSpread.posterior!.mean);
  });

  it('large, very different new data: keeping the old data loses to naive fine-tuning', () => {
    const r = resampleStrategies({
      ...base,
      old: { mean: 165, std: 7, n: 2000 },
      neu: { mean: 180, std: 7, n: 5000 },
      tau: 10,
    });
    expect(r.excessNewSpread.naive!.mean).toBeLessThan(r.excessNewSpread.joint!.mean);
    expect(r.excessNewSpread.naive!.mean).toBeLessThan(r.excessNewSpread.freeze!.mean);
  });

  it('the same seed gives the same spreads', () => {
    expect(resampleStrategies({ ...base, replicates: 50 }).theta.naive).toEqual(
      resampleStrategies({ ...base, replicates: 50 }).theta.naive,
    );
  });
});
