/**
 * "Land on the ideal" must land, not diverge: a large λ raises the curvature 1 + λ, so a learning
 * rate that was fine for naive fine-tuning can break η c < 1. These patches keep the run stable and
 * long enough to converge, and say what they changed.
 */
import { gdContraction, l2spLambdaFor } from '../core/index';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../i18n/numbers';
import { selectIdeals, selectRun } from './derived';
import { selectGoal, selectIdealStop } from './goal';
import { LIMITS } from './scenario';
import type { Scenario } from './scenario';

/** A rounded setting as the note names it: exactly as rounded, with no thousands groups. */
const sig = (x: number, digits: number) =>
  formatNumber(Number(x.toPrecision(digits)), {
    maximumSignificantDigits: digits,
    useGrouping: false,
  });

/** Two notes one after the other, as the language runs sentences on. */
function bothNotes(first: string | null, second: string | null): string | null {
  if (first === null || second === null) return first ?? second;
  return t('state.landing.twoNotes', { first, second });
}

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
  let lowered: { lr: string; rate: string } | null = null;
  let lr = s.ftLr;
  // ηc = ½ is the fastest safe rate: plain gradient descent lands in a single step.
  if (lr * c > 0.5) {
    lr = Number((0.5 / c).toPrecision(2));
    if (lr * c > 0.5) lr = Number((0.49 / c).toPrecision(2));
    patch.ftLr = lr;
    const factor = formatNumber(c, { maximumSignificantDigits: 21, useGrouping: false });
    const rate = c === 1 ? 'η' : curvature ? `η(${curvature})` : `${factor}η`;
    lowered = { lr: sig(lr, 2), rate };
  }
  const r = Math.abs(gdContraction(lr, c));
  const needed = r === 0 ? 1 : r >= 1 ? Infinity : Math.ceil(Math.log(1e-3) / Math.log(r));
  let raised: number | null = null;
  if (Number.isFinite(needed) && needed > s.ftSteps) {
    raised = Math.min(LIMITS.ftSteps.max, needed);
    patch.ftSteps = raised;
  }
  // One sentence for what changed: the two changes are joined as the language joins them.
  const note =
    lowered && raised !== null
      ? t('state.landing.both', { ...lowered, steps: raised })
      : lowered
        ? t('state.landing.lowered', lowered)
        : raised !== null
          ? t('state.landing.raised', { steps: raised })
          : null;
  return { patch, note };
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
    const short =
      Math.abs(lambda - goal.lambda) > 1e-6 * Math.max(1, goal.lambda)
        ? t('state.landing.shortOfOldMean', {
            lambda: sig(lambda, 3),
            expected: sig(goal.lambda, 3),
          })
        : null;
    const note = bothNotes(short, fix.note);
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
