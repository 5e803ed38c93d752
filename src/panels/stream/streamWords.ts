/** The stream panel's words: each learner's name with its knob, and the sentence that says who wins and why. */
import { formatInt, formatSig } from '../../ui/format';
import type { LengthFormat } from '../../ui/format';
import type { StreamDerived } from '../../state/streamDerived';
import type { StreamLearnerId, StreamSettings } from '../../state/streamSettings';

/** Short names, for the legend, the bars and the CSV. */
export function learnerLabel(
  id: StreamLearnerId,
  s: Readonly<StreamSettings>,
  units: LengthFormat,
): string {
  switch (id) {
    case 'frozen':
      return 'Frozen';
    case 'latest':
      return 'Latest only';
    case 'all':
      return 'Everything so far';
    case 'window':
      return `Window of ${formatInt(s.window)}`;
    case 'finetune':
      return `Fine-tune ${formatInt(s.steps)} × η ${formatSig(s.lr)}`;
    case 'filter':
      return `Filter, q ${units.length(s.filterQ, 2)}`;
  }
}

/** The learner's name as a sentence uses it. */
function learnerName(id: StreamLearnerId, s: Readonly<StreamSettings>): string {
  switch (id) {
    case 'frozen':
      return 'Frozen (the pre-trained θ₀)';
    case 'latest':
      return 'Latest only';
    case 'all':
      return 'Everything so far';
    case 'window':
      return `The window of the last ${formatInt(s.window)} rounds`;
    case 'finetune':
      return `Fine-tuning (${formatInt(s.steps)} steps a round at η = ${formatSig(s.lr)})`;
    case 'filter':
      return 'The Bayesian filter';
  }
}

const pct = (share: number) => `${formatSig(share * 100, 2)} %`;

/** Why the winner wins, from the numbers the panel shows. */
function reason(d: StreamDerived, s: Readonly<StreamSettings>, units: LengthFormat): string {
  const noise = units.area(d.roundNoise);
  switch (d.best) {
    case 'frozen':
      return 'the pre-trained θ₀ happened to sit nearest the true mean over these rounds, so nothing the rounds brought was worth learning.';
    case 'latest':
      return `a round of ${formatInt(s.batch)} heights is precise (its mean varies by σ²/b = ${noise}) against how far the population moves, so older rounds only hold θ back.`;
    case 'all':
      return s.driftKind === 'none'
        ? `nothing drifts, so every height ever seen is as good as a new one, and the average of all ${formatInt(s.n0 + s.rounds * s.batch)} of them is the least noisy.`
        : `the drift is small against a round’s noise (σ²/b = ${noise}), so the old rounds still help more than they mislead.`;
    case 'window':
      return `it averages the last ${formatInt(s.window)} rounds (${formatInt(s.window * s.batch)} heights), enough to quiet a round’s noise, and forgets anything older, so it keeps up with the drift.`;
    case 'finetune':
      return `each round its steps move θ a share α = ${pct(d.alpha)} of the way to the round’s mean, so a round’s weight fades as (1 − α)^k: slow enough to average the noise, fast enough to follow the drift.`;
    case 'filter':
      return `it takes a share K* = ${pct(d.steady.gain)} of each round’s surprise, the share that balances the walk it assumes (q = ${units.length(s.filterQ, 2)} a round) against a round’s noise (σ²/b = ${noise}).`;
  }
}

export interface StreamVerdict {
  /** Who wins, by how much, and why: one sentence. */
  winner: string;
  /** Fine-tuning against the filter, with α and K*, or null when either has no error to compare. */
  versus: string | null;
}

/**
 * The panel's readout. Every number in it is one the panel shows: the mean excess errors, α, K*,
 * σ²/b and S*.
 *
 * @example streamVerdict(selectStreamRun(s), s, lengthFormat('cm')).winner
 * // 'The Bayesian filter wins with a mean excess error of 0.657 cm² (Fine-tuning …: 0.658 cm²): it takes …'
 */
export function streamVerdict(
  d: StreamDerived,
  s: Readonly<StreamSettings>,
  units: LengthFormat,
): StreamVerdict {
  const best = d.paths[d.best];
  const second = d.ranking[1];
  const against =
    second === undefined
      ? ''
      : ` (next: ${learnerName(second, s).replace(/^The /, 'the ')}, ${errorText(d.paths[second].meanExcess, units)})`;
  const winner = `${learnerName(d.best, s)} wins with a mean excess error of ${errorText(best.meanExcess, units)}${against}: ${reason(d, s, units)}`;
  const ft = d.paths.finetune.meanExcess;
  const kf = d.paths.filter.meanExcess;
  if (!Number.isFinite(ft) || !Number.isFinite(kf) || kf <= 0) return { winner, versus: null };
  const gap = ft / kf - 1;
  const rates = `its α = ${pct(d.alpha)} against the filter’s steady gain K* = ${pct(d.steady.gain)}`;
  const head =
    gap >= 0
      ? `Fine-tuning’s error is ${pct(gap)} above the filter’s: ${rates}.`
      : `Fine-tuning’s error is ${pct(-gap)} below the filter’s: ${rates}.`;
  const close = Math.abs(d.alpha - d.steady.gain) < 0.005;
  const tip =
    d.stepsMatch !== null && !close && d.stepsMatch !== s.steps
      ? ` “Match the filter” sets S to S* = ${formatInt(d.stepsMatch)}, which brings α to about K*.`
      : '';
  return { winner, versus: head + tip };
}

/** A mean excess error as the panel writes it. */
export function errorText(cm2: number, units: LengthFormat): string {
  return Number.isFinite(cm2) ? units.area(cm2) : 'infinite (θ diverges)';
}
