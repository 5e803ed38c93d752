/** The fine-tuning strategy as a radio group, each with its knob and a button that lands it on the ideal. */
import { formatInt, formatSig } from '../../app/format';
import { useLengthFormat } from '../../app/useLengthFormat';
import { earlyStopStepFor } from '../../state/derived';
import { useIdeals, useIsHidden, useScenario, useSetScenario } from '../../state/hooks';
import { LIMITS } from '../../state/scenario';
import type { StrategyChoice } from '../../state/scenario';
import { landOnIdeal } from '../../state/landing';
import type { Knob } from '../../state/landing';
import { useAppStore } from '../../state/store';
import { useState } from 'react';
import { NumberControl } from './NumberControl';

const CHOICES: { value: StrategyChoice; label: string; blurb: string }[] = [
  { value: 'naive', label: 'Naive fine-tuning', blurb: 'Minimise the loss on the new data only.' },
  { value: 'early', label: 'Early stopping', blurb: 'Naive, but stop after a few steps.' },
  { value: 'l2sp', label: 'L2 toward pre-trained', blurb: 'Add λ(θ − θ_pre)² to the new loss.' },
  { value: 'replay', label: 'Replay old data', blurb: 'Mix a fraction ρ of old data back in.' },
  { value: 'freeze', label: 'Freeze', blurb: 'Keep the pre-trained θ; ignore the new data.' },
];

export function StrategyControls() {
  const s = useScenario();
  const set = useSetScenario();
  const ideals = useIdeals();
  const hidden = useIsHidden();
  const units = useLengthFormat();
  const usePosterior = s.tau > 0;
  const goal = usePosterior ? ideals.posterior : ideals.pooled;
  const goalName = usePosterior ? 'posterior ideal' : 'size-weighted ideal';
  const lambdaGoal = usePosterior ? ideals.lambdaPosterior : ideals.lambdaPooled;
  const rhoGoal = usePosterior ? ideals.rhoPosterior : ideals.rhoPooled;
  const earlyGoal = earlyStopStepFor(s, goal);
  const nOld = usePosterior ? 'n_eff' : 'n_old';

  const [note, setNote] = useState<string | null>(null);

  const land = (knob: Knob) => {
    const landed = landOnIdeal(s, knob);
    if (!landed) return;
    set(landed.patch);
    setNote(landed.note);
    if (knob === 'early')
      useAppStore.getState().setPlayhead(s.preSteps + (landed.patch.ftSteps ?? s.ftSteps));
  };

  return (
    <fieldset className="group group-strategy" hidden={hidden('strategy') && hidden('tau')}>
      <legend>Fine-tuning strategy</legend>
      <div hidden={hidden('strategy')}>
        <div role="radiogroup" aria-label="Fine-tuning strategy" className="strategies">
          {CHOICES.map((c) => (
            <label key={c.value} className={`strategy ${s.strategy === c.value ? 'is-on' : ''}`}>
              <input
                type="radio"
                name="strategy"
                value={c.value}
                checked={s.strategy === c.value}
                onChange={() => set({ strategy: c.value })}
              />
              <span>
                <strong>{c.label}</strong>
                <small>{c.blurb}</small>
              </span>
            </label>
          ))}
        </div>

        <div className={`knob ${s.strategy === 'early' ? 'is-on' : ''}`}>
          <NumberControl
            label="Early stopping step"
            value={Math.min(s.earlyStop, s.ftSteps)}
            onChange={(v) => set({ strategy: 'early', earlyStop: v })}
            min={0}
            max={Math.max(1, s.ftSteps)}
            scale="log1p"
            integer
            format={(k) => `stop after ${formatInt(k)} of ${formatInt(s.ftSteps)}`}
          />
          <button type="button" onClick={() => land('early')} disabled={earlyGoal === null}>
            {earlyGoal === null
              ? `Naive fine-tuning never reaches the ${goalName}`
              : `Land on the ideal: stop at step ${formatInt(earlyGoal)}`}
          </button>
        </div>

        <div className={`knob ${s.strategy === 'l2sp' ? 'is-on' : ''}`}>
          <NumberControl
            label="L2 strength"
            value={s.lambda}
            onChange={(v) => set({ strategy: 'l2sp', lambda: v })}
            min={LIMITS.lambda.min}
            max={LIMITS.lambda.max}
            scale="log1p"
            format={(v) => `λ = ${formatSig(v)}`}
          />
          <button type="button" onClick={() => land('l2sp')}>
            Land on the ideal: λ = {nOld}/n_new = {formatSig(lambdaGoal)}
          </button>
        </div>

        <div className={`knob ${s.strategy === 'replay' ? 'is-on' : ''}`}>
          <NumberControl
            label="Replay fraction"
            value={s.rho}
            onChange={(v) => set({ strategy: 'replay', rho: v })}
            min={0}
            max={1}
            step={0.001}
            format={(v) => `ρ = ${formatSig(v)}`}
          />
          <button type="button" onClick={() => land('replay')}>
            Land on the ideal: ρ = {nOld}/({nOld} + n_new) = {formatSig(rhoGoal)}
          </button>
        </div>
      </div>
      {note ? (
        <p className="control-hint" role="status">
          {note}
        </p>
      ) : null}

      <div className="knob is-on" hidden={hidden('tau')}>
        <NumberControl
          label="Similarity tau"
          value={s.tau}
          onChange={(v) => set({ tau: v })}
          min={LIMITS.tau.min}
          max={LIMITS.tau.max}
          scale="log1p"
          length
          format={(v) => `τ = ${formatSig(v)}`}
          hint={
            s.tau === 0
              ? 'τ = 0: one population, so the ideal weights each dataset by its size.'
              : `The ${formatInt(ideals.oldSummary.n)} old heights count as ${formatSig(ideals.nEff)} new ones; posterior ideal ${units.length(ideals.posterior)}.`
          }
        />
      </div>
    </fieldset>
  );
}
