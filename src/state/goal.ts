/**
 * The goal the page aims at, derived from the scenario: which ideal, the λ and ρ that land on it,
 * the step at which naive fine-tuning comes closest to it, the population errors are judged on,
 * and whether the true population means contradict the goal's assumption.
 */
import {
  gdPositionAfter,
  goalIdeal,
  goalPopulation,
  l2spLambdaFor,
  replayFractionFor,
} from '../core/index';
import type { Goal, Population } from '../core/index';
import { earlyStopStepFor, selectIdeals, selectRun, selectStrategyRun } from './derived';
import { keepLastTwo, pickFields } from './memo';
import type { Scenario, ScenarioFields } from './scenario';

/** When the sliders' true means contradict what the goal assumes. */
export type GoalWarning =
  /** Goal "new" with τ = 0 treats both datasets as one population, but their true means differ. */
  | { kind: 'notOnePopulation'; gap: number }
  /** Goal "new" with τ > 0 allows about τ of difference, but the true means differ by far more. */
  | { kind: 'tauTooSmall'; gap: number; tau: number }
  /** Goal "new" with τ > 0 discounts old data that in truth comes from the same population. */
  | { kind: 'onePopulation'; tau: number };

export interface GoalDerived {
  goal: Goal;
  /** τ as it counts for the goal: 0 for everyone (τ plays no part), the slider's value for "new". */
  tau: number;
  /** The ideal θ for the goal, from the two samples. */
  ideal: number;
  /** How many heights the old data counts as: n_old for everyone, n_eff for the new population. */
  oldWeight: number;
  /**
   * λ and ρ that land L2 and replay on the ideal once pre-training has reached the old mean:
   * n/n_new and n/(n + n_new) with n = oldWeight. `landOnIdeal` starts from the real θ_pre.
   */
  lambda: number;
  rho: number;
  /** The population errors are judged on: the size-weighted mix of both, or the new one. */
  population: Population;
  warning: GoalWarning | null;
}

/** More than this many τ apart, a gap is not what "the means sit within τ" describes. */
export const TAU_PLAUSIBLE = 3;

/** What the goal reads besides the ideals: the goal, τ and the two populations. */
const GOAL_FIELDS = ['goal', 'tau', 'oldMean', 'oldStd', 'newMean', 'newStd'] as const;
type GoalSettings = ScenarioFields<typeof GOAL_FIELDS>;

const goalMemo = keepLastTwo(
  ({
    ideals,
    goal,
    tau,
    oldMean,
    oldStd,
    newMean,
    newStd,
  }: GoalSettings & { ideals: ReturnType<typeof selectIdeals> }): GoalDerived => {
    const { oldSummary: o, newSummary: n } = ideals;
    const forNew = goal === 'new';
    const oldWeight = forNew ? ideals.nEff : o.n;
    const gap = newMean - oldMean;
    let warning: GoalWarning | null = null;
    if (forNew && tau === 0 && gap !== 0) warning = { kind: 'notOnePopulation', gap };
    else if (forNew && tau > 0 && gap === 0) warning = { kind: 'onePopulation', tau };
    else if (forNew && tau > 0 && Math.abs(gap) > TAU_PLAUSIBLE * tau)
      warning = { kind: 'tauTooSmall', gap, tau };
    const ideal = goalIdeal(goal, o, n, tau);
    return {
      goal,
      tau: forNew ? tau : 0,
      ideal,
      oldWeight,
      // The ideal lies between the two means, so both exist; null λ would mean the ideal is θ_pre
      // itself, which only an endless pull holds.
      lambda: l2spLambdaFor(ideal, n.mean, o.mean) ?? Infinity,
      rho: replayFractionFor(ideal, n.mean, o.mean) ?? 0,
      population: goalPopulation(
        goal,
        { mean: oldMean, std: oldStd },
        { mean: newMean, std: newStd },
        o.n,
        n.n,
      ),
      warning,
    };
  },
);

/** The goal of the scenario and everything that follows from it. */
export function selectGoal(s: Readonly<Scenario>): GoalDerived {
  return goalMemo({ ...pickFields(s, GOAL_FIELDS), ideals: selectIdeals(s) });
}

/**
 * The one answer to "at which fine-tuning step is naive fine-tuning closest to the ideal?", and θ
 * there. The "Land on the ideal" button, the k* mark on the drift chart and the oracle row of the
 * validation table all read it. Null when naive fine-tuning never comes near.
 */
export function selectIdealStop(s: Readonly<Scenario>): { step: number; theta: number } | null {
  const goal = selectGoal(s);
  const k = earlyStopStepFor(s, goal.ideal);
  if (k === null) return null;
  return { step: k, theta: naiveThetaAfter(s, k) };
}

/** θ after k steps of naive fine-tuning from this run's θ_pre: exact for full-batch SGD, else simulated. */
function naiveThetaAfter(s: Readonly<Scenario>, k: number): number {
  const run = selectRun(s);
  if (s.ftOptimizer === 'sgd' && s.ftBatch === 'full') {
    const target = selectIdeals(s).newSummary.mean;
    return gdPositionAfter({ theta0: run.thetaPre, target, lr: s.ftLr, curvature: 1 }, k);
  }
  const naive = selectStrategyRun(s, { kind: 'naive' });
  return naive.theta[Math.min(naive.boundary + k, naive.theta.length - 1)]!;
}
