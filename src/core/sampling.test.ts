// Checks the seeded height sampler: reproducible, normal in distribution, and stable under resizing.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_SAMPLE_SIZE,
  sampleHeights,
  sampleStandardNormals,
  subsampleWithoutReplacement,
} from './sampling';

/** Mean, standard deviation (÷ n), skewness and excess kurtosis, computed here from scratch. */
function moments(z: ArrayLike<number>) {
  const n = z.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += z[i]!;
  const mean = s / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = z[i]! - mean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  return { mean, std: Math.sqrt(m2), skew: m3 / m2 ** 1.5, exKurt: m4 / (m2 * m2) - 3 };
}

const seedArb = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('sampleStandardNormals', () => {
  it('gives the same numbers for the same size and seed', () => {
    expect(sampleStandardNormals(1000, 42)).toEqual(sampleStandardNormals(1000, 42));
  });

  it('gives different numbers for different seeds', () => {
    fc.assert(
      fc.property(seedArb, seedArb, (a, b) => {
        fc.pre(a !== b);
        const za = sampleStandardNormals(8, a);
        const zb = sampleStandardNormals(8, b);
        expect(Array.from(za)).not.toEqual(Array.from(zb));
      }),
      { numRuns: 200 },
    );
  });

  it('has the prefix property: the first k of N draws are the k draws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        seedArb,
        (a, b, seed) => {
          const [k, n] = a <= b ? [a, b] : [b, a];
          const long = sampleStandardNormals(n, seed);
          const short = sampleStandardNormals(k, seed);
          expect(Array.from(long.subarray(0, k))).toEqual(Array.from(short));
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([1, 2024, 987654321])(
    'seed %s: 200,000 draws have the moments of N(0, 1) within a few standard errors',
    (seed) => {
      const n = 200_000;
      const z = sampleStandardNormals(n, seed);
      const m = moments(z);
      // Standard errors for normal data: mean 1/√n, sd 1/√(2n), skewness √(6/n), kurtosis √(24/n).
      expect(Math.abs(m.mean)).toBeLessThan(5 / Math.sqrt(n));
      expect(Math.abs(m.std - 1)).toBeLessThan(5 / Math.sqrt(2 * n));
      expect(Math.abs(m.skew)).toBeLessThan(5 * Math.sqrt(6 / n));
      expect(Math.abs(m.exKurt)).toBeLessThan(5 * Math.sqrt(24 / n));
      // The share within one sd, P(|Z| < 1) = erf(1/√2).
      const p = 0.6826894921370859;
      let inside = 0;
      for (let i = 0; i < n; i++) if (Math.abs(z[i]!) < 1) inside++;
      expect(Math.abs(inside / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    },
  );

  it('has no memory from one draw to the next (lag-1 correlation near 0)', () => {
    const n = 200_000;
    const z = sampleStandardNormals(n, 77);
    let s = 0;
    for (let i = 1; i < n; i++) s += z[i]! * z[i - 1]!;
    expect(Math.abs(s / (n - 1))).toBeLessThan(5 / Math.sqrt(n));
  });

  it('accepts 0 and rejects sizes that are negative, fractional or too large', () => {
    expect(sampleStandardNormals(0, 1).length).toBe(0);
    expect(() => sampleStandardNormals(-1, 1)).toThrow(RangeError);
    expect(() => sampleStandardNormals(2.5, 1)).toThrow(RangeError);
    expect(() => sampleStandardNormals(NaN, 1)).toThrow(RangeError);
    expect(() => sampleStandardNormals(MAX_SAMPLE_SIZE + 1, 1)).toThrow(RangeError);
  });
});

describe('sampleHeights', () => {
  it('is exactly mean + std · z for the standard-normal stream of the same seed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.integer({ min: 0, max: 500 }),
        seedArb,
        (mean, std, size, seed) => {
          const h = sampleHeights({ mean, std, size, seed });
          const z = sampleStandardNormals(size, seed);
          expect(h.length).toBe(size);
          for (let i = 0; i < size; i++) expect(h[i]).toBe(mean + std * z[i]!);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('200,000 heights have the requested mean and spread within a few standard errors', () => {
    const n = 200_000;
    const mean = 170;
    const std = 7;
    const m = moments(sampleHeights({ mean, std, size: n, seed: 5 }));
    expect(Math.abs(m.mean - mean)).toBeLessThan((5 * std) / Math.sqrt(n));
    expect(Math.abs(m.std - std)).toBeLessThan((5 * std) / Math.sqrt(2 * n));
  });

  it('with std 0 every height is the mean', () => {
    expect(Array.from(sampleHeights({ mean: 171.5, std: 0, size: 5, seed: 3 }))).toEqual([
      171.5, 171.5, 171.5, 171.5, 171.5,
    ]);
  });

  it('rejects a non-finite mean or a negative or non-finite spread', () => {
    const ok = { mean: 170, std: 7, size: 3, seed: 1 };
    expect(() => sampleHeights({ ...ok, mean: NaN })).toThrow(RangeError);
    expect(() => sampleHeights({ ...ok, mean: Infinity })).toThrow(RangeError);
    expect(() => sampleHeights({ ...ok, std: -1 })).toThrow(RangeError);
    expect(() => sampleHeights({ ...ok, std: Infinity })).toThrow(RangeError);
    expect(() => sampleHeights({ ...ok, size: -3 })).toThrow(RangeError);
  });

  it('refuses seeds that the 32-bit generator would alias', () => {
    for (const seed of [-5, 5.7, 2 ** 32 + 5, NaN])
      expect(() => sampleHeights({ mean: 170, std: 7, size: 5, seed })).toThrow(RangeError);
    expect(() => sampleHeights({ mean: 170, std: 7, size: 5, seed: 0xffffffff })).not.toThrow();
  });
});

describe('the edges of sampling', () => {
  it('allows the largest size and refuses one more, naming the field', () => {
    expect(sampleStandardNormals(MAX_SAMPLE_SIZE, 3)).toHaveLength(MAX_SAMPLE_SIZE);
    expect(() => sampleStandardNormals(MAX_SAMPLE_SIZE + 1, 3)).toThrow(/size must be an integer/);
    expect(() => sampleStandardNormals(-1, 3)).toThrow(/size must be an integer/);
    expect(() => sampleHeights({ mean: NaN, std: 1, size: 3, seed: 1 })).toThrow(
      /mean must be finite/,
    );
  });

  it('a subsample refuses a negative size or more records than there are', () => {
    expect(() => subsampleWithoutReplacement([1, 2, 3], -1, 1)).toThrow(/size must be an integer/);
    expect(() => subsampleWithoutReplacement([1, 2, 3], 4, 1)).toThrow(/from 0 to 3/);
    expect(subsampleWithoutReplacement([1, 2, 3], 0, 1)).toHaveLength(0);
  });
});
