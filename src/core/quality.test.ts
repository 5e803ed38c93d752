// Checks the quality measures against Monte Carlo averages over the population they describe.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excessSquaredError, expectedSquaredError } from './quality';
import { sampleHeights } from './sampling';

describe('expectedSquaredError and excessSquaredError', () => {
  it('are (θ − μ)² + σ² and (θ − μ)²', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (theta, mean, std) => {
          const pop = { mean, std };
          const excess = excessSquaredError(theta, pop);
          expect(excess).toBeCloseTo((theta - mean) ** 2, 9);
          expect(expectedSquaredError(theta, pop)).toBeCloseTo(excess + std * std, 9);
          expect(excess).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the worked example: θ 172 on N(170, 7²) costs 4 + 49', () => {
    expect(expectedSquaredError(172, { mean: 170, std: 7 })).toBe(53);
    expect(excessSquaredError(172, { mean: 170, std: 7 })).toBe(4);
    expect(excessSquaredError(170, { mean: 170, std: 7 })).toBe(0);
  });

  it('the expected error matches the average squared error over many draws', () => {
    const pop = { mean: 170, std: 7 };
    const n = 200_000;
    const ys = sampleHeights({ ...pop, size: n, seed: 31 });
    for (const theta of [150, 170, 178]) {
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const e = (ys[i]! - theta) ** 2;
        s += e;
        s2 += e * e;
      }
      const mean = s / n;
      const se = Math.sqrt((s2 / n - mean * mean) / n);
      expect(Math.abs(mean - expectedSquaredError(theta, pop))).toBeLessThan(5 * se);
    }
  });

  it('the sample mean of n draws has expected excess error σ²/n', () => {
    // The sample mean of n draws from N(μ, σ²) is N(μ, σ²/n), so its average excess is σ²/n.
    const pop = { mean: 170, std: 7 };
    const n = 25;
    const reps = 4000;
    const excess: number[] = [];
    for (let r = 0; r < reps; r++) {
      const ys = sampleHeights({ ...pop, size: n, seed: 1000 + r * 7919 });
      let s = 0;
      for (let i = 0; i < n; i++) s += ys[i]!;
      excess.push(excessSquaredError(s / n, pop));
    }
    const avg = excess.reduce((a, b) => a + b, 0) / reps;
    const want = (pop.std * pop.std) / n;
    // The excess is σ²/n times a χ²₁ variable, whose sd is √2 times its mean.
    expect(Math.abs(avg - want)).toBeLessThan((5 * Math.SQRT2 * want) / Math.sqrt(reps));
  });
});
