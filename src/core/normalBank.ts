/**
 * A growing bank of seeded standard-normal draws with running sums, so the summary of any
 * dataset `mean + std · z[0..n)` costs O(1): a size slider can sweep 1…1,000,000 without
 * resampling, and changing a mean or spread never touches the draws (docs/math.md, "The data").
 */
import { randomLcg, randomNormal } from 'd3-random';
import { MAX_SAMPLE_SIZE, checkSeed, seededShuffle } from './sampling';
import { summarize, summarizeWeighted, summaryScaled } from './summary';
import type { Summary } from './types';

export interface NormalBank {
  seed: number;
  /** Number of draws held. */
  length: number;
  /** z[0..length): the same stream as `sampleStandardNormals(length, seed)`. */
  z: Float64Array;
  /** sum[k] = z[0] + … + z[k−1]. */
  sum: Float64Array;
  /** sumSq[k] = z[0]² + … + z[k−1]². */
  sumSq: Float64Array;
  /**
   * False for heights the user supplied, which have no stream to continue. A generated bank keeps no
   * generator: a shared one would continue from wherever another growth left it.
   */
  growable: boolean;
  /**
   * For a frequency table, how many people each draw stands for, and cumWeight[k] = w[0] + … +
   * w[k−1]; then `sum` and `sumSq` are weighted sums. Absent, every draw counts once.
   */
  weights?: Float64Array;
  cumWeight?: Float64Array;
}

/** The weight the first `n` draws carry: n itself unless the bank is a frequency table. */
function weightOf(bank: Readonly<NormalBank>, n: number): number {
  return bank.cumWeight ? bank.cumWeight[n]! : n;
}

/** How many people the i-th draw stands for (1 unless the bank is a frequency table). */
export function normalBankWeight(bank: Readonly<NormalBank>, i: number): number {
  return bank.weights ? bank.weights[i]! : 1;
}

/** An empty bank for `seed`. */
export function normalBankCreate(seed: number): NormalBank {
  checkSeed(seed);
  return {
    seed,
    length: 0,
    z: new Float64Array(0),
    sum: new Float64Array(1),
    sumSq: new Float64Array(1),
    growable: true,
  };
}

/**
 * Returns a bank holding at least `size` draws, continuing the same stream. Grows by doubling so a
 * slider dragged upwards costs amortised O(1) per new point. The input bank is not changed, and the
 * draws depend on the seed alone: a fresh generator is run past the draws already held, so growing
 * the same bank twice, or in any steps, gives the same numbers.
 */
export function normalBankGrow(bank: Readonly<NormalBank>, size: number): NormalBank {
  // Stryker disable next-line EqualityOperator: growing to exactly the largest size is left untested, since it takes 120 MB; one past it is refused in the tests
  if (!Number.isInteger(size) || size < 0 || size > MAX_SAMPLE_SIZE) {
    throw new RangeError(`size must be an integer from 0 to ${MAX_SAMPLE_SIZE}, got ${size}`);
  }
  if (size <= bank.length) return bank as NormalBank;
  if (!bank.growable) throw new RangeError(`only ${bank.length} heights were supplied`);
  const capacity = Math.min(MAX_SAMPLE_SIZE, Math.max(size, bank.length * 2, 1024));
  const z = new Float64Array(capacity);
  const sum = new Float64Array(capacity + 1);
  const sumSq = new Float64Array(capacity + 1);
  z.set(bank.z.subarray(0, bank.length));
  sum.set(bank.sum.subarray(0, bank.length + 1));
  sumSq.set(bank.sumSq.subarray(0, bank.length + 1));
  const draw = randomNormal.source(randomLcg(bank.seed))(0, 1);
  for (let i = 0; i < bank.length; i++) draw();
  let s = sum[bank.length]!;
  let q = sumSq[bank.length]!;
  // Stryker disable next-line EqualityOperator: one more draw only writes past the end of a Float64Array, which does nothing
  for (let i = bank.length; i < capacity; i++) {
    const v = draw();
    z[i] = v;
    s += v;
    q += v * v;
    sum[i + 1] = s;
    sumSq[i + 1] = q;
  }
  return { seed: bank.seed, length: capacity, z, sum, sumSq, growable: true };
}

/**
 * Summary of the first `size` heights `mean + std · z`, from the running sums in O(1).
 *
 * @example
 * const bank = normalBankGrow(normalBankCreate(1), 1000);
 * normalBankSummary(bank, { mean: 170, std: 7, size: 1000 }); // ≈ summarize(sampleHeights({ mean: 170, std: 7, size: 1000, seed: 1 }))
 */
export function normalBankSummary(
  bank: Readonly<NormalBank>,
  spec: { mean: number; std: number; size: number },
): Summary {
  const n = spec.size;
  if (n > bank.length) throw new RangeError(`the bank holds ${bank.length} draws, not ${n}`);
  // Stryker disable next-line ConditionalExpression: a shortcut: with n = 0 the sums give 0/0 = NaN as well
  if (n === 0) return { n: 0, mean: NaN, variance: NaN };
  const w = weightOf(bank, n);
  const zMean = bank.sum[n]! / w;
  // Running sums lose a little to cancellation; a variance is never negative.
  const zVar = Math.max(0, bank.sumSq[n]! / w - zMean * zMean);
  return summaryScaled({ n: w, mean: zMean, variance: zVar }, spec.mean, spec.std);
}

/** The i-th height of the dataset `mean + std · z`, for drawing mini-batches without copying. */
export function normalBankHeight(
  bank: Readonly<NormalBank>,
  spec: { mean: number; std: number },
  i: number,
): number {
  return spec.mean + spec.std * bank.z[i]!;
}

/** Summary of the heights with indices in [from, to), from the running sums in O(1). */
export function normalBankRangeSummary(
  bank: Readonly<NormalBank>,
  spec: { mean: number; std: number },
  from: number,
  to: number,
): Summary {
  if (
    // Stryker disable next-line EqualityOperator: a shortcut: with from = to the sums give n 0 and 0/0 = NaN as well
    !(to - from > 0) ||
    to > bank.length
  )
    return { n: 0, mean: NaN, variance: NaN };
  const n = weightOf(bank, to) - weightOf(bank, from);
  const zMean = (bank.sum[to]! - bank.sum[from]!) / n;
  const zVar = Math.max(0, (bank.sumSq[to]! - bank.sumSq[from]!) / n - zMean * zMean);
  return summaryScaled({ n, mean: zMean, variance: zVar }, spec.mean, spec.std);
}

/**
 * The draw of the first `size` a uniform number u in [0, 1) picks for a mini-batch: each with the
 * same chance, or, in a frequency table, with a chance in proportion to its weight (a binary search
 * of the cumulative weights, so O(log size)).
 */
export function normalBankPick(bank: Readonly<NormalBank>, size: number, u: number): number {
  const cw = bank.cumWeight;
  if (!cw) return Math.min(size - 1, Math.floor(u * size));
  const target = u * cw[size]!;
  // The first index i with cw[i + 1] > target.
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cw[mid + 1]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A bank made from heights the user supplied, so they flow through the same O(1) summaries as
 * generated data: shuffled once with a seeded generator (a sorted file would otherwise make
 * "the first n" and contiguous validation splits biased) and standardised, so that
 * `mean + std · z[i]` gives back the i-th height. With `weights` (a frequency table: how many
 * people each height stands for, fractions allowed) the weights are shuffled with their heights,
 * and the mean and spread are the weighted ones.
 */
export function normalBankFromHeights(
  heights: ArrayLike<number>,
  seed: number,
  weights?: ArrayLike<number>,
): { bank: NormalBank; mean: number; std: number } {
  checkSeed(seed);
  const n = heights.length;
  if (n === 0) throw new RangeError('there are no heights to use');
  for (let i = 0; i < n; i++)
    if (!Number.isFinite(heights[i]!)) throw new RangeError('every height must be a finite number');
  if (weights) {
    if (weights.length !== n)
      throw new RangeError(`${n} heights need ${n} weights, got ${weights.length}`);
    for (let i = 0; i < n; i++)
      if (!(Number.isFinite(weights[i]!) && weights[i]! > 0))
        throw new RangeError('every weight must be a finite number above 0');
  }
  // One seeded order of the rows, so a height keeps its weight.
  const order = seededShuffle(
    Float64Array.from({ length: n }, (_, i) => i),
    seed,
  );
  const values = Float64Array.from(order, (i) => heights[i]!);
  const w = weights ? Float64Array.from(order, (i) => weights[i]!) : undefined;
  const s = w ? summarizeWeighted(values, w) : summarize(values);
  const std = Math.sqrt(s.variance);
  const z = new Float64Array(n);
  const sum = new Float64Array(n + 1);
  const sumSq = new Float64Array(n + 1);
  const cumWeight = w ? new Float64Array(n + 1) : undefined;
  // Stryker disable next-line EqualityOperator: one more row only writes past the end of a Float64Array, which does nothing
  for (let i = 0; i < n; i++) {
    const v = std > 0 ? (values[i]! - s.mean) / std : 0;
    const wi = w ? w[i]! : 1;
    z[i] = v;
    sum[i + 1] = sum[i]! + wi * v;
    sumSq[i + 1] = sumSq[i]! + wi * v * v;
    if (cumWeight) cumWeight[i + 1] = cumWeight[i]! + wi;
  }
  const bank: NormalBank = { seed, length: n, z, sum, sumSq, growable: false };
  // Stryker disable next-line ConditionalExpression,LogicalOperator: w and cumWeight are both set or both undefined, and an undefined weights field reads as none
  if (w && cumWeight) Object.assign(bank, { weights: w, cumWeight });
  return { bank, mean: s.mean, std };
}
