/**
 * "Land on the ideal" must land, not diverge: a large λ raises the curvature 1 + λ, so a learning
 * rate that was fine for naive fine-tuning can break η c < 1. These patches keep the run stable and
 * long enough to converge, and say what they changed.
 */
import { gdContraction } from '../core/index';
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
 * The settings that land the chosen strategy on the goal's ideal: λ = n/n_new and ρ = n/(n + n_new)
 * with n = n_old for everyone seen, n_eff for the new population; the early-stopping step is the
 * one step closest to the ideal that every part of the page uses. Null when it cannot be reached.
 */
export function landOnIdeal(s: Readonly<Scenario>, knob: Knob): LandingPatch | null {
  const goal = selectGoal(s);
  if (knob === 'l2sp') {
    const lambda = Math.min(LIMITS.lambda.max, goal.lambda);
    const fix = convergingSettings(s, 1 + lambda, '1 + λ');
    return { patch: { strategy: 'l2sp', lambda, ...fix.patch }, note: fix.note };
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
