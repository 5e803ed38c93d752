// @vitest-environment node
// The best τ in hindsight puts the posterior mean on the true new mean, or says which end is nearest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pooledMean, posteriorMean } from './ideal';
import { sampleHeights } from './sampling';
import { bestTauInHindsight } from './similarity';
import { summarize } from './summary';

const old = summarize(sampleHeights({ mean: 170, std: 7, size: 900, seed: 11 }));
const neu = summarize(sampleHeights({ mean: 178, std: 7, size: 100, seed: 12 }));

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

  it('works the same when the new data sits below the old', () => {
    // Mirror the fixture about 174: the new mean is now the lower one.
    const o = { ...old, mean: 348 - old.mean };
    const n = { ...neu, mean: 348 - neu.mean };
    const truth = (pooledMean(o, n) + n.mean) / 2;
    expect(posteriorMean(o, n, bestTauInHindsight(o, n, truth))).toBeCloseTo(truth, 6);
    expect(bestTauInHindsight(o, n, n.mean - 1)).toBe(Infinity);
    expect(bestTauInHindsight(o, n, o.mean)).toBe(0);
  });

  it('is ∞ for a truth exactly at m_new, from above as from below', () => {
    expect(bestTauInHindsight(old, neu, neu.mean)).toBe(Infinity);
    const o = { ...old, mean: 348 - old.mean };
    const n = { ...neu, mean: 348 - neu.mean };
    expect(bestTauInHindsight(o, n, n.mean)).toBe(Infinity);
  });

  it('is 0 for a truth between m_old and the pooled mean, which no τ reaches', () => {
    // There n_eff would exceed n_old, and τ² = σ² (n_old/n_eff − 1)/n_old would be negative.
    const pooled = pooledMean(old, neu);
    for (const f of [0.01, 0.5, 0.99]) {
      expect(bestTauInHindsight(old, neu, old.mean + f * (pooled - old.mean))).toBe(0);
    }
    expect(bestTauInHindsight(old, neu, old.mean - 3)).toBe(0);
  });

  it('is 0 when the two sample means agree, since every τ then gives the same answer', () => {
    expect(bestTauInHindsight(old, { ...neu, mean: old.mean }, old.mean + 1)).toBe(0);
  });
});
