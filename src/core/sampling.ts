/** Seeded sampling of heights: the same spec gives the same numbers in every browser and in Node. */
import { randomLcg, randomNormal } from 'd3-random';
import type { DataSpec } from './types';

/** Largest dataset the sampler accepts; keeps a tab from allocating without bound. */
export const MAX_SAMPLE_SIZE = 5_000_000;

/** Seeds are whole numbers in [0, 2³²): the generator keeps 32 bits, so other values would alias. */
export function checkSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
  }
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 0 || size > MAX_SAMPLE_SIZE) {
    throw new RangeError(`size must be an integer from 0 to ${MAX_SAMPLE_SIZE}, got ${size}`);
  }
}

/**
 * `size` standard-normal draws from a generator seeded by `seed`.
 * The first k draws do not depend on `size`, so growing a dataset adds points and keeps the old ones.
 *
 * @example
 * sampleStandardNormals(3, 7); // Float64Array(3) [ … ] — the same three numbers every time
 */
export function sampleStandardNormals(size: number, seed: number): Float64Array {
  checkSize(size);
  checkSeed(seed);
  const draw = randomNormal.source(randomLcg(seed))(0, 1);
  const z = new Float64Array(size);
  // Stryker disable next-line EqualityOperator: one more draw only writes past the end of a Float64Array, which does nothing
  for (let i = 0; i < size; i++) z[i] = draw();
  return z;
}

/**
 * Draws `size` heights from N(mean, std²) with a seeded generator: `mean + std · z` for the
 * standard-normal stream of {@link sampleStandardNormals}, so changing the mean or spread moves
 * the same people rather than drawing new ones.
 *
 * @example
 * const old = sampleHeights({ mean: 170, std: 10, size: 1000, seed: 1 });
 */
export function sampleHeights(spec: Readonly<DataSpec>): Float64Array {
  const { mean, std, size, seed } = spec;
  if (!Number.isFinite(mean) || !Number.isFinite(std) || std < 0) {
    throw new RangeError(`mean must be finite and std ≥ 0, got mean ${mean}, std ${std}`);
  }
  const z = sampleStandardNormals(size, seed);
  // Stryker disable next-line EqualityOperator: one more step only writes past the end of a Float64Array, which does nothing
  for (let i = 0; i < size; i++) z[i] = mean + std * z[i]!;
  return z;
}

/**
 * The values in a seeded random order (Fisher–Yates with the page's generator); the input is not
 * changed. Every order is equally likely, and the same seed gives the same order everywhere.
 *
 * @example
 * seededShuffle([1, 2, 3, 4], 7); // Float64Array [ …the four values, in an order fixed by seed 7 ]
 */
export function seededShuffle(values: ArrayLike<number>, seed: number): Float64Array {
  checkSeed(seed);
  const out = Float64Array.from(values);
  const rand = randomLcg(seed);
  // Stryker disable next-line EqualityOperator: at i = 0 the only choice is j = 0, a swap with itself
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/**
 * `size` of the values drawn without replacement, seeded: no record is taken twice, and a larger
 * size keeps the smaller one's records and adds to them (it is the first `size` of one seeded
 * order), so a size slider adds people rather than drawing new ones.
 *
 * @example
 * subsampleWithoutReplacement([150, 160, 170, 180], 2, 1); // two of the four heights, seeded
 */
export function subsampleWithoutReplacement(
  values: ArrayLike<number>,
  size: number,
  seed: number,
): Float64Array {
  if (!Number.isInteger(size) || size < 0 || size > values.length) {
    throw new RangeError(`size must be an integer from 0 to ${values.length}, got ${size}`);
  }
  return seededShuffle(values, seed).slice(0, size);
}
