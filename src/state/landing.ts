/**
 * "Land on the ideal" must land, not diverge: a large λ raises the curvature 1 + λ, so a learning
 * rate that was fine for naive fine-tuning can break η c < 1. These patches keep the run stable and
 * long enough to converge, and say what they changed.
 */
import { gdContraction } from '../core/index';
import { earlyStopStepFor, selectIdeals } from './derived';
import { LIMITS } from './scenario';
import type { Scenario } from './scenario';

export interface LandingPatch {
  patch: Partial<Scenario>;
  /** What else was changed, in words, or null. */
  note: string | null;
}

/** Fine-tuning settings that converge (to within 0.1 % of the starting gap) for half-curvature `c`. */
export function convergingSettings(s: Readonly<Scenario>, c: number): LandingPatch {
  const patch: Partial<Scenario> = {};
  const notes: string[] = [];
  let lr = s.ftLr;
  // ηc = ½ is the fastest safe rate: plain gradient descent lands in a single step.
  if (lr * c > 0.5) {
    lr = Number((0.5 / c).toPrecision(2));
    if (lr * c > 0.5) lr = Number((0.49 / c).toPrecision(2));
    patch.ftLr = lr;
    notes.push(`lowered the learning rate to η = ${lr} so that η(1 + λ) ≤ ½`);
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
 * The settings that land the chosen strategy on the ideal: the posterior ideal when τ > 0, else the
 * size-weighted one. λ = n/n_new and ρ = n/(n + n_new) with n = n_old (or n_eff); the early-stopping
 * step from the closed form. Returns null when the strategy cannot reach it.
 */
export function landOnIdeal(s: Readonly<Scenario>, knob: Knob): LandingPatch | null {
  const ideals = selectIdeals(s);
  const posterior = s.tau > 0;
  const goal = posterior ? ideals.posterior : ideals.pooled;
  if (knob === 'l2sp') {
    const lambda = Math.min(
      LIMITS.lambda.max,
      posterior ? ideals.lambdaPosterior : ideals.lambdaPooled,
    );
    const fix = convergingSettings(s, 1 + lambda);
    return { patch: { strategy: 'l2sp', lambda, ...fix.patch }, note: fix.note };
  }
  if (knob === 'replay') {
    const rho = posterior ? ideals.rhoPosterior : ideals.rhoPooled;
    const fix = convergingSettings(s, 1);
    return { patch: { strategy: 'replay', rho, ...fix.patch }, note: fix.note };
  }
  const k = earlyStopStepFor(s, goal);
  if (k === null) return null;
  return {
    patch: { strategy: 'early', earlyStop: k, ftSteps: Math.max(s.ftSteps, k) },
    note: null,
  };
}
