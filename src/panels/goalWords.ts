/** The words for the goal: whom θ is for, the ideal's name, and what the page says when a goal's assumption is wrong. */
import { t } from '../i18n/catalogue';
import { formatSig } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { GoalDerived, GoalWarning } from '../state/goal';
import { datasetName, datasetNameInSentence } from '../state/view';
import type { View } from '../state/view';

/**
 * A dataset's name in both forms, for a message to take the one its grammar wants: `name` as a
 * heading writes it ("Old data"), `inSentence` as a sentence does ("old data").
 */
export function datasetNames(
  view: Pick<View, 'oldLabel' | 'newLabel'>,
  which: 'old' | 'new',
): { name: string; inSentence: string } {
  return { name: datasetName(view, which), inSentence: datasetNameInSentence(view, which) };
}

/** "everyone seen so far" or "the new population". */
export function goalWho(g: Pick<GoalDerived, 'goal'>): string {
  return t(g.goal === 'everyone' ? 'words.goal.everyone' : 'words.goal.new');
}

/** Whom a preset's θ is for: the stream's θ serves the population of the latest round. */
export function presetWho(p: { readonly focus: string }, g: Pick<GoalDerived, 'goal'>): string {
  return p.focus === 'stream' ? t('words.goal.streamNow') : goalWho(g);
}

/**
 * The ideal's name, saying for whom and under which τ: used wherever the page says "ideal". It
 * carries no article, so that each sentence around it can give the one its grammar needs.
 */
export function idealName(g: Pick<GoalDerived, 'goal' | 'tau'>, units: LengthFormat): string {
  if (g.goal === 'everyone') return t('words.ideal.everyone');
  return g.tau === 0
    ? t('words.ideal.newOnePopulation')
    : t('words.ideal.newTau', { tau: units.length(g.tau, 1) });
}

/** A short label for tight places (chart reference lines, readout labels). */
export function idealShort(g: Pick<GoalDerived, 'goal' | 'tau'>, units: LengthFormat): string {
  if (g.goal === 'everyone') return t('words.idealShort.everyone');
  return g.tau === 0
    ? t('words.idealShort.newOnePopulation')
    : t('words.idealShort.newTau', { tau: formatSig(units.toShown(g.tau)) });
}

/** What the page says when the true population means contradict the goal's assumption. */
export function goalWarningText(w: GoalWarning, units: LengthFormat): string {
  const len = (cm: number) => units.length(cm);
  switch (w.kind) {
    case 'notOnePopulation':
      return t('words.goalWarning.notOnePopulation', { gap: len(Math.abs(w.gap)) });
    case 'tauTooSmall':
      return t('words.goalWarning.tauTooSmall', { tau: len(w.tau), gap: len(Math.abs(w.gap)) });
    case 'onePopulation':
      return t('words.goalWarning.onePopulation', { tau: len(w.tau) });
  }
}
