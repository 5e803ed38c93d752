/**
 * Which τ would have been best in hindsight, knowing the true new mean (docs/math.md, "Best τ in
 * hindsight").
 */
import { sharedVariance } from './ideal';
import type { Summary } from './types';

/**
 * The τ whose posterior mean equals `trueNewMean`, or the nearest end: 0 when the truth is at or
 * beyond the pooled mean (towards the old), Infinity when it is at or beyond m_new.
 * From `(n_new m_new + n_eff m_old)/(n_new + n_eff) = μ` comes
 * `n_eff = n_new (m_new − μ)/(μ − m_old)` and then `τ² = σ² (n_old/n_eff − 1)/n_old`.
 */
export function bestTauInHindsight(
  old: Readonly<Summary>,
  neu: Readonly<Summary>,
  trueNewMean: number,
): number {
  const mo = old.mean;
  const mn = neu.mean;
  if (mn === mo) return 0;
  const dir = Math.sign(mn - mo);
  if (dir * (trueNewMean - mn) >= 0) return Infinity;
  const nEff = (neu.n * (mn - trueNewMean)) / (trueNewMean - mo);
  if (
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: n_eff < 0 puts the truth behind m_old, which the next clause catches as well; n_eff = 0 returned above
    !(nEff > 0) ||
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a truth at or behind m_old already gives n_eff < 0 or ±∞, caught beside this
    dir * (trueNewMean - mo) <= 0 ||
    // Stryker disable next-line EqualityOperator: at n_eff = n_old the formula gives τ = 0 as well
    nEff >= old.n
  )
    return 0;
  const sigma2 = sharedVariance(old, neu);
  return Math.sqrt((sigma2 * (old.n / nEff - 1)) / old.n);
}
