/** The stream panel's words: each learner's name with its knob, and the sentence that says who wins and why. */
import { t } from '../../i18n/catalogue';
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
      return t('stream.learner.label.frozen');
    case 'latest':
      return t('stream.learner.label.latest');
    case 'all':
      return t('stream.learner.label.all');
    case 'window':
      return t('stream.learner.label.window', { window: formatInt(s.window) });
    case 'finetune':
      return t('stream.learner.label.finetune', {
        steps: formatInt(s.steps),
        lr: formatSig(s.lr),
      });
    case 'filter':
      return t('stream.learner.label.filter', { q: units.length(s.filterQ, 2) });
  }
}

/**
 * The learner's name as a sentence uses it: at its start, or further in (where English writes
 * "the window …" rather than "The window …").
 */
function learnerName(
  id: StreamLearnerId,
  s: Readonly<StreamSettings>,
  place: 'start' | 'inside',
): string {
  const start = place === 'start';
  switch (id) {
    case 'frozen':
      return t(start ? 'stream.learner.start.frozen' : 'stream.learner.inside.frozen');
    case 'latest':
      return t(start ? 'stream.learner.start.latest' : 'stream.learner.inside.latest');
    case 'all':
      return t(start ? 'stream.learner.start.all' : 'stream.learner.inside.all');
    case 'window':
      return t(start ? 'stream.learner.start.window' : 'stream.learner.inside.window', {
        window: formatInt(s.window),
      });
    case 'finetune':
      return t(start ? 'stream.learner.start.finetune' : 'stream.learner.inside.finetune', {
        steps: formatInt(s.steps),
        lr: formatSig(s.lr),
      });
    case 'filter':
      return t(start ? 'stream.learner.start.filter' : 'stream.learner.inside.filter');
  }
}

/** A share as the panel writes it, to `sig` significant digits: "12 %". */
export function percentText(share: number, sig = 2): string {
  return t('stream.percent', { value: formatSig(share * 100, sig) });
}

/** Why the winner wins, from the numbers the panel shows. */
function reason(d: StreamDerived, s: Readonly<StreamSettings>, units: LengthFormat): string {
  const noise = units.area(d.roundNoise);
  switch (d.best) {
    case 'frozen':
      return t('stream.reason.frozen');
    case 'latest':
      return t('stream.reason.latest', { batch: formatInt(s.batch), noise });
    case 'all':
      return s.driftKind === 'none'
        ? t('stream.reason.all.still', { total: formatInt(s.n0 + s.rounds * s.batch) })
        : t('stream.reason.all.drift', { noise });
    case 'window':
      return t('stream.reason.window', {
        window: formatInt(s.window),
        heights: formatInt(s.window * s.batch),
      });
    case 'finetune':
      return t('stream.reason.finetune', { alpha: percentText(d.alpha) });
    case 'filter':
      return t('stream.reason.filter', {
        gain: percentText(d.steady.gain),
        q: units.length(s.filterQ, 2),
        noise,
      });
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
  const values = {
    learner: learnerName(d.best, s, 'start'),
    error: errorText(best.meanExcess, units),
    reason: reason(d, s, units),
  };
  const winner =
    second === undefined
      ? t('stream.verdict.winner', values)
      : t('stream.verdict.winnerNext', {
          ...values,
          next: learnerName(second, s, 'inside'),
          nextError: errorText(d.paths[second].meanExcess, units),
        });
  const ft = d.paths.finetune.meanExcess;
  const kf = d.paths.filter.meanExcess;
  if (!Number.isFinite(ft) || !Number.isFinite(kf) || kf <= 0) return { winner, versus: null };
  const gap = ft / kf - 1;
  const rates = { alpha: percentText(d.alpha), gain: percentText(d.steady.gain) };
  const close = Math.abs(d.alpha - d.steady.gain) < 0.005;
  // Offered only where the filter is ahead: matching it would make a fine-tuning that wins worse.
  const tip = gap > 0 && d.stepsMatch !== null && !close && d.stepsMatch !== s.steps;
  const versus =
    gap < 0
      ? t('stream.versus.below', { ...rates, gap: percentText(-gap) })
      : tip
        ? t('stream.versus.aboveMatch', {
            ...rates,
            gap: percentText(gap),
            steps: formatInt(d.stepsMatch!),
          })
        : t('stream.versus.above', { ...rates, gap: percentText(gap) });
  return { winner, versus };
}

/** A mean excess error as the panel writes it. */
export function errorText(cm2: number, units: LengthFormat): string {
  return Number.isFinite(cm2) ? units.area(cm2) : t('stream.error.infinite');
}
