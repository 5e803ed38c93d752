/**
 * Every strategy side by side: where its run ends with the steps and rate given, where it would
 * end if trained for ever, and how good that is on each population (docs/math.md, "What the
 * comparison shows" and "How good is a θ"). Full-batch gradient descent, exact.
 */
import { gdPositionAfter, gdRegime } from './gradientDescent';
import { pooledMean, posteriorMean } from './ideal';
import { excessSquaredError, expectedSquaredError } from './quality';
import type { Population } from './quality';
import type { Summary } from './types';
import { DIVERGENCE_BOUND } from './train';

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

/** Strategies that are runs of fine-tuning; the others are exact answers computed from the data. */
export const RUN_STRATEGIES: readonly ComparedStrategy[] = [
  'freeze',
  'naive',
  'early',
  'earlyValidated',
  'l2sp',
  'replay',
];

export interface ComparisonInput {
  old: Summary;
  neu: Summary;
  /** θ after pre-training. */
  thetaPre: number;
  /** Fine-tuning learning rate and step count (full-batch GD). */
  lr: number;
  steps: number;
  /** Step at which early stopping halts (capped by `steps`). */
  earlyStop: number;
  /** Step chosen on validation data, if any. */
  earlyValidated?: number | null;
  lambda: number;
  rho: number;
  tau: number;
}

/**
 * Where a strategy's θ ends. `end` is θ after the run's steps, `limit` where it heads with
 * unlimited steps (equal to `end` for answers that are not runs, and for early stopping, whose
 * stop is its point). A run that leaves ±1e9, as the training run does past the stability limit
 * (ηc > 1), `diverges`: its end and limit are NaN. Past that limit a run still inside the bounds
 * ends at a number but has no limit (NaN); so does one that bounces for ever (ηc = 1).
 */
export interface Landing {
  end: number;
  limit: number;
  diverges: boolean;
}

function gdLanding(theta0: number, target: number, lr: number, c: number, steps: number): Landing {
  const regime = gdRegime(lr, c);
  const end = gdPositionAfter({ theta0, target, lr, curvature: c }, steps);
  // Past the stability limit a run that has not yet left the bounds still ends somewhere (a few
  // early-stopped steps, say), but it heads nowhere: it has no limit.
  const limit =
    regime === 'still' ? theta0 : regime === 'bouncing' || regime === 'diverging' ? NaN : target;
  if (!Number.isFinite(end) || Math.abs(end) > DIVERGENCE_BOUND)
    return { end: NaN, limit: NaN, diverges: true };
  return { end, limit, diverges: false };
}

const exact = (x: number): Landing => ({ end: x, limit: x, diverges: false });

/**
 * Where each strategy lands: pre-trained only (θ_pre), naive fine-tuning towards m_new, early
 * stopping after k steps, L2 towards `(m_new + λθ_pre)/(1 + λ)` with curvature 1 + λ, replay
 * towards `(1 − ρ)m_new + ρ m_old`, and three exact answers: new data only (m_new), joint
 * training on both (the size-weighted mean) and the posterior mean with τ.
 *
 * @example
 * strategyEndpoints({ old, neu, thetaPre: old.mean, lr: 0.01, steps: 500, earlyStop: 5, lambda: 9, rho: 0.9, tau: 0 }).l2sp.limit; // = pooled
 */
export function strategyEndpoints(
  input: Readonly<ComparisonInput>,
): Partial<Record<ComparedStrategy, Landing>> {
  const { old, neu, thetaPre, lr, steps, earlyStop, lambda, rho, tau } = input;
  const early = (k: number): Landing => {
    const l = gdLanding(thetaPre, neu.mean, lr, 1, Math.min(k, steps));
    return { ...l, limit: l.end };
  };
  const out: Partial<Record<ComparedStrategy, Landing>> = {
    freeze: exact(thetaPre),
    naive: gdLanding(thetaPre, neu.mean, lr, 1, steps),
    early: early(earlyStop),
    l2sp: gdLanding(thetaPre, (neu.mean + lambda * thetaPre) / (1 + lambda), lr, 1 + lambda, steps),
    replay: gdLanding(thetaPre, (1 - rho) * neu.mean + rho * old.mean, lr, 1, steps),
    newOnly: exact(neu.mean),
    joint: exact(pooledMean(old, neu)),
    posterior: exact(posteriorMean(old, neu, tau)),
  };
  if (input.earlyValidated !== undefined && input.earlyValidated !== null) {
    out.earlyValidated = early(input.earlyValidated);
  }
  return out;
}

export interface Scored {
  theta: number;
  errorOld: number;
  errorNew: number;
  excessOld: number;
  excessNew: number;
  /** Excess on the population the goal judges by (the new one, or the size-weighted mixture). */
  excessGoal: number;
}

/** A θ's expected squared error, and its excess over the best, on both populations and the goal's. */
export function scoreTheta(
  theta: number,
  oldPop: Readonly<Population>,
  newPop: Readonly<Population>,
  goalPop: Readonly<Population> = newPop,
): Scored {
  return {
    theta,
    errorOld: expectedSquaredError(theta, oldPop),
    errorNew: expectedSquaredError(theta, newPop),
    excessOld: excessSquaredError(theta, oldPop),
    excessNew: excessSquaredError(theta, newPop),
    excessGoal: excessSquaredError(theta, goalPop),
  };
}
