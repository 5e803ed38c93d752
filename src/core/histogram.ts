/** Histogram counts for the data chart, binned by d3-array over a shared domain. */
import { bin } from 'd3-array';

export interface HistogramBin {
  /** Lower edge (inclusive). */
  x0: number;
  /** Upper edge (exclusive, but the last bin includes its upper edge). */
  x1: number;
  count: number;
}

/**
 * Counts `data` into `bins` equal-width bins over `[lo, hi]`; values outside are not counted.
 * Two datasets binned over the same domain line up bar for bar. With `weights` (a frequency
 * table) a bin's count is the total weight of its values, so it counts people, not rows.
 *
 * @example
 * histogram([160, 170, 171, 180], { lo: 150, hi: 190, bins: 4 }).map((b) => b.count); // [0, 1, 2, 1]
 */
export function histogram(
  data: ArrayLike<number>,
  domain: { lo: number; hi: number; bins: number },
  weights?: ArrayLike<number>,
): HistogramBin[] {
  const { lo, hi, bins } = domain;
  if (!(hi > lo) || !Number.isInteger(bins) || bins < 1) {
    throw new RangeError(
      `histogram needs hi > lo and a whole number of bins, got [${lo}, ${hi}], ${bins}`,
    );
  }
  const width = (hi - lo) / bins;
  const thresholds = Array.from({ length: bins - 1 }, (_, i) => lo + (i + 1) * width);
  if (!weights) {
    const binner = bin<number, number>().domain([lo, hi]).thresholds(thresholds);
    // Stryker disable next-line MethodExpression,ConditionalExpression,LogicalOperator: d3's bin drops values outside its domain as well
    const values = Array.from(data).filter((v) => v >= lo && v <= hi);
    return binner(values).map((b) => ({ x0: b.x0!, x1: b.x1!, count: b.length }));
  }
  if (weights.length !== data.length) {
    throw new RangeError(
      `${data.length} values need ${data.length} weights, got ${weights.length}`,
    );
  }
  // d3 bins the row indices by their value, and a bin adds up its rows' weights.
  const binner = bin<number, number>()
    .value((i) => data[i]!)
    .domain([lo, hi])
    .thresholds(thresholds);
  // Stryker disable next-line MethodExpression: d3's bin drops values outside its domain as well
  const inside = Array.from({ length: data.length }, (_, i) => i).filter(
    // Stryker disable next-line ConditionalExpression,LogicalOperator: d3's bin drops values outside its domain as well
    (i) => data[i]! >= lo && data[i]! <= hi,
  );
  return binner(inside).map((b) => ({
    x0: b.x0!,
    x1: b.x1!,
    count: b.reduce((sum, i) => sum + weights[i]!, 0),
  }));
}
