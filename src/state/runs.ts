/**
 * A run as the page names and keeps it: θ at the playhead, the strategy's name, a pinned copy. Apart
 * from the chart rows (figures.ts) so the page's first file need not carry the charts' maths.
 */
import type { TrainResult } from '../core/index';
import { t } from '../i18n/catalogue';
import { formatDecimals, formatNumber } from '../i18n/numbers';
import { formatInt } from '../ui/format';
import { downsampleIndices } from './downsample';
import type { Scenario } from './scenario';
import type { Pin } from './store';

/** About one drawn bucket per two pixels of a wide chart; each keeps up to three points. */
export const DRIFT_BUCKETS = 400;

/** θ at the playhead, or the last step the run reached if it stopped (diverged or stopped early). */
export function thetaAt(result: TrainResult, step: number): number {
  return result.theta[Math.max(0, Math.min(step, result.theta.length - 1))]!;
}

/** A knob's value as the legend shows it: three significant digits, no thousands groups. */
const knob = (x: number) =>
  formatNumber(Number(x.toPrecision(3)), { maximumSignificantDigits: 3, useGrouping: false });

/** The strategy and its knob as the legend names it: "L2 λ=20", "early stopping k=30". */
export function strategyName(s: Readonly<Scenario>): string {
  switch (s.strategy) {
    case 'naive':
      return t('state.strategy.naive');
    case 'early':
      return t('state.strategy.early', { k: formatDecimals(s.earlyStop, 0) });
    case 'l2sp':
      return t('state.strategy.l2sp', { lambda: knob(s.lambda) });
    case 'replay':
      return t('state.strategy.replay', { rho: knob(s.rho) });
    case 'freeze':
      return t('state.strategy.freeze');
  }
}

/** A short name for a run: its strategy and sizes, e.g. "L2 λ=20 · 1,000 old / 50 new". */
export function runName(s: Readonly<Scenario>): string {
  return t('state.run.name', {
    strategy: strategyName(s),
    oldSize: formatInt(s.oldSize),
    newSize: formatInt(s.newSize),
  });
}

/** A thinned copy of a whole run, kept on the charts for comparison, with the settings that made it. */
export function pinOf(result: TrainResult, scenario: Readonly<Scenario>): Omit<Pin, 'id'> {
  const idx = downsampleIndices(result.theta, result.theta.length - 1, DRIFT_BUCKETS, [
    result.boundary,
  ]);
  return {
    name: runName(scenario),
    scenario: { ...scenario },
    steps: idx,
    theta: idx.map((i) => result.theta[i]!),
    lossOld: idx.map((i) => result.lossOld[i]!),
    lossNew: idx.map((i) => result.lossNew[i]!),
  };
}
