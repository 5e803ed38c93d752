/**
 * The stream's long run, in closed form: the filter's steady gain K*, the expected excess of an
 * exponential average under a random walk or a trend, and the fine-tuning schedule S* that makes
 * fine-tuning the filter. r = σ²/b is a round mean's sampling variance. See docs/math.md,
 * "A stream of rounds".
 */

export interface SteadyFilter {
  /** Variance of the prediction before a round's data, P*⁻. */
  prior: number;
  /** Share of the surprise taken each round, K*. */
  gain: number;
  /** Expected excess error after the update, (1 − K*) P*⁻: the least any learner can expect. */
  excess: number;
}

/**
 * The Kalman filter's steady state for a walk of q a round and round-mean variance r.
 *
 * @example
 * steadyFilter(0.5, 2.45).gain; // ≈ 0.27: each round moves θ 27 % of the way to the round's mean
 */
export function steadyFilter(q: number, r: number): SteadyFilter {
  const q2 = q * q;
  const prior = (q2 + Math.sqrt(q2 * q2 + 4 * q2 * r)) / 2;
  // r = 0 (exact rounds): any walk is best followed fully; no walk and no noise leave nothing to learn.
  const gain = prior + r === 0 ? 1 : prior / (prior + r);
  return { prior, gain, excess: (1 - gain) * prior };
}

/** Long-run expected excess of an exponential average with weight α under a walk of q: E(α). */
export function emaExcessWalk(alpha: number, q: number, r: number): number {
  return ((1 - alpha) ** 2 * q * q + alpha * alpha * r) / (alpha * (2 - alpha));
}

/** How far an exponential average trails a trend of s a round, once settled: s(1 − α)/α. */
export function emaLagTrend(alpha: number, slope: number): number {
  return (slope * (1 - alpha)) / alpha;
}

/** Long-run expected excess of an exponential average under a trend of s: lag² plus noise. */
export function emaExcessTrend(alpha: number, slope: number, r: number): number {
  return emaLagTrend(alpha, slope) ** 2 + (alpha * r) / (2 - alpha);
}

/**
 * The steps per round at rate η whose exponential average has weight `gain`:
 * S* = ln(1 − K)/ln(1 − 2η), for 0 < η < ½ (a real number; the page rounds it). Infinity when the
 * gain is 1 (fine-tune to convergence), 0 when it is 0, NaN outside 0 < η < ½.
 */
export function stepsForGain(gain: number, lr: number): number {
  if (!(lr > 0 && lr < 0.5)) return NaN;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at gain 1 the formula gives ln 0/ln(1 − 2η) = +∞ as well, and a gain is never above 1
  if (gain >= 1) return Infinity;
  if (gain <= 0) return 0;
  return Math.log(1 - gain) / Math.log(1 - 2 * lr);
}
