// Whom θ is for: the goal's population and ideal, against their definitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalIdeal, goalPopulation } from './goal';
import { pooledMean, posteriorMean } from './ideal';
import { expectedSquaredError } from './quality';

const oldPop = { mean: 170, std: 7 };
const newPop = { mean: 180, std: 5 };

describe('goalPopulation', () => {
  it('is the new population itself when θ is for the new population', () => {
    expect(goalPopulation('new', oldPop, newPop, 900, 100)).toEqual(newPop);
  });

  it('for everyone is the size-weighted mixture: its mean weighs each group by its size', () => {
    const mix = goalPopulation('everyone', oldPop, newPop, 900, 100);
    expect(mix.mean).toBeCloseTo(171, 12);
    // Variance: 0.9·49 + 0.1·25 + 0.9·0.1·100 = 55.6.
    expect(mix.std ** 2).toBeCloseTo(55.6, 10);
  });

  it("the mixture's expected error is the size-weighted error over both groups, for any θ", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 250, noNaN: true }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (theta, nOld, nNew) => {
          const w = nOld / (nOld + nNew);
          const direct =
            w * expectedSquaredError(theta, oldPop) + (1 - w) * expectedSquaredError(theta, newPop);
          const mix = goalPopulation('everyone', oldPop, newPop, nOld, nNew);
          expect(expectedSquaredError(theta, mix)).toBeCloseTo(direct, 6);
        },
      ),
    );
  });

  it('refuses to judge for everyone when there is nobody', () => {
    expect(() => goalPopulation('everyone', oldPop, newPop, 0, 0)).toThrow(RangeError);
    expect(() => goalPopulation('everyone', oldPop, newPop, 0, 0)).toThrow(/at least one/);
  });

  it('refuses a negative or NaN group size, even when the other group is large enough', () => {
    for (const [nOld, nNew] of [
      [-1, 5],
      [5, -1],
      [NaN, 5],
      [5, NaN],
    ] as const) {
      expect(() => goalPopulation('everyone', oldPop, newPop, nOld, nNew)).toThrow(RangeError);
    }
    // One empty group is fine: everyone seen is then the other group.
    expect(goalPopulation('everyone', oldPop, newPop, 0, 5)).toEqual(newPop);
    expect(goalPopulation('everyone', oldPop, newPop, 5, 0)).toEqual(oldPop);
  });
});

describe('goalIdeal', () => {
  const old = { n: 1000, mean: 170, variance: 49 };
  const neu = { n: 10, mean: 178, variance: 49 };

  it('for everyone is the size-weighted mean whatever τ says', () => {
    for (const tau of [0, 1, 5, 100])
      expect(goalIdeal('everyone', old, neu, tau)).toBe(pooledMean(old, neu));
  });

  it('for the new population is the posterior mean with τ, the size-weighted mean at τ = 0', () => {
    expect(goalIdeal('new', old, neu, 0)).toBeCloseTo(pooledMean(old, neu), 12);
    expect(goalIdeal('new', old, neu, 2)).toBe(posteriorMean(old, neu, 2));
    expect(goalIdeal('new', old, neu, 2)).toBeGreaterThan(goalIdeal('new', old, neu, 0.5));
  });
});
