/** The words for the goal: whom θ is for, the ideal's name, and what the page says when a goal's assumption is wrong. */
import { formatSig } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { GoalDerived, GoalWarning } from '../state/goal';

/** "everyone seen so far" or "the new population". */
export function goalWho(g: Pick<GoalDerived, 'goal'>): string {
  return g.goal === 'everyone' ? 'everyone seen so far' : 'the new population';
}

/** Whom a preset's θ is for: the stream's θ serves the population of the latest round. */
export function presetWho(p: { readonly focus: string }, g: Pick<GoalDerived, 'goal'>): string {
  return p.focus === 'stream' ? 'the population as it is now' : goalWho(g);
}

/** The ideal's name, saying for whom and under which τ: used wherever the page says "ideal". */
export function idealName(g: Pick<GoalDerived, 'goal' | 'tau'>, units: LengthFormat): string {
  if (g.goal === 'everyone') return 'ideal for everyone seen (size-weighted)';
  return g.tau === 0
    ? 'ideal for the new population (τ = 0: one population)'
    : `ideal for the new population (τ = ${units.length(g.tau, 1)})`;
}

/** A short label for tight places (chart reference lines, readout labels). */
export function idealShort(g: Pick<GoalDerived, 'goal' | 'tau'>, units: LengthFormat): string {
  if (g.goal === 'everyone') return 'Ideal for everyone';
  return g.tau === 0
    ? 'Ideal for new (τ = 0)'
    : `Ideal for new (τ = ${formatSig(units.toShown(g.tau))})`;
}

/** What the page says when the true population means contradict the goal's assumption. */
export function goalWarningText(w: GoalWarning, units: LengthFormat): string {
  const len = (cm: number) => units.length(cm);
  switch (w.kind) {
    case 'notOnePopulation':
      return `τ = 0 treats old and new heights as one population, but the true means differ by ${len(Math.abs(w.gap))}: this "ideal" is pulled toward the old population and misses the new one. Raise τ, or aim θ at everyone seen.`;
    case 'tauTooSmall':
      return `τ = ${len(w.tau)} says the populations sit within about ${len(w.tau)} of each other, but the true means differ by ${len(Math.abs(w.gap))}: the old data is trusted too much.`;
    case 'onePopulation':
      return `Old and new heights come from one population (the same true mean), so τ = 0 would use the old data in full; τ = ${len(w.tau)} throws some of it away.`;
  }
}
