/** The live readout: every key number with its label and unit, and where θ sits in words. */
import { formatInt, formatPercent, formatSig } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import type { LengthFormat } from '../../ui/format';
import { thetaAt } from '../../state/runs';
import { usePlayhead, useQuestionOpen, useView } from '../../state/hooks';
import { useDisplayedIdeals, useDisplayedRun, useDisplayedScenario } from '../../state/displayed';
import { useAppStore } from '../../state/store';
import { selectGoal } from '../../state/goal';
import { goalWarningText, idealName, idealShort } from '../goalWords';
import { OFF_SCALE_CM } from '../heightText';
import type { AppState } from '../../state/store';

const revealedSelector = (st: AppState) => st.revealed;

/** Position of x on the way from the old mean (0) to the new mean (1). */
function shareOfWay(x: number, from: number, to: number): number {
  return to === from ? NaN : (x - from) / (to - from);
}

/** A share as a percentage, with a decimal when it is small: "0.1 %" rather than a misleading "0 %". */
function sharePercent(share: number): string {
  return Math.abs(share) < 0.01 && share !== 0
    ? `${(share * 100).toFixed(1)} %`
    : formatPercent(share);
}

/** Where θ sits, in words that stay true outside the stretch between the two means. */
function whereTheta(theta: number, mOld: number, mNew: number, units: LengthFormat): string {
  const share = shareOfWay(theta, mOld, mNew);
  if (share < 0)
    return `θ has not reached the old mean: it is ${units.length(Math.abs(theta - mOld))} from it, on the side away from the new mean`;
  if (share > 1) return `θ has overshot the new mean by ${units.length(Math.abs(theta - mNew))}`;
  return `θ is ${sharePercent(share)} of the way from the old mean (0 %) to the new one (100 %)`;
}

export function Readout() {
  const s = useDisplayedScenario();
  const run = useDisplayedRun();
  const ideals = useDisplayedIdeals();
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
  const shown = predicting ? Math.min(playhead, s.preSteps, last) : Math.min(playhead, last);
  const phase = shown <= s.preSteps ? 'pre-training' : 'fine-tuning';
  const divergedHere = !!result?.diverged && playhead >= last;
  const farOff = Math.abs(theta - (mOld + mNew) / 2) > OFF_SCALE_CM;
  const stoppedEarly = !!result && !result.diverged && s.strategy === 'early' && playhead > last;

  let sentence: string;
  if (predicting) {
    sentence =
      view.predict && !revealed
        ? 'The ideal and where θ ends stay hidden until you place your guess and reveal it.'
        : 'The ideal and where θ ends stay hidden until you show the answer.';
  } else if (!result) {
    sentence = `Nothing to show: ${run.error ?? 'the settings were refused'}.`;
  } else if (divergedHere) {
    sentence = `θ has left every scale: the run diverged at step ${formatInt(result.divergedAt!)}.`;
  } else if (farOff) {
    sentence = `θ is more than ${units.length(OFF_SCALE_CM, 0)} from the data: each step overshoots further.`;
  } else if (mOld === mNew) {
    sentence = `The two data means coincide, so every strategy and the ideal agree at ${units.length(mOld)}.`;
  } else {
    sentence = `${whereTheta(theta, mOld, mNew, units)}; the ${idealName(goal, units)} is at ${sharePercent(shareOfWay(goal.ideal, mOld, mNew))}.`;
  }
  const c = run.curvature;
  let diverged: string | null = null;
  if (result?.diverged) {
    diverged = `The run diverged at step ${formatInt(result.divergedAt!)}: gradient descent is stable only while ηc < 1 (here c = ${formatSig(c)}, so η must stay below ${formatSig(1 / Math.max(c, 1e-12))}).`;
  } else if (
    result &&
    s.ftOptimizer === 'sgd' &&
    s.ftBatch === 'full' &&
    s.ftLr * c > 1 &&
    s.strategy !== 'freeze'
  ) {
    diverged = `With η = ${formatSig(s.ftLr)} and c = ${formatSig(c)}, ηc > 1: each fine-tuning step takes θ further from its target, and more steps would diverge. Keep η below ${formatSig(1 / c)}.`;
  }

  const items: [string, string, string][] = [
    [`${view.oldLabel} mean`, units.length(mOld), 'old'],
    [`${view.newLabel} mean`, units.length(mNew), 'new'],
  ];
  if (!predicting) {
    items.push([idealShort(goal, units), units.length(goal.ideal), 'ideal']);
    items.push([
      'θ now',
      !result ? '—' : divergedHere ? 'diverged' : farOff ? 'off the scale' : units.length(theta),
      'theta',
    ]);
  }
  // While a question is open, how the run ended (stopped early, diverged) is part of the answer.
  const ending = predicting
    ? phase
    : divergedHere
      ? 'the last step before it diverged'
      : stoppedEarly
        ? 'stopped early'
        : phase;
  items.push(['Step', `${formatInt(shown)} (${ending})`, 'step']);
  return (
    <section className="readout" aria-labelledby="readout-title">
      <h2 id="readout-title" className="visually-hidden">
        Live readout
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
