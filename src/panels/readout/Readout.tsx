/** The live readout: every key number with its label and unit, and where θ sits in words. */
import { formatInt, formatPercent, formatSig } from '../../ui/format';
import { t } from '../../i18n/catalogue';
import { useLengthFormat } from '../../state/useLengthFormat';
import type { LengthFormat } from '../../ui/format';
import { thetaAt } from '../../state/runs';
import {
  usePlayhead,
  useQuestionOpen,
  useScenario,
  useShownStep,
  useView,
} from '../../state/hooks';
import { settingsKey } from '../../state/displayed';
import { selectIdeals, selectRun } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { selectGoal } from '../../state/goal';
import { datasetNames, goalWarningText, idealName, idealShort } from '../goalWords';
import { OFF_SCALE_CM } from '../heightText';
import { sharePercent } from '../shareText';
import type { AppState } from '../../state/store';

const revealedSelector = (st: AppState) => st.revealed;

/** Position of x on the way from the old mean (0) to the new mean (1). */
function shareOfWay(x: number, from: number, to: number): number {
  return to === from ? NaN : (x - from) / (to - from);
}

/**
 * Where θ sits, in words that stay true outside the stretch between the two means, and where the
 * ideal sits on the same way.
 */
function whereTheta(
  theta: number,
  mOld: number,
  mNew: number,
  units: LengthFormat,
  ideal: { ideal: string; idealShare: string },
): string {
  const share = shareOfWay(theta, mOld, mNew);
  if (share < 0)
    return t('readout.where.short', { ...ideal, distance: units.length(Math.abs(theta - mOld)) });
  if (share > 1)
    return t('readout.where.overshot', {
      ...ideal,
      distance: units.length(Math.abs(theta - mNew)),
    });
  return t('readout.where.between', {
    ...ideal,
    share: sharePercent(share),
    zero: formatPercent(0),
    full: formatPercent(1),
  });
}

export function Readout() {
  // The numbers follow the settings of this very moment: they cost little to work out, and a
  // reader watching them while dragging sees each value as the slider reaches it.
  const s = useScenario();
  const run = selectRun(s);
  const ideals = selectIdeals(s);
  const goal = selectGoal(s);
  const playhead = usePlayhead();
  const view = useView();
  const units = useLengthFormat();
  const revealed = useAppStore(revealedSelector);
  const predicting = useQuestionOpen();
  const mOld = ideals.oldSummary.mean;
  const mNew = ideals.newSummary.mean;
  const result = run.result;
  const theta = result ? thetaAt(result, playhead) : NaN;
  const last = result ? result.theta.length - 1 : 0;
  // While a question is open θ is drawn through pre-training only; the step says the same.
  const shown = Math.min(useShownStep(s.preSteps), last);
  const phase = shown <= s.preSteps ? 'pre' : 'fine';
  const divergedHere = !!result?.diverged && playhead >= last;
  const farOff = Math.abs(theta - (mOld + mNew) / 2) > OFF_SCALE_CM;
  const stoppedEarly = !!result && !result.diverged && s.strategy === 'early' && playhead > last;

  let sentence: string;
  if (predicting) {
    sentence =
      view.predict && !revealed ? t('readout.hiddenUntilGuess') : t('readout.hiddenUntilAnswer');
  } else if (!result) {
    sentence = t('readout.nothing', { error: run.error ?? t('words.refused') });
  } else if (divergedHere) {
    sentence = t('readout.leftScale', { step: formatInt(result.divergedAt!) });
  } else if (farOff) {
    sentence = t('readout.farOff', { distance: units.length(OFF_SCALE_CM, 0) });
  } else if (mOld === mNew) {
    sentence = t('readout.coincide', { value: units.length(mOld) });
  } else {
    sentence = whereTheta(theta, mOld, mNew, units, {
      ideal: idealName(goal, units),
      idealShare: sharePercent(shareOfWay(goal.ideal, mOld, mNew)),
    });
  }
  const c = run.curvature;
  let diverged: string | null = null;
  if (result?.diverged) {
    diverged = t('readout.diverged', {
      step: formatInt(result.divergedAt!),
      c: formatSig(c),
      limit: formatSig(1 / Math.max(c, 1e-12)),
    });
  } else if (
    result &&
    s.ftOptimizer === 'sgd' &&
    s.ftBatch === 'full' &&
    s.ftLr * c > 1 &&
    s.strategy !== 'freeze'
  ) {
    diverged = t('readout.unstable', {
      lr: formatSig(s.ftLr),
      c: formatSig(c),
      limit: formatSig(1 / c),
    });
  }

  const items: [string, string, string][] = [
    [t('words.datasetMean', datasetNames(view, 'old')), units.length(mOld), 'old'],
    [t('words.datasetMean', datasetNames(view, 'new')), units.length(mNew), 'new'],
  ];
  if (!predicting) {
    items.push([idealShort(goal, units), units.length(goal.ideal), 'ideal']);
    items.push([
      t('words.thetaNow'),
      !result
        ? '—'
        : divergedHere
          ? t('readout.value.diverged')
          : farOff
            ? t('words.offScale')
            : units.length(theta),
      'theta',
    ]);
  }
  // While a question is open, how the run ended (stopped early, diverged) is part of the answer.
  const ending = predicting ? phase : divergedHere ? 'diverged' : stoppedEarly ? 'stopped' : phase;
  items.push([
    t('readout.step'),
    t('readout.stepValue', { step: formatInt(shown), ending }),
    'step',
  ]);
  return (
    <section className="readout" aria-labelledby="readout-title" data-shows={settingsKey(s)}>
      <h2 id="readout-title" className="visually-hidden">
        {t('readout.title')}
      </h2>
      <div aria-live="polite" aria-atomic="true" data-testid="readout">
        <dl>
          {items.map(([label, value, role]) => (
            <div key={label} className={`readout-item role-${role}`}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="readout-sentence">{sentence}</p>
        {diverged && !predicting ? (
          <p className="readout-warning" role="status">
            {diverged}
          </p>
        ) : null}
        {goal.warning && !predicting ? (
          <p className="readout-warning goal-warning">{goalWarningText(goal.warning, units)}</p>
        ) : null}
      </div>
    </section>
  );
}
