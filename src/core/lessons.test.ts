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
    steps: 300,
    earlyStop: 7,
    lambda: 9,
    rho: 0.9,
    tau: 0,
  });
  const gap = old.mean - neu.mean;

  it('limits match each strategy minimiser, and exact answers end where they head', () => {
    expect(ends.freeze).toEqual({ end: old.mean, limit: old.mean, diverges: false });
    expect(ends.naive!.limit).toBe(neu.mean);
    expect(ends.newOnly).toEqual({ end: neu.mean, limit: neu.mean, diverges: false });
    expect(ends.joint!.end).toBeCloseTo(pooledMean(old, neu), 12);
    expect(ends.posterior!.end).toBeCloseTo(pooledMean(old, neu), 12);
  });

  it('runs end where the closed form puts them after the steps given, not at their limits', () => {
    expect(ends.naive!.end).toBeCloseTo(neu.mean + 0.98 ** 300 * gap, 10);
    expect(ends.early!.end).toBeCloseTo(neu.mean + 0.98 ** 7 * gap, 10);
    expect(ends.early!.limit).toBe(ends.early!.end);
    // L2 contracts by 1 − 2η(1 + λ) = 0.8 a step towards its own minimiser.
    const t = ends.l2sp!.limit;
    expect(ends.l2sp!.end).toBeCloseTo(t + 0.8 ** 300 * (old.mean - t), 10);
    const few = strategyEndpoints({
      old,
      neu,
      thetaPre: old.mean,
      lr: 0.001,
      steps: 50,
      earlyStop: 80,
      lambda: 9,
      rho: 0.9,
      tau: 0,
    });
    expect(Math.abs(few.naive!.end - few.naive!.limit)).toBeGreaterThan(1);
    expect(few.l2sp!.end).toBeCloseTo(t + 0.98 ** 50 * (old.mean - t), 10);
    // Early stopping past the run's last step stops at the last step.
    expect(few.early!.end).toBe(few.naive!.end);
  });

  it('L2 with λ = n_old/n_new and replay with ρ = n_old/(n_old + n_new) head for joint training', () => {
    expect(ends.l2sp!.limit).toBeCloseTo(ends.joint!.end, 10);
    expect(ends.replay!.limit).toBeCloseTo(ends.joint!.end, 10);
    expect(ends.l2sp!.end).toBeCloseTo(ends.joint!.end, 10);
  });

  it('a run that leaves the bounds diverges, with no number; one past the limit but still in bounds has no limit', () => {
    const at = (lr: number, steps: number, earlyStop = 2) =>
      strategyEndpoints({
        old,
        neu,
        thetaPre: old.mean,
        lr,
        steps,
        earlyStop,
        lambda: 9,
        rho: 0.9,
        tau: 0,
      });
    // η = 0.6: naive and replay have ηc = 0.6 (oscillating), L2 with λ = 9 has ηc = 6 (|1 − 12| = 11 a step).
    const e = at(0.6, 500);
    expect(e.l2sp).toEqual({ end: NaN, limit: NaN, diverges: true });
    expect(e.naive!.diverges).toBe(false);
    expect(e.naive!.limit).toBe(neu.mean);
    // Three steps at that rate are still a number (11³ times the start's gap), but head nowhere.
    const short = at(0.6, 3);
    const t = short.l2sp!.end;
    expect(short.l2sp!.diverges).toBe(false);
    expect(short.l2sp!.limit).toBeNaN();
    const l2Target = (neu.mean + 9 * old.mean) / 10;
    expect(t).toBeCloseTo(l2Target + (-11) ** 3 * (old.mean - l2Target), 6);
    expect(short.naive!.end).toBeCloseTo(neu.mean + (-0.2) ** 3 * gap, 10);
    // η = 1.5 for 500 steps: every run leaves the bounds; early stopping after 2 steps does not.
    const all = at(1.5, 500);
    for (const k of ['naive', 'l2sp', 'replay'] as const) expect(all[k]!.diverges).toBe(true);
    expect(all.early!.diverges).toBe(false);
    expect(all.early!.end).toBeCloseTo(neu.mean + (-2) ** 2 * gap, 10);
    expect(all.freeze!.diverges).toBe(false);
    // At ηc = 1 θ bounces for ever: it ends somewhere but has no limit.
    const bounce = strategyEndpoints({
      old,
      neu,
      thetaPre: old.mean,
      lr: 1,
      steps: 3,
      earlyStop: 2,
      lambda: 9,
      rho: 0.9,
      tau: 0,
    });
    expect(bounce.naive!.end).toBeCloseTo(neu.mean - gap, 10);
    expect(bounce.naive!.limit).toBeNaN();
  });

  it('scores a θ by (θ − μ)² + σ² on each population', () => {
    const sc = scoreTheta(172, { mean: 170, std: 7 }, { mean: 178, std: 5 });
    expect(sc).toEqual({
      theta: 172,
      errorOld: 4 + 49,
      errorNew: 36 + 25,
      excessOld: 4,
      excessNew: 36,
      excessGoal: 36,
    });
    expect(
      scoreTheta(172, { mean: 170, std: 7 }, { mean: 178, std: 5 }, { mean: 171, std: 1 })
        .excessGoal,
    ).toBe(1);
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
    goal: 'new',
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
