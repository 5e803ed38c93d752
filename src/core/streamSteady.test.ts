import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emaExcessTrend,
  emaExcessWalk,
  emaLagTrend,
  steadyFilter,
  stepsForGain,
} from './streamSteady';
import { fineTuneAlpha } from './streamLearners';

describe('steadyFilter', () => {
  it('takes nothing from a world that does not move, and everything from exact rounds', () => {
    expect(steadyFilter(0, 2).gain).toBe(0);
    expect(steadyFilter(0.5, 0).gain).toBe(1);
    expect(steadyFilter(0, 0).gain).toBe(1);
  });

  it('satisfies the steady Riccati equation: one more round leaves P⁻ where it was', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (q, r) => {
          const { prior, gain } = steadyFilter(q, r);
          const after = (1 - gain) * prior + q * q;
          expect(after).toBeCloseTo(prior, 8);
        },
      ),
    );
  });

  it('its gain is the best exponential average under a walk, with excess (1 − K*)P*⁻', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (q, r) => {
          const k = steadyFilter(q, r);
          const best = emaExcessWalk(k.gain, q, r);
          expect(best).toBeCloseTo(k.excess, 8);
          for (const a of [0.01, 0.1, 0.3, 0.5, 0.8, 0.99])
            expect(emaExcessWalk(a, q, r)).toBeGreaterThanOrEqual(best - 1e-9);
        },
      ),
    );
  });
});

describe('trend', () => {
  it('lags by s(1 − α)/α and pays its square on top of the noise', () => {
    expect(emaLagTrend(0.25, 0.1)).toBeCloseTo(0.3, 12);
    expect(emaExcessTrend(0.25, 0.1, 2)).toBeCloseTo(0.09 + (0.25 * 2) / 1.75, 12);
    expect(emaLagTrend(1, 3)).toBe(0);
  });
});

describe('stepsForGain', () => {
  it('is the schedule whose weight is the gain', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.499, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (lr, gain) => {
          expect(fineTuneAlpha(lr, stepsForGain(gain, lr))).toBeCloseTo(gain, 8);
        },
      ),
    );
  });

  it('says what it cannot do: no schedule outside 0 < η < ½, none or all of the way at the ends', () => {
    expect(stepsForGain(0.5, 0.6)).toBeNaN();
    expect(stepsForGain(0.5, 0)).toBeNaN();
    expect(stepsForGain(1, 0.1)).toBe(Infinity);
    expect(stepsForGain(0, 0.1)).toBe(0);
  });
});

describe('the edges of the steady state', () => {
  it('q² = r/2 puts the prior variance at r, so the gain is exactly ½', () => {
    // P⁻ = (q² + √(q⁴ + 4q²r))/2 = (1 + 3)/2 = 2 for q = 1, r = 2.
    expect(steadyFilter(1, 2)).toEqual({ prior: 2, gain: 0.5, excess: 1 });
  });

  it('η = ½ is outside the schedule: one step there lands on the round mean', () => {
    expect(stepsForGain(0.5, 0.5)).toBeNaN();
    expect(stepsForGain(0.5, 0.4999)).toBeGreaterThan(0);
  });
});
