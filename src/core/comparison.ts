/**
 * Every strategy side by side: where θ lands and how good that is on each population
 * (MATH.md, "The ideal balance" and "How good is a θ"). Full-batch gradient descent, exact.
 */
import { gdPositionAfter } from './gradientDescent';
import { pooledMean, posteriorMean } from './ideal';
import { excessSquaredError, expectedSquaredError } from './quality';
import type { Population } from './quality';
import type { Summary } from './types';

export type ComparedStrategy =
  | 'freeze'
  | 'naive'
  | 'early'
  | 'earlyValidated'
  | 'l2sp'
  | 'replay'
  | 'newOnly'
  | 'joint'
  | 'posterior';

export interface ComparisonInput {
  old: Summary;
  neu: Summary;
  /** θ after pre-training. */
  thetaPre: number;
  /** Fine-tuning learning rate and the early-stopping step (full-batch GD). */
  lr: number;
  earlyStop: number;
  /** Step chosen on validation data, if any. */
  earlyValidated?: number | null;
  lambda: number;
  rho: number;
  tau: number;
}

/**
 * Where each strategy's θ lands: pre-trained only (θ_pre), naive to convergence (m_new), early
 * stopping after k steps (`θ_k` closed form), L2 (`(m_new + λθ_pre)/(1 + λ)`), replay
 * (`(1 − ρ)m_new + ρ m_old`), new data only from scratch (m_new), joint training on both (pooled)
 * and the posterior ideal (τ).
 *
 * @example
 * strategyEndpoints({ old, neu, thetaPre: old.mean, lr: 0.01, earlyStop: 5, lambda: 9, rho: 0.9, tau: 0 }).l2sp; // = pooled
 */
export function strategyEndpoints(
  input: Readonly<ComparisonInput>,
): Partial<Record<ComparedStrategy, number>> {
  const { old, neu, thetaPre, lr, earlyStop, lambda, rho, tau } = input;
  const path = { theta0: thetaPre, target: neu.mean, lr, curvature: 1 };
  const out: Partial<Record<ComparedStrategy, number>> = {
    freeze: thetaPre,
    naive: neu.mean,
    early: gdPositionAfter(path, earlyStop),
    l2sp: (neu.mean + lambda * thetaPre) / (1 + lambda),
    replay: (1 - rho) * neu.mean + rho * old.mean,
    newOnly: neu.mean,
    joint: pooledMean(old, neu),
    posterior: posteriorMean(old, neu, tau),
  };
  if (input.earlyValidated !== undefined && input.earlyValidated !== null) {
    out.earlyValidated = gdPositionAfter(path, input.earlyValidated);
  }
  return out;
}

export interface Scored {
  theta: number;
  errorOld: number;
  errorNew: number;
  excessOld: number;
  excessNew: number;
}

/** A θ's expected squared error, and its excess over the best, on both populations. */
export function scoreTheta(
  theta: number,
  oldPop: Readonly<Population>,
  newPop: Readonly<Population>,
): Scored {
  return {
    theta,
    errorOld: expectedSquaredError(theta, oldPop),
    errorNew: expectedSquaredError(theta, newPop),
    excessOld: excessSquaredError(theta, oldPop),
    excessNew: excessSquaredError(theta, newPop),
  };
}
