/** The live readout: every key number with its label and unit, and where θ sits in words. */
import { formatInt, formatPercent, formatSig } from '../../app/format';
import { useLengthFormat } from '../../app/useLengthFormat';
import { thetaAt } from '../../state/figures';
import { usePlayhead, useView } from '../../state/hooks';
import { useDisplayedIdeals, useDisplayedRun, useDisplayedScenario } from '../../state/displayed';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';

const revealedSelector = (st: AppState) => st.revealed;

/** Position of x on the way from the old mean (0) to the new mean (1). */
function shareOfWay(x: number, from: number, to: number): number {
  return to === from ? NaN : (x - from) / (to - from);
}

export function Readout() {
  const s = useDisplayedScenario();
  const run = useDisplayedRun();
  const ideals = useDisplayedIdeals();
  const playhead = usePlayhead();
  const view = useView();
  const units = useLengthFormat();
  const revealed = useAppStore(revealedSelector);
  const predicting = view.predict && !revealed;
  const mOld = ideals.oldSummary.mean;
  const mNew = ideals.newSummary.mean;
  const result = run.result;
  const theta = result ? thetaAt(result, playhead) : NaN;
  const shown = result ? Math.min(playhead, result.theta.length - 1) : 0;
  const phase = shown <= s.preSteps ? 'pre-training' : 'fine-tuning';
  const ideal = s.tau > 0 ? ideals.posterior : ideals.pooled;
  const idealName = s.tau > 0 ? 'posterior ideal' : 'ideal';

  let sentence: string;
  if (predicting) {
    sentence = 'The ideal and θ stay hidden until you place your guess and reveal it.';
  } else if (!result) {
    sentence = `Nothing to show: ${run.error ?? 'the settings were refused'}.`;
  } else if (mOld === mNew) {
    sentence = `The two data means coincide, so every strategy and the ideal agree at ${units.length(mOld)}.`;
  } else {
    sentence = `θ is ${formatPercent(shareOfWay(theta, mOld, mNew))} of the way from the old mean to the new one; the ${idealName} is at ${formatPercent(shareOfWay(ideal, mOld, mNew))}.`;
  }
  const diverged = result?.diverged
    ? `The run diverged at step ${formatInt(result.divergedAt!)}: gradient descent is stable only while ηc < 1 (here c = ${formatSig(run.curvature)}, so η must stay below ${formatSig(1 / Math.max(run.curvature, 1e-12))}).`
    : null;

  const items: [string, string, string][] = [
    [`${view.oldLabel} mean`, units.length(mOld), 'old'],
    [`${view.newLabel} mean`, units.length(mNew), 'new'],
  ];
  if (!predicting) {
    items.push(['Size-weighted ideal', units.length(ideals.pooled), 'ideal']);
    if (s.tau > 0) items.push(['Posterior ideal', units.length(ideals.posterior), 'ideal']);
    items.push(['θ now', result ? units.length(theta) : '—', 'theta']);
  }
  items.push(['Step', `${formatInt(shown)} (${phase})`, 'step']);
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
        {diverged ? (
          <p className="readout-warning" role="status">
            {diverged}
          </p>
        ) : null}
      </div>
    </section>
  );
}
