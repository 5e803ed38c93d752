// Checks the sufficient statistics against exact integer arithmetic and against the data themselves.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mseAt, summarize, summaryMerged, summaryScaled } from './summary';
import type { Summary } from './types';

/**
 * Exact mean and population variance of integers, as the nearest doubles: with BigInt the sums
 * carry no rounding, so this is a reference the floating-point code must approach.
 */
function exactSummary(data: number[]): Summary {
  const n = BigInt(data.length);
  let s = 0n;
  let s2 = 0n;
  for (const y of data) {
    s += BigInt(y);
    s2 += BigInt(y) * BigInt(y);
  }
  // variance = (n Σy² − (Σy)²) / n², computed exactly before the one final division.
  const num = n * s2 - s * s;
  const den = n * n;
  return { n: data.length, mean: ratio(s, n), variance: ratio(num, den) };
}

/** a / b as a double, accurate to well under 1e-15 relative. */
function ratio(a: bigint, b: bigint): number {
  const whole = a / b;
  const rest = a - whole * b;
  const scale = 10n ** 18n;
  return Number(whole) + Number((rest * scale) / b) / 1e18;
}

function relClose(actual: number, expected: number, rel: number, floor = 1): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    rel * Math.max(floor, Math.abs(expected)),
  );
}

const heightArb = fc.double({ min: 50, max: 250, noNaN: true });

describe('summarize', () => {
  it('matches exact integer arithmetic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 300 }),
        (data) => {
          const got = summarize(data);
          const want = exactSummary(data);
          expect(got.n).toBe(data.length);
          relClose(got.mean, want.mean, 1e-12);
          relClose(got.variance, want.variance, 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps its accuracy for a large offset with a small spread', () => {
    // Heights in micrometres around 1.7 m: Σy² − (Σy)²/n would lose every digit of the variance.
    const base = 1_700_000_000;
    const data = Array.from({ length: 1000 }, (_, i) => base + (i % 7) - 3);
    const want = exactSummary(data);
    const got = summarize(data);
    relClose(got.mean, want.mean, 1e-14);
    relClose(got.variance, want.variance, 1e-6);
  });

  it('matches a term-by-term computation on real-valued data', () => {
    fc.assert(
      fc.property(fc.array(heightArb, { minLength: 1, maxLength: 300 }), (data) => {
        const n = data.length;
        const mean = data.reduce((a, b) => a + b, 0) / n;
        const variance = data.reduce((a, y) => a + (y - mean) ** 2, 0) / n;
        const got = summarize(Float64Array.from(data));
        expect(got.n).toBe(n);
        relClose(got.mean, mean, 1e-12);
        expect(Math.abs(got.variance - variance)).toBeLessThan(1e-9 * (1 + variance));
      }),
      { numRuns: 200 },
    );
  });

  it('small hand-checked cases', () => {
    expect(summarize([160, 170, 180])).toEqual({ n: 3, mean: 170, variance: 200 / 3 });
    expect(summarize([5])).toEqual({ n: 1, mean: 5, variance: 0 });
  });

  it('an empty dataset has n 0 and no mean or variance', () => {
    const s = summarize([]);
    expect(s.n).toBe(0);
    expect(s.mean).toBeNaN();
    expect(s.variance).toBeNaN();
  });
});

describe('summaryMerged', () => {
  it('equals the summary of the concatenation', () => {
    fc.assert(
      fc.property(
        fc.array(heightArb, { minLength: 0, maxLength: 200 }),
        fc.array(heightArb, { minLength: 0, maxLength: 200 }),
        (a, b) => {
          fc.pre(a.length + b.length > 0);
          const merged = summaryMerged(summarize(a), summarize(b));
          const whole = summarize([...a, ...b]);
          expect(merged.n).toBe(whole.n);
          relClose(merged.mean, whole.mean, 1e-12);
          expect(Math.abs(merged.variance - whole.variance)).toBeLessThan(
            1e-9 * (1 + whole.variance),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is symmetric and leaves a summary unchanged when merged with an empty one', () => {
    const a = summarize([150, 160, 171]);
    const b = summarize([180, 190]);
    const ab = summaryMerged(a, b);
    const ba = summaryMerged(b, a);
    expect(ab.n).toBe(ba.n);
    expect(ab.mean).toBeCloseTo(ba.mean, 12);
    expect(ab.variance).toBeCloseTo(ba.variance, 12);
    expect(summaryMerged(a, summarize([]))).toEqual(a);
    expect(summaryMerged(summarize([]), b)).toEqual(b);
    expect(summaryMerged(summarize([]), summarize([])).n).toBe(0);
  });
});

describe('summaryScaled', () => {
  it('is the summary of mean + std · z', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (z, mean, std) => {
          const direct = summarize(z.map((v) => mean + std * v));
          const scaled = summaryScaled(summarize(z), mean, std);
          expect(scaled.n).toBe(direct.n);
          expect(Math.abs(scaled.mean - direct.mean)).toBeLessThan(1e-9 * (1 + Math.abs(mean)));
          expect(Math.abs(scaled.variance - direct.variance)).toBeLessThan(
            1e-9 * (1 + direct.variance),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('mseAt', () => {
  it('equals the mean squared error computed point by point', () => {
    fc.assert(
      fc.property(
        fc.array(heightArb, { minLength: 1, maxLength: 200 }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (data, theta) => {
          const direct = data.reduce((a, y) => a + (y - theta) ** 2, 0) / data.length;
          const got = mseAt(theta, summarize(data));
          expect(Math.abs(got - direct)).toBeLessThan(1e-9 * (1 + direct));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is (θ − m)² + v, smallest at the mean', () => {
    const s: Summary = { n: 3, mean: 170, variance: 4 };
    expect(mseAt(175, s)).toBe(25 + 4);
    expect(mseAt(170, s)).toBe(4);
    expect(mseAt(169, s)).toBeGreaterThan(mseAt(170, s));
    expect(mseAt(171, s)).toBeGreaterThan(mseAt(170, s));
  });
});
