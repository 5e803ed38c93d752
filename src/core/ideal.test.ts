// Checks the ideal old/new balance: pooled mean, shared variance, effective old size and posterior mean.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  effectiveOldSize,
  l2spLambdaFor,
  pooledMean,
  posteriorMean,
  replayFractionFor,
  sharedVariance,
} from './ideal';
import { strategyMinimiser } from './strategies';
import { summarize } from './summary';
import type { Summary } from './types';

const summaryArb: fc.Arbitrary<Summary> = fc.record({
  n: fc.integer({ min: 1, max: 100_000 }),
  mean: fc.double({ min: 100, max: 250, noNaN: true }),
  variance: fc.double({ min: 0.01, max: 400, noNaN: true }),
});

function nEffByFormula(old: Summary, neu: Summary, tau: number): number {
  const sigma2 = (old.n * old.variance + neu.n * neu.variance) / (old.n + neu.n);
  return old.n / (1 + (old.n * tau * tau) / sigma2);
}

describe('pooledMean', () => {
  it('is the mean of the two datasets put together', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 100, max: 250, noNaN: true }), { minLength: 1, maxLength: 100 }),
        fc.array(fc.double({ min: 100, max: 250, noNaN: true }), { minLength: 1, maxLength: 100 }),
        (a, b) => {
          const all = [...a, ...b];
          const want = all.reduce((s, y) => s + y, 0) / all.length;
          expect(pooledMean(summarize(a), summarize(b))).toBeCloseTo(want, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('weights each mean by its size', () => {
    const old = { n: 900, mean: 170, variance: 0 };
    const neu = { n: 100, mean: 180, variance: 0 };
    expect(pooledMean(old, neu)).toBeCloseTo((900 * 170 + 100 * 180) / 1000, 12);
  });

  it('falls back to the one non-empty dataset and rejects two empty ones', () => {
    const empty = summarize([]);
    const some = summarize([160, 170]);
    expect(pooledMean(empty, some)).toBe(165);
    expect(pooledMean(some, empty)).toBe(165);
    expect(() => pooledMean(empty, empty)).toThrow(RangeError);
    expect(() => pooledMean(empty, empty)).toThrow(/at least one data point/);
  });

  it('rejects a negative or NaN size, even beside a dataset that is not empty', () => {
    const some = { n: 5, mean: 172, variance: 3 };
    for (const n of [-1, NaN]) {
      const bad = { n, mean: 170, variance: 1 };
      expect(() => pooledMean(bad, some)).toThrow(RangeError);
      expect(() => pooledMean(some, bad)).toThrow(RangeError);
      expect(() => sharedVariance(bad, some)).toThrow(RangeError);
    }
  });
});

describe('sharedVariance', () => {
  it('is the size-weighted average of the two variances', () => {
    fc.assert(
      fc.property(summaryArb, summaryArb, (old, neu) => {
        const want = (old.n * old.variance + neu.n * neu.variance) / (old.n + neu.n);
        expect(sharedVariance(old, neu)).toBeCloseTo(want, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores the NaN variance of an empty dataset', () => {
    expect(sharedVariance(summarize([]), { n: 4, mean: 170, variance: 9 })).toBe(9);
    expect(sharedVariance({ n: 4, mean: 170, variance: 9 }, summarize([]))).toBe(9);
  });
});

describe('effectiveOldSize', () => {
  it('the worked example: n_old 1000, σ² 100, τ 1.6 gives about 37.6', () => {
    const old = { n: 1000, mean: 170, variance: 100 };
    const neu = { n: 10, mean: 178, variance: 100 };
    const got = effectiveOldSize(old, neu, 1.6);
    expect(got).toBeCloseTo(1000 / (1 + (1000 * 1.6 * 1.6) / 100), 9);
    expect(got).toBeCloseTo(37.6, 1);
  });

  it('follows n_old / (1 + n_old τ²/σ²) and shrinks as τ grows', () => {
    fc.assert(
      fc.property(
        summaryArb,
        summaryArb,
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        (old, neu, t1, t2) => {
          const a = effectiveOldSize(old, neu, t1);
          expect(a).toBeCloseTo(nEffByFormula(old, neu, t1), 6);
          expect(a).toBeGreaterThan(0);
          expect(a).toBeLessThanOrEqual(old.n);
          const b = effectiveOldSize(old, neu, t2);
          if (t1 < t2) expect(b).toBeLessThanOrEqual(a);
          if (t1 > t2) expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is n_old for τ = 0 and 0 for τ = ∞', () => {
    const old = { n: 250, mean: 170, variance: 49 };
    const neu = { n: 30, mean: 176, variance: 49 };
    expect(effectiveOldSize(old, neu, 0)).toBe(250);
    expect(effectiveOldSize(old, neu, Infinity)).toBe(0);
  });

  it('with σ² = 0 is n_old for τ = 0 and 0 for any τ > 0', () => {
    const old = { n: 40, mean: 170, variance: 0 };
    const neu = { n: 10, mean: 180, variance: 0 };
    expect(effectiveOldSize(old, neu, 0)).toBe(40);
    expect(effectiveOldSize(old, neu, 1e-9)).toBe(0);
    expect(effectiveOldSize(old, neu, 5)).toBe(0);
  });

  it('rejects a negative or NaN τ', () => {
    const s = { n: 10, mean: 170, variance: 1 };
    expect(() => effectiveOldSize(s, s, -1)).toThrow(RangeError);
    expect(() => effectiveOldSize(s, s, NaN)).toThrow(RangeError);
    expect(() => effectiveOldSize(s, s, -1)).toThrow(/tau must be ≥ 0, got -1/);
  });
});

describe('posteriorMean', () => {
  it('τ = 0 gives the pooled mean and a huge τ gives m_new', () => {
    fc.assert(
      fc.property(summaryArb, summaryArb, (old, neu) => {
        const pooled = (old.n * old.mean + neu.n * neu.mean) / (old.n + neu.n);
        expect(posteriorMean(old, neu, 0)).toBeCloseTo(pooled, 9);
        expect(posteriorMean(old, neu, 1e9)).toBeCloseTo(neu.mean, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('follows (n_new m_new + n_eff m_old)/(n_new + n_eff)', () => {
    fc.assert(
      fc.property(
        summaryArb,
        summaryArb,
        fc.double({ min: 0, max: 50, noNaN: true }),
        (old, neu, tau) => {
          const nEff = tau === 0 ? old.n : nEffByFormula(old, neu, tau);
          const want = (neu.n * neu.mean + nEff * old.mean) / (neu.n + nEff);
          expect(posteriorMean(old, neu, tau)).toBeCloseTo(want, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lies between the pooled mean and m_new', () => {
    fc.assert(
      fc.property(
        summaryArb,
        summaryArb,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (old, neu, tau) => {
          const p = posteriorMean(old, neu, tau);
          const pooled = pooledMean(old, neu);
          const slack = 1e-12 * Math.max(Math.abs(pooled), Math.abs(neu.mean));
          expect(p).toBeGreaterThanOrEqual(Math.min(pooled, neu.mean) - slack);
          expect(p).toBeLessThanOrEqual(Math.max(pooled, neu.mean) + slack);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with σ² = 0 is the pooled mean at τ = 0 and m_new for any τ > 0', () => {
    const old = { n: 40, mean: 170, variance: 0 };
    const neu = { n: 10, mean: 180, variance: 0 };
    expect(posteriorMean(old, neu, 0)).toBeCloseTo((40 * 170 + 10 * 180) / 50, 12);
    expect(posteriorMean(old, neu, 0.5)).toBe(180);
  });

  it('uses whichever dataset is not empty', () => {
    const empty = summarize([]);
    const some = { n: 5, mean: 172, variance: 3 };
    expect(posteriorMean(empty, some, 2)).toBe(172);
    expect(posteriorMean(some, empty, 2)).toBe(172);
    expect(() => posteriorMean(empty, empty, 1)).toThrow(RangeError);
  });
});

describe('l2spLambdaFor and replayFractionFor', () => {
  it('λ = n_old/n_new and ρ = n_old/(n_old + n_new) hit the pooled mean from θ_pre = m_old', () => {
    fc.assert(
      fc.property(summaryArb, summaryArb, (old, neu) => {
        const pooled = pooledMean(old, neu);
        const at = { oldMean: old.mean, newMean: neu.mean, thetaPre: old.mean };
        const l2 = strategyMinimiser({ kind: 'l2sp', lambda: old.n / neu.n }, at);
        const rp = strategyMinimiser({ kind: 'replay', fraction: old.n / (old.n + neu.n) }, at);
        const tol = 1e-12 * pooled;
        expect(Math.abs(l2 - pooled)).toBeLessThanOrEqual(tol);
        expect(Math.abs(rp - pooled)).toBeLessThanOrEqual(tol);
      }),
      { numRuns: 200 },
    );
  });

  it('recover those values from the pooled target', () => {
    fc.assert(
      fc.property(summaryArb, summaryArb, (old, neu) => {
        // λ divides by pooled − m_old, so the means must differ by more than rounding noise.
        fc.pre(Math.abs(old.mean - neu.mean) > 1);
        const pooled = pooledMean(old, neu);
        const lambda = l2spLambdaFor(pooled, neu.mean, old.mean);
        const rho = replayFractionFor(pooled, neu.mean, old.mean);
        expect(lambda).not.toBeNull();
        expect(rho).not.toBeNull();
        expect(Math.abs(lambda! - old.n / neu.n)).toBeLessThan(1e-6 * (old.n / neu.n));
        expect(Math.abs(rho! - old.n / (old.n + neu.n))).toBeLessThan(1e-6);
      }),
      { numRuns: 200 },
    );
  });

  it('give a λ or ρ whose minimiser is the target, for targets between m_new and the anchor', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 250, noNaN: true }),
        fc.double({ min: 100, max: 250, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (newMean, anchor, w) => {
          fc.pre(Math.abs(newMean - anchor) > 1e-3);
          const target = newMean + w * (anchor - newMean);
          const lambda = l2spLambdaFor(target, newMean, anchor);
          const rho = replayFractionFor(target, newMean, anchor);
          expect(lambda).not.toBeNull();
          expect(rho).not.toBeNull();
          const at = { oldMean: anchor, newMean, thetaPre: anchor };
          expect(strategyMinimiser({ kind: 'l2sp', lambda: lambda! }, at)).toBeCloseTo(target, 6);
          expect(strategyMinimiser({ kind: 'replay', fraction: rho! }, at)).toBeCloseTo(target, 6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the worked example: 171 between 180 and 170 needs λ = 9 or ρ = 0.9', () => {
    expect(l2spLambdaFor(171, 180, 170)).toBeCloseTo((180 - 171) / (171 - 170), 12);
    expect(replayFractionFor(171, 180, 170)).toBeCloseTo((180 - 171) / (180 - 170), 12);
  });

  it('return 0 for the new mean itself and null for targets no λ ≥ 0 or ρ in [0, 1] reaches', () => {
    expect(l2spLambdaFor(180, 180, 170)).toBe(0);
    expect(replayFractionFor(180, 180, 170)).toBe(0);
    // Beyond the new mean, behind the anchor, or exactly at the anchor (λ would be infinite).
    expect(l2spLambdaFor(185, 180, 170)).toBeNull();
    expect(l2spLambdaFor(165, 180, 170)).toBeNull();
    expect(l2spLambdaFor(170, 180, 170)).toBeNull();
    expect(replayFractionFor(185, 180, 170)).toBeNull();
    expect(replayFractionFor(165, 180, 170)).toBeNull();
    expect(replayFractionFor(170, 180, 170)).toBe(1);
    expect(replayFractionFor(175, 180, 180)).toBeNull();
  });
});

describe('the degenerate inputs of the ideals', () => {
  it('no old data is worth no new samples, whatever τ and the new data', () => {
    const empty = summarize([]);
    const neu = { n: 5, mean: 172, variance: 3 };
    for (const tau of [0, 0.5, Infinity]) {
      expect(effectiveOldSize(empty, neu, tau)).toBe(0);
      expect(effectiveOldSize(empty, empty, tau)).toBe(0);
    }
  });

  it('with σ² = 0 even the smallest τ > 0 leaves the old data worth nothing', () => {
    // τ² underflows to 0 here, so n_old τ²/σ² would be 0/0.
    const old = { n: 40, mean: 170, variance: 0 };
    const neu = { n: 10, mean: 180, variance: 0 };
    expect(effectiveOldSize(old, neu, Number.MIN_VALUE)).toBe(0);
    expect(posteriorMean(old, neu, Number.MIN_VALUE)).toBe(180);
  });

  it('τ = ∞ gives m_new exactly, with or without noise', () => {
    const old = { n: 40, mean: 170, variance: 25 };
    const neu = { n: 10, mean: 180, variance: 25 };
    expect(posteriorMean(old, neu, Infinity)).toBe(180);
    expect(posteriorMean({ ...old, variance: 0 }, { ...neu, variance: 0 }, Infinity)).toBe(180);
  });

  it('a target already at m_new needs no pull, even when m_new, m_old and θ_pre agree', () => {
    expect(l2spLambdaFor(170, 170, 170)).toBe(0);
    expect(replayFractionFor(170, 170, 170)).toBe(0);
    // From above as from below, λ = 0 and ρ = 0 exactly (not −0).
    expect(l2spLambdaFor(180, 180, 190)).toBe(0);
    expect(replayFractionFor(180, 180, 190)).toBe(0);
  });
});
