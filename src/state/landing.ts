/**
 * "Land on the ideal" must land, not diverge: a large λ raises the curvature 1 + λ, so a learning
 * rate that was fine for naive fine-tuning can break η c < 1. These patches keep the run stable and
 * long enough to converge, and say what they changed.
 */
import { gdContraction, l2spLambdaFor } from '../core/index';
import { selectIdeals, selectRun } from './derived';
import { selectGoal, selectIdealStop } from './goal';
import { LIMITS } from './scenario';
import type { Scenario } from './scenario';

export interface LandingPatch {
  patch: Partial<Scenario>;
  /** What else was changed, in words, or null. */
  note: string | null;
}

/**
 * Fine-tuning settings that converge (to within 0.1 % of the starting gap) for half-curvature `c`.
 * `curvature` names c in the note ('1 + λ' for L2); c = 1 (naive, replay) needs no name: "η ≤ ½".
 */
export function convergingSettings(
  s: Readonly<Scenario>,
  c: number,
  curvature?: string,
): LandingPatch {
  const patch: Partial<Scenario> = {};
  const notes: string[] = [];
  let lr = s.ftLr;
  // ηc = ½ is the fastest safe rate: plain gradient descent lands in a single step.
  if (lr * c > 0.5) {
    lr = Number((0.5 / c).toPrecision(2));
    if (lr * c > 0.5) lr = Number((0.49 / c).toPrecision(2));
    patch.ftLr = lr;
    const rate = c === 1 ? 'η' : curvature ? `η(${curvature})` : `${c}η`;
    notes.push(`lowered the learning rate to η = ${lr} so that ${rate} ≤ ½`);
  }
  const r = Math.abs(gdContraction(lr, c));
  const needed = r === 0 ? 1 : r >= 1 ? Infinity : Math.ceil(Math.log(1e-3) / Math.log(r));
  if (Number.isFinite(needed) && needed > s.ftSteps) {
    const steps = Math.min(LIMITS.ftSteps.max, needed);
    patch.ftSteps = steps;
    notes.push(`raised fine-tuning to ${steps.toLocaleString('en-GB')} steps so it converges`);
  }
  return { patch, note: notes.length ? `Also ${notes.join(' and ')}.` : null };
}

export type Knob = 'early' | 'l2sp' | 'replay';

/**
 * The λ (at most the slider's limit) whose L2 minimiser is the goal's ideal from where pre-training
 * really left θ; null when no λ ≥ 0 gets there. The L2 button sets it and the oracle row shows it.
 */
export function idealLambda(s: Readonly<Scenario>): number | null {
  const thetaPre = selectRun(s).thetaPre;
  if (!Number.isFinite(thetaPre)) return null;
  const exact = l2spLambdaFor(selectGoal(s).ideal, selectIdeals(s).newSummary.mean, thetaPre);
  return exact === null ? null : Math.min(LIMITS.lambda.max, exact);
}

/**
 * The settings that land the chosen strategy on the goal's ideal. ρ = n/(n + n_new), with n = n_old
 * for everyone seen and n_eff for the new population. λ is the one whose minimiser
 * `(m_new + λ θ_pre)/(1 + λ)` is the ideal from where pre-training really left θ: n/n_new once
 * pre-training has reached the old mean, another value when it stopped short. The early-stopping
 * step is the one step closest to the ideal that every part of the page uses. Null when it cannot
 * be reached.
 */
export function landOnIdeal(s: Readonly<Scenario>, knob: Knob): LandingPatch | null {
  const goal = selectGoal(s);
  if (knob === 'l2sp') {
    const lambda = idealLambda(s);
    if (lambda === null) return null;
    const fix = convergingSettings(s, 1 + lambda, '1 + λ');
    const notes = [fix.note];
    if (Math.abs(lambda - goal.lambda) > 1e-6 * Math.max(1, goal.lambda))
      notes.unshift(
        `Pre-training stopped short of the old mean, so λ = ${Number(lambda.toPrecision(3))} lands on the ideal, not ${Number(goal.lambda.toPrecision(3))}.`,
      );
    const note = notes.filter((n) => n !== null).join(' ') || null;
    return { patch: { strategy: 'l2sp', lambda, ...fix.patch }, note };
  }
  if (knob === 'replay') {
    const fix = convergingSettings(s, 1);
    return { patch: { strategy: 'replay', rho: goal.rho, ...fix.patch }, note: fix.note };
  }
  const stop = selectIdealStop(s);
  if (stop === null) return null;
  return {
    patch: { strategy: 'early', earlyStop: stop.step, ftSteps: Math.max(s.ftSteps, stop.step) },
    note: null,
  };
}
