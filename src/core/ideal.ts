/** The ideal balance between old and new data (docs/math.md, "Whom θ is for: two goals"). */
import type { Summary } from './types';

function checkSizes(old: Readonly<Summary>, neu: Readonly<Summary>): void {
  if (!(old.n >= 0 && neu.n >= 0) || old.n + neu.n === 0) {
    throw new RangeError('the ideal needs at least one data point in the old or the new dataset');
  }
}

/**
 * The size-weighted (pooled) mean `(n_old m_old + n_new m_new)/(n_old + n_new)`: the Bayesian
 * answer when both datasets come from one population.
 *
 * @example
 * pooledMean({ n: 900, mean: 170, variance: 0 }, { n: 100, mean: 180, variance: 0 }); // 171
 */
export function pooledMean(old: Readonly<Summary>, neu: Readonly<Summary>): number {
  checkSizes(old, neu);
  if (old.n === 0) return neu.mean;
  if (neu.n === 0) return old.mean;
  return (old.n * old.mean + neu.n * neu.mean) / (old.n + neu.n);
}

/** Shared noise variance `σ² = (n_old v_old + n_new v_new)/(n_old + n_new)`. */
export function sharedVariance(old: Readonly<Summary>, neu: Readonly<Summary>): number {
  checkSizes(old, neu);
  const vo = old.n === 0 ? 0 : old.variance;
  const vn = neu.n === 0 ? 0 : neu.variance;
  return (old.n * vo + neu.n * vn) / (old.n + neu.n);
}

/**
 * How many new samples the old data is worth when the new mean may sit within τ cm of the old
 * one: `n_eff = n_old / (1 + n_old τ²/σ²)`. τ = 0 gives n_old, τ = ∞ gives 0.
 *
 * @example
 * effectiveOldSize({ n: 1000, mean: 170, variance: 100 }, { n: 10, mean: 178, variance: 100 }, 1.6); // ≈ 37.6
 */
export function effectiveOldSize(
  old: Readonly<Summary>,
  neu: Readonly<Summary>,
  tau: number,
): number {
  if (!(tau >= 0)) throw new RangeError(`tau must be ≥ 0, got ${tau}`);
  if (old.n === 0) return 0;
  if (tau === 0) return old.n;
  // Stryker disable next-line ConditionalExpression: n_old/(1 + n_old·∞/σ²) is 0 as well, and σ² = 0 returns 0 below
  if (tau === Infinity) return 0;
  const sigma2 = sharedVariance(old, neu);
  if (sigma2 === 0) return 0;
  return old.n / (1 + (old.n * tau * tau) / sigma2);
}

/**
 * Posterior mean of the new population with `μ_new ~ N(μ_old, τ²)`:
 * `(n_new m_new + n_eff m_old)/(n_new + n_eff)`. τ = 0 is {@link pooledMean}; τ → ∞ is `m_new`.
 *
 * @example
 * posteriorMean(old, neu, 0) === pooledMean(old, neu); // true
 */
export function posteriorMean(old: Readonly<Summary>, neu: Readonly<Summary>, tau: number): number {
  checkSizes(old, neu);
  const nEff = effectiveOldSize(old, neu, tau);
  if (neu.n === 0) return old.mean;
  if (nEff === 0) return neu.mean;
  return (neu.n * neu.mean + nEff * old.mean) / (neu.n + nEff);
}

/**
 * The L2 strength λ whose fine-tuning minimiser `(m_new + λ θ_pre)/(1 + λ)` equals `target`:
 * `λ = (m_new − target)/(target − θ_pre)`. Null when no λ ≥ 0 reaches it.
 *
 * @example
 * l2spLambdaFor(171, 180, 170); // 9 — that is n_old/n_new for 900 old and 100 new heights
 */
export function l2spLambdaFor(target: number, newMean: number, thetaPre: number): number | null {
  if (target === newMean) return 0;
  const lambda = (newMean - target) / (target - thetaPre);
  // Stryker disable next-line EqualityOperator: λ = 0 only for target = m_new, returned above
  return Number.isFinite(lambda) && lambda >= 0 ? lambda : null;
}

/**
 * The replay fraction ρ whose minimiser `(1 − ρ) m_new + ρ m_old` equals `target`:
 * `ρ = (m_new − target)/(m_new − m_old)`. Null when no ρ in [0, 1] reaches it.
 *
 * @example
 * replayFractionFor(171, 180, 170); // 0.9 — that is n_old/(n_old + n_new)
 */
export function replayFractionFor(target: number, newMean: number, oldMean: number): number | null {
  if (target === newMean) return 0;
  // Stryker disable next-line ConditionalExpression: dividing by m_new − m_old = 0 gives ±∞ or NaN, which the range check refuses
  if (newMean === oldMean) return null;
  const rho = (newMean - target) / (newMean - oldMean);
  // Stryker disable next-line EqualityOperator: ρ = 0 only for target = m_new, returned above
  return rho >= 0 && rho <= 1 ? rho : null;
}
