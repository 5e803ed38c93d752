/**
 * Whom θ is for. The same data has two honest ideals: for everyone seen so far (old and new groups
 * in proportion to their sizes) the size-weighted mean; for the new population alone the posterior
 * mean with τ, which is the size-weighted mean only when τ = 0 (one population). See docs/math.md,
 * "Whom θ is for: two goals".
 */
import { pooledMean, posteriorMean } from './ideal';
import type { Population } from './quality';
import type { Summary } from './types';

export type Goal = 'everyone' | 'new';

/**
 * The population a θ is judged on: the new one, or for `everyone` the mixture of both with weights
 * n_old : n_new. A mixture's expected squared error is `(θ − μ_mix)² + σ_mix²` with
 * `μ_mix = w μ_old + (1 − w) μ_new` and `σ_mix² = w σ_old² + (1 − w) σ_new² + w (1 − w)(μ_old − μ_new)²`,
 * so the excess of a θ over the best is `(θ − μ_mix)²`, as for one population.
 *
 * @example
 * goalPopulation('everyone', { mean: 170, std: 7 }, { mean: 180, std: 7 }, 900, 100).mean; // 171
 */
export function goalPopulation(
  goal: Goal,
  oldPop: Readonly<Population>,
  newPop: Readonly<Population>,
  nOld: number,
  nNew: number,
): Population {
  if (goal === 'new') return { mean: newPop.mean, std: newPop.std };
  if (!(nOld >= 0 && nNew >= 0 && nOld + nNew > 0))
    throw new RangeError('judging for everyone needs at least one old or new data point');
  const w = nOld / (nOld + nNew);
  const mean = w * oldPop.mean + (1 - w) * newPop.mean;
  const gap = oldPop.mean - newPop.mean;
  const variance =
    w * oldPop.std * oldPop.std + (1 - w) * newPop.std * newPop.std + w * (1 - w) * gap * gap;
  return { mean, std: Math.sqrt(variance) };
}

/**
 * The Bayesian answer for the goal from the two samples: the size-weighted mean for everyone,
 * the posterior mean of the new population with τ otherwise (τ = 0 gives the size-weighted mean).
 *
 * @example
 * goalIdeal('everyone', old, neu, 5) === pooledMean(old, neu); // τ plays no part for everyone
 */
export function goalIdeal(
  goal: Goal,
  old: Readonly<Summary>,
  neu: Readonly<Summary>,
  tau: number,
): number {
  return goal === 'everyone' ? pooledMean(old, neu) : posteriorMean(old, neu, tau);
}
