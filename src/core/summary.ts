/** Sufficient statistics: with n, mean and variance every full-batch quantity is O(1). */
import type { Summary } from './types';

/**
 * Count, sample mean and population-style variance (dividing by n) of a dataset, in two passes
 * for accuracy. An empty dataset gives `{ n: 0, mean: NaN, variance: NaN }`.
 *
 * @example
 * summarize([160, 170, 180]); // { n: 3, mean: 170, variance: 66.666… }
 */
export function summarize(data: ArrayLike<number>): Summary {
  const n = data.length;
  // Stryker disable next-line ConditionalExpression: a shortcut: 0/0 gives the same NaN mean and variance
  if (n === 0) return { n: 0, mean: NaN, variance: NaN };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += data[i]!;
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const d = data[i]! - mean;
    sq += d * d;
  }
  return { n, mean, variance: sq / n };
}

/**
 * The summary of a frequency table: each value stands for `weights[i]` people (fractions allowed),
 * so n is the total weight and the mean and variance are weighted. Weights must be ≥ 0; a table
 * whose weights add to 0 is empty.
 *
 * @example
 * summarizeWeighted([160, 180], [3, 1]); // { n: 4, mean: 165, variance: 75 }
 */
export function summarizeWeighted(data: ArrayLike<number>, weights: ArrayLike<number>): Summary {
  if (weights.length !== data.length) {
    throw new RangeError(
      `${data.length} values need ${data.length} weights, got ${weights.length}`,
    );
  }
  let n = 0;
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const w = weights[i]!;
    if (!(w >= 0)) throw new RangeError(`a weight must be ≥ 0, got ${w}`);
    n += w;
    sum += w * data[i]!;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: with total weight 0 the sums give n 0 and 0/0 = NaN as well
  if (!(n > 0)) return { n: 0, mean: NaN, variance: NaN };
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < data.length; i++) {
    const d = data[i]! - mean;
    sq += weights[i]! * d * d;
  }
  return { n, mean, variance: sq / n };
}

/**
 * The summary of `mean + std · z` given the summary of z: an affine change of the data moves the
 * mean the same way and scales the variance by std².
 */
export function summaryScaled(z: Readonly<Summary>, mean: number, std: number): Summary {
  return { n: z.n, mean: mean + std * z.mean, variance: std * std * z.variance };
}

/** Summary of two datasets put together (the pooled data). */
export function summaryMerged(a: Readonly<Summary>, b: Readonly<Summary>): Summary {
  const n = a.n + b.n;
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const mean = (a.n * a.mean + b.n * b.mean) / n;
  const da = a.mean - mean;
  const db = b.mean - mean;
  const variance = (a.n * (a.variance + da * da) + b.n * (b.variance + db * db)) / n;
  return { n, mean, variance };
}

/**
 * `MSE(θ; D) = (θ − m)² + v`, from the summary alone.
 *
 * @example
 * mseAt(175, { n: 3, mean: 170, variance: 4 }); // 29
 */
export function mseAt(theta: number, s: Readonly<Summary>): number {
  const d = theta - s.mean;
  return d * d + s.variance;
}
