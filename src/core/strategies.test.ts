// Checks each strategy's minimiser and curvature against its loss, differentiated here by hand.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strategyHalfCurvature, strategyMinimiser, strategyUses } from './strategies';
import type { Strategy } from './types';

interface At {
  oldMean: number;
  newMean: number;
  thetaPre: number;
}

/**
 * The fine-tuning loss up to constants (the variances do not move the minimiser), written from
 * each strategy's definition rather than from a minimiser and curvature.
 */
function lossOf(s: Strategy, theta: number, at: At): number {
  const mseNew = (theta - at.newMean) ** 2;
  const mseOld = (theta - at.oldMean) ** 2;
  switch (s.kind) {
    case 'naive':
      return mseNew;
    case 'l2sp':
      return mseNew + s.lambda * (theta - at.thetaPre) ** 2;
    case 'replay':
      return (1 - s.fraction) * mseNew + s.fraction * mseOld;
    case 'freeze':
      return 0;
  }
}

const atArb: fc.Arbitrary<At> = fc.record({
  oldMean: fc.double({ min: 100, max: 250, noNaN: true }),
  newMean: fc.double({ min: 100, max: 250, noNaN: true }),
  thetaPre: fc.double({ min: 100, max: 250, noNaN: true }),
});

const movingStrategyArb: fc.Arbitrary<Strategy> = fc.oneof(
  fc.constant<Strategy>({ kind: 'naive' }),
  fc.double({ min: 0, max: 50, noNaN: true }).map<Strategy>((lambda) => ({ kind: 'l2sp', lambda })),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map<Strategy>((fraction) => ({ kind: 'replay', fraction })),
);

describe('strategyMinimiser and strategyHalfCurvature', () => {
  it('is half the second derivative of the loss, measured here by finite differences', () => {
    fc.assert(
      fc.property(movingStrategyArb, atArb, (s, at) => {
        const h = 0.5;
        // Exact for a quadratic up to rounding: L(t + h) − 2L(t) + L(t − h) = L'' h².
        const t = strategyMinimiser(s, at);
        const second =
          (lossOf(s, t + h, at) - 2 * lossOf(s, t, at) + lossOf(s, t - h, at)) / h ** 2;
        expect(strategyHalfCurvature(s)).toBeCloseTo(second / 2, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('the loss is exactly c(θ − t)² plus a constant', () => {
    // A quadratic is fixed by three values: check L(θ) − L(t) = c(θ − t)² at several θ.
    fc.assert(
      fc.property(
        movingStrategyArb,
        atArb,
        fc.double({ min: -20, max: 20, noNaN: true }),
        (s, at, offset) => {
          const t = strategyMinimiser(s, at);
          const c = strategyHalfCurvature(s);
          const base = lossOf(s, t, at);
          const want = c * offset * offset;
          const got = lossOf(s, t + offset, at) - base;
          // The loss values are around 1e4, so their difference carries ~1e-12 of absolute noise.
          expect(Math.abs(got - want)).toBeLessThan(1e-9 * (1 + c) * (1 + Math.abs(base)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the minimiser has a lower loss than any other point', () => {
    fc.assert(
      fc.property(
        movingStrategyArb,
        atArb,
        fc.double({ min: 100, max: 250, noNaN: true }),
        (s, at, other) => {
          const t = strategyMinimiser(s, at);
          const lt = lossOf(s, t, at);
          expect(lt).toBeLessThanOrEqual(lossOf(s, other, at) + 1e-12 * (1 + lt));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the table of closed forms', () => {
    const at = { oldMean: 170, newMean: 180, thetaPre: 172 };
    expect(strategyMinimiser({ kind: 'naive' }, at)).toBe(180);
    expect(strategyMinimiser({ kind: 'l2sp', lambda: 4 }, at)).toBeCloseTo((180 + 4 * 172) / 5, 12);
    expect(strategyMinimiser({ kind: 'replay', fraction: 0.25 }, at)).toBeCloseTo(
      0.75 * 180 + 0.25 * 170,
      12,
    );
    expect(strategyMinimiser({ kind: 'freeze' }, at)).toBe(172);
    expect(strategyHalfCurvature({ kind: 'naive' })).toBe(1);
    expect(strategyHalfCurvature({ kind: 'l2sp', lambda: 4 })).toBe(5);
    expect(strategyHalfCurvature({ kind: 'replay', fraction: 0.25 })).toBe(1);
    expect(strategyHalfCurvature({ kind: 'freeze' })).toBe(0);
  });

  it('reduce to naive at λ = 0 and ρ = 0, and replay ρ = 1 is the old mean', () => {
    fc.assert(
      fc.property(atArb, (at) => {
        expect(strategyMinimiser({ kind: 'l2sp', lambda: 0 }, at)).toBe(at.newMean);
        expect(strategyMinimiser({ kind: 'replay', fraction: 0 }, at)).toBe(at.newMean);
        expect(strategyMinimiser({ kind: 'replay', fraction: 1 }, at)).toBe(at.oldMean);
      }),
      { numRuns: 100 },
    );
  });

  it('l2sp moves from m_new towards θ_pre as λ grows', () => {
    const at = { oldMean: 170, newMean: 180, thetaPre: 170 };
    let prev = strategyMinimiser({ kind: 'l2sp', lambda: 0 }, at);
    for (const lambda of [0.1, 1, 10, 100, 1e6]) {
      const t = strategyMinimiser({ kind: 'l2sp', lambda }, at);
      expect(t).toBeLessThan(prev);
      expect(t).toBeGreaterThan(170);
      prev = t;
    }
    expect(prev).toBeCloseTo(170, 4);
  });
});

describe('strategyUses', () => {
  it('says which datasets each loss reads', () => {
    expect(strategyUses({ kind: 'naive' })).toEqual({ old: false, new: true });
    expect(strategyUses({ kind: 'l2sp', lambda: 3 })).toEqual({ old: false, new: true });
    expect(strategyUses({ kind: 'replay', fraction: 0.5 })).toEqual({ old: true, new: true });
    expect(strategyUses({ kind: 'replay', fraction: 0 })).toEqual({ old: false, new: true });
    expect(strategyUses({ kind: 'replay', fraction: 1 })).toEqual({ old: true, new: false });
    expect(strategyUses({ kind: 'freeze' })).toEqual({ old: false, new: false });
  });
});
