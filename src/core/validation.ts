/**
 * Choosing the balance from data, as practitioners do: hold out part of the new data (or use k
 * folds) and pick the early-stopping step or λ whose θ has the lowest validation loss. With one
 * parameter the validation loss `(θ − m_val)² + v_val` is smallest where θ is nearest m_val, so
 * each choice has a closed form (docs/math.md, "Validation and cross-validation").
 */
import { gdContraction, gdPositionAfter } from './gradientDescent';
import { mseAt } from './summary';
import type { Summary } from './types';

/** The summary of a dataset with a part taken out (the training folds, given all and one fold). */
export function summaryRemoved(all: Readonly<Summary>, part: Readonly<Summary>): Summary {
  const n = all.n - part.n;
  if (n <= 0) return { n: 0, mean: NaN, variance: NaN };
  const mean = (all.n * all.mean - part.n * part.mean) / n;
  const sumSq =
    all.n * (all.variance + all.mean * all.mean) - part.n * (part.variance + part.mean * part.mean);
  return { n, mean, variance: Math.max(0, sumSq / n - mean * mean) };
}

export interface Split {
  train: Summary;
  val: Summary;
}

/**
 * The early-stopping step in [0, maxSteps] with the lowest validation loss, for naive fine-tuning
 * from θ_pre on `split.train` with full-batch GD at rate `lr`; the earliest such step on a tie. Exact
 * against trying every step, for any rate: on an oscillating path the best step can be the first
 * overshoot, and within a step budget it need not be the last step.
 */
export function earlyStopByValidation(
  thetaPre: number,
  split: Readonly<Split>,
  lr: number,
  maxSteps: number,
): number {
  const path = { theta0: thetaPre, target: split.train.mean, lr, curvature: 1 };
  const goal = split.val.mean;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut: with no steps or no m_val the search below keeps step 0 as well
  if (!Number.isFinite(goal) || !(maxSteps > 0)) return 0;
  const loss = (k: number) => mseAt(gdPositionAfter(path, k), split.val);
  // θ_k = t + r^k (θ_pre − t). With r ≥ 0 every step moves θ the same way; with r < 0 it swings,
  // but the even steps on their own move one way, and so do the odd ones. Along such a monotone
  // run of steps the loss, a function of |θ − m_val|, falls until θ passes m_val and rises after,
  // so each run's best step is found by bisection, in O(log maxSteps) losses.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the even and the odd steps of a monotone path are monotone runs too, and give the same earliest best step
  const stride = gdContraction(lr, 1) < 0 ? 2 : 1;
  let best = 0;
  let bestLoss = loss(0);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: maxSteps ≥ 1 here; a run starting at `stride` holds only steps of the first run, whose earliest best it cannot beat
  for (let first = 0; first < stride && first <= maxSteps; first++) {
    const last = Math.floor((maxSteps - first) / stride);
    const step = (i: number) => first + i * stride;
    const at = (i: number) => gdPositionAfter(path, step(i));
    const dir = Math.sign(at(last) - at(0));
    // The first index at or past m_val in the run's direction (last + 1 if none is).
    let lo = 0;
    let hi = last + 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // Stryker disable next-line EqualityOperator,ArithmeticOperator: an index exactly at m_val is then the one before `lo`, which the comparison below prefers on its equal loss
      if (dir * (at(mid) - goal) >= 0) hi = mid;
      else lo = mid + 1;
    }
    // The least loss is at the last index before m_val or the first past it; before m_val the loss
    // only falls, so the earliest index with that loss is found by bisection too.
    // Stryker disable next-line EqualityOperator: at lo = last both arms are last
    let runBest = lo <= last ? lo : last;
    if (
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with lo = 0 the bisection below runs over an empty range and keeps index 0
      lo > 0 &&
      loss(step(lo - 1)) <= loss(step(runBest))
    ) {
      const least = loss(step(lo - 1));
      let a = 0;
      let b = lo - 1;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (loss(step(mid)) <= least) b = mid;
        else a = mid + 1;
      }
      runBest = a;
    }
    const runLoss = loss(step(runBest));
    if (
      runLoss < bestLoss ||
      // Stryker disable next-line EqualityOperator: replacing best by the same step changes nothing, and the two runs share no other step
      (runLoss === bestLoss && step(runBest) < best)
    ) {
      best = step(runBest);
      bestLoss = runLoss;
    }
  }
  return best;
}

/** λ ≥ 0 with the lowest validation loss: the L2 minimiser lands on m_val when it can. */
export function lambdaByValidation(
  thetaPre: number,
  split: Readonly<Split>,
  maxLambda = 1e6,
): number {
  const mTr = split.train.mean;
  const mVal = split.val.mean;
  const dir = Math.sign(mTr - thetaPre);
  // Stryker disable next-line ConditionalExpression: with dir = 0 the next line returns 0 too
  if (dir === 0) return 0;
  if (dir * (mVal - mTr) >= 0) return 0;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: at m_val = θ_pre the formula's λ = ∞ is capped to maxLambda as well
  if (dir * (mVal - thetaPre) <= 0) return maxLambda;
  return Math.min(maxLambda, (mTr - mVal) / (mVal - thetaPre));
}

/** Mean validation loss over the folds of θ after k steps of naive fine-tuning on each fold's training part. */
export function cvLossAtStep(
  thetaPre: number,
  folds: readonly Split[],
  lr: number,
  k: number,
): number {
  let total = 0;
  for (const f of folds) {
    total += mseAt(
      gdPositionAfter({ theta0: thetaPre, target: f.train.mean, lr, curvature: 1 }, k),
      f.val,
    );
  }
  return total / folds.length;
}

/** The step in [0, maxSteps] with the lowest k-fold cross-validation loss (searched exactly). */
export function earlyStopByCrossValidation(
  thetaPre: number,
  folds: readonly Split[],
  lr: number,
  maxSteps: number,
): number {
  let best = 0;
  let bestLoss = cvLossAtStep(thetaPre, folds, lr, 0);
  for (let k = 1; k <= maxSteps; k++) {
    const loss = cvLossAtStep(thetaPre, folds, lr, k);
    if (loss < bestLoss) {
      best = k;
      bestLoss = loss;
    }
  }
  return best;
}

/** Mean validation loss over the folds of the L2 minimiser with strength λ. */
export function cvLossAtLambda(thetaPre: number, folds: readonly Split[], lambda: number): number {
  let total = 0;
  for (const f of folds) total += mseAt((f.train.mean + lambda * thetaPre) / (1 + lambda), f.val);
  return total / folds.length;
}

/**
 * λ with the lowest k-fold cross-validation loss. The minimiser is a weight w = 1/(1 + λ) on the
 * fold's training mean; the CV loss is a quadratic in w, so the best w is exact and λ = 1/w − 1.
 */
export function lambdaByCrossValidation(
  thetaPre: number,
  folds: readonly Split[],
  maxLambda = 1e6,
): number {
  // θ_j(w) = θ_pre + w (m_tr,j − θ_pre); loss_j = (θ_j − m_val,j)² + v: minimise Σ (w a_j − b_j)².
  let num = 0;
  let den = 0;
  for (const f of folds) {
    const a = f.train.mean - thetaPre;
    const b = f.val.mean - thetaPre;
    num += a * b;
    den += a * a;
  }
  if (den === 0) return 0;
  const w = Math.min(1, Math.max(1 / (1 + maxLambda), num / den));
  return Math.min(maxLambda, 1 / w - 1);
}
