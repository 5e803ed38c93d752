/**
 * Plain data for each chart, computed from the derived run and ideals: which steps to draw, the
 * histogram bins, the size sweep. Kept apart from the chart components so it can be tested alone.
 */
import { histogram, normalBankHeight, posteriorMean } from '../core/index';
import type { NormalBank, Summary, TrainResult } from '../core/index';
import type { DataRow, DriftRow, LossRow, SweepRow } from '../ui/chartRows';
import { downsampleIndices } from './downsample';
import { keepLastTwo } from './memo';
import { DRIFT_BUCKETS } from './runs';
import type { Pin } from './store';

export { DRIFT_BUCKETS, pinOf, runName, strategyName, thetaAt } from './runs';

/** Histograms are drawn from at most this many heights: the first ones, an unbiased subsample. */
export const HISTOGRAM_SAMPLE = 20_000;

/** The whole run's drift and loss rows, thinned once per run to about one point per pixel. */
interface RunRowsKey {
  result: TrainResult;
  /** The naive continuation of an early-stopped run, and the step it stopped at. */
  continuation: TrainResult | null;
  stoppedAt: number | null;
}

const runRows = keepLastTwo(
  ({ result, continuation, stoppedAt }: RunRowsKey): { drift: DriftRow[]; loss: LossRow[] } => {
    const last = result.theta.length - 1;
    const idx = downsampleIndices(result.theta, last, DRIFT_BUCKETS, [result.boundary]);
    const drift: DriftRow[] = idx.map((i) => ({ step: i, theta: result.theta[i]! }));
    const loss: LossRow[] = idx.map((i) => ({
      step: i,
      lossOld: result.lossOld[i]!,
      lossNew: result.lossNew[i]!,
    }));
    if (continuation && stoppedAt !== null) {
      const ghostIdx = downsampleIndices(
        continuation.theta,
        continuation.theta.length - 1,
        DRIFT_BUCKETS,
        [stoppedAt],
      );
      // The real line ends at the stop; rows past it carry only the faint naive continuation.
      for (const i of ghostIdx)
        if (i >= stoppedAt) drift.push({ step: i, ghost: continuation.theta[i]! });
      drift.sort((a, b) => a.step - b.step);
    }
    return { drift, loss };
  },
);

/**
 * The drift and loss rows to draw up to the playhead: the whole run is thinned once, and playback
 * only cuts that list, so a frame's cost does not grow with the number of steps.
 */
export function trajectoryRows(
  result: TrainResult,
  playhead: number,
  continuation: TrainResult | null,
  stoppedAt: number | null,
): { drift: DriftRow[]; loss: LossRow[] } {
  return trajectoryMemo({ result, playhead, continuation, stoppedAt });
}

const trajectoryMemo = keepLastTwo(
  (k: RunRowsKey & { playhead: number }): { drift: DriftRow[]; loss: LossRow[] } => {
    const { result, playhead } = k;
    const full = runRows({ result, continuation: k.continuation, stoppedAt: k.stoppedAt });
    const end = Math.min(playhead, result.theta.length - 1);
    const drift = full.drift.filter((r) => r.step <= playhead);
    const loss = full.loss.filter((r) => r.step <= end);
    // The playhead's own step may have been thinned away; the line must still reach it.
    if (end >= 0 && loss[loss.length - 1]?.step !== end) {
      loss.push({ step: end, lossOld: result.lossOld[end]!, lossNew: result.lossNew[end]! });
      drift.push({ step: end, theta: result.theta[end]! });
      drift.sort((a, b) => a.step - b.step);
    }
    return { drift, loss };
  },
);

/** Lowest and highest value of `a` over steps [from, to]. */
export function rangeOf(a: ArrayLike<number>, from: number, to: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = Math.max(0, from); i <= Math.min(to, a.length - 1); i++) {
    const v = a[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

const wholeRanges = new WeakMap<object, [number, number]>();

/**
 * Lowest and highest value of a whole run's array, worked out once per array: the charts ask on
 * every frame of playback, and a run of 100,000 steps made that a scan of 100,000 values a frame.
 */
export function rangeOfWhole(a: Float64Array): [number, number] {
  let r = wholeRanges.get(a);
  if (!r) {
    r = rangeOf(a, 0, a.length - 1);
    wholeRanges.set(a, r);
  }
  return r;
}

/** The loss chart's zoom: the fine-tuning phase's range of both losses. */
export function lossZoom(result: TrainResult): [number, number] {
  return lossZoomMemo({ result });
}

const lossZoomMemo = keepLastTwo(({ result }: { result: TrainResult }): [number, number] => {
  const end = result.theta.length - 1;
  const from = result.boundary < end ? result.boundary : 0;
  const [a, b] = rangeOf(result.lossOld, from, end);
  const [c, d] = rangeOf(result.lossNew, from, end);
  return [Math.min(a, c), Math.max(b, d)];
});

/**
 * The drift chart's vertical frame: the two means and the ideals, widened to take in the path only
 * where it stays near that band. A climb from a far-off initial θ or a diverging run is clipped.
 */
export function driftFrame(
  landmarks: readonly number[],
  result: TrainResult | null,
): { lo: number; hi: number; clipped: boolean } {
  let lo = Math.min(...landmarks);
  let hi = Math.max(...landmarks);
  const span = Math.max(hi - lo, 2);
  let clipped = false;
  if (result) {
    const [a, b] = rangeOfWhole(result.theta);
    const reachLo = lo - 0.75 * span;
    const reachHi = hi + 0.75 * span;
    if (a < reachLo || b > reachHi) clipped = true;
    lo = Math.min(lo, Math.max(a, reachLo));
    hi = Math.max(hi, Math.min(b, reachHi));
  }
  return { lo, hi, clipped };
}

/**
 * A path's rows (θ's, or the line named by `key`) up to where it, once inside the frame [lo, hi],
 * first leaves it, and no further:
 * a path that swings off the scale and back would otherwise be drawn as a solid block of clipped
 * strokes.
 */
export function cutAtFrameExit<T extends Partial<Record<K, number>>, K extends string = 'theta'>(
  rows: readonly T[],
  lo: number,
  hi: number,
  key: K = 'theta' as K,
): T[] {
  const outside = (r: T) => r[key] !== undefined && (r[key]! < lo || r[key]! > hi);
  // A path may start off the frame (θ starts far from both means) and come in: only leaving after
  // it has been inside is the swing that cutting hides.
  const entered = rows.findIndex((r) => r[key] !== undefined && !outside(r));
  const exit = entered < 0 ? -1 : rows.findIndex((r, i) => i > entered && outside(r));
  if (exit < 0) return [...rows];
  return rows.map((r, i) => {
    if (i <= exit || r[key] === undefined) return r;
    const rest = { ...r };
    delete rest[key];
    return rest;
  });
}

/** Bins shared by both datasets, over the populations' likely range. */
export function histogramDomain(
  a: { mean: number; std: number },
  b: { mean: number; std: number },
): [number, number] {
  const lo = Math.min(a.mean - 3.5 * a.std, b.mean - 3.5 * b.std);
  const hi = Math.max(a.mean + 3.5 * a.std, b.mean + 3.5 * b.std);
  return hi - lo < 4 ? [lo - 2, hi + 2] : [lo, hi];
}

/** The first heights of a dataset (enough to draw its shape), with what each stands for. */
function heightsHead(
  bank: NormalBank,
  mean: number,
  std: number,
  size: number,
): { heights: Float64Array; weights: Float64Array | undefined; total: number } {
  const m = Math.min(size, HISTOGRAM_SAMPLE);
  const heights = new Float64Array(m);
  const spec = { mean, std };
  for (let i = 0; i < m; i++) heights[i] = normalBankHeight(bank, spec, i);
  if (!bank.weights) return { heights, weights: undefined, total: m };
  const weights = bank.weights.slice(0, m);
  return { heights, weights, total: weights.reduce((a, w) => a + w, 0) };
}

interface HistogramKey {
  oldBank: NormalBank;
  oldMean: number;
  oldStd: number;
  oldSize: number;
  newBank: NormalBank;
  newMean: number;
  newStd: number;
  newSize: number;
  lo: number;
  hi: number;
  bins: number;
}

const histogramMemo = keepLastTwo(
  ({
    oldBank,
    oldMean,
    oldStd,
    oldSize,
    newBank,
    newMean,
    newStd,
    newSize,
    lo,
    hi,
    bins,
  }: HistogramKey): DataRow[] => {
    const spec = { lo, hi, bins };
    const o = heightsHead(oldBank, oldMean, oldStd, oldSize);
    const n = heightsHead(newBank, newMean, newStd, newSize);
    const ho = histogram(o.heights, spec, o.weights);
    const hn = histogram(n.heights, spec, n.weights);
    const rows = ho.map((b, i) => ({
      x: b.x0,
      old: (100 * b.count) / o.total,
      new: (100 * hn[i]!.count) / n.total,
    }));
    // A closing row so the last step of each outline reaches the right edge.
    const last = rows[rows.length - 1];
    if (last) rows.push({ ...last, x: hi });
    return rows;
  },
);

/**
 * Both datasets' histograms as percentages of each dataset per bin. Memoised on the numbers
 * themselves, so a setting that does not move the data returns the same rows and the chart is
 * left alone.
 */
export function histogramRows(
  oldBank: NormalBank,
  oldSpec: { mean: number; std: number; size: number },
  newBank: NormalBank,
  newSpec: { mean: number; std: number; size: number },
  domain: readonly [number, number],
  bins: number,
): DataRow[] {
  return histogramMemo({
    oldBank,
    oldMean: oldSpec.mean,
    oldStd: oldSpec.std,
    oldSize: oldSpec.size,
    newBank,
    newMean: newSpec.mean,
    newStd: newSpec.std,
    newSize: newSpec.size,
    lo: domain[0],
    hi: domain[1],
    bins,
  });
}

/**
 * The size sweep: with the total number of heights and both sample means held, the ideal at each
 * new-data share, beside where the current fine-tuning ends (which does not read the sizes).
 */
export function sweepRows(oldS: Summary, newS: Summary, tau: number, end: number): SweepRow[] {
  return sweepMemo({ oldS, newS, tau, end });
}

interface SweepKey {
  oldS: Summary;
  newS: Summary;
  tau: number;
  /** Where the current fine-tuning ends. */
  end: number;
}

const sweepMemo = keepLastTwo((k: SweepKey): SweepRow[] => {
  const { oldS, newS, tau, end } = k;
  const total = oldS.n + newS.n;
  const rows: SweepRow[] = [];
  for (let i = 0; i <= 100; i++) {
    const share = i / 100;
    const nNew = share * total;
    const nOld = total - nNew;
    const pooled = (1 - share) * oldS.mean + share * newS.mean;
    const row: SweepRow = { share, pooled, end: Number.isFinite(end) ? end : undefined };
    if (tau > 0) {
      row.posterior = posteriorMean({ ...oldS, n: nOld }, { ...newS, n: nNew }, tau);
    }
    rows.push(row);
  }
  return rows;
});

/** Rows of a pinned run for the drift and loss charts. */
export function pinRows(pin: Readonly<Pin>): { drift: DriftRow[]; loss: LossRow[] } {
  return {
    drift: pin.steps.map((step, i) => ({ step, theta: pin.theta[i]! })),
    loss: pin.steps.map((step, i) => ({
      step,
      lossOld: pin.lossOld[i]!,
      lossNew: pin.lossNew[i]!,
    })),
  };
}
