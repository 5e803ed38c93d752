/** The fine-tuning strategy as a radio group, each with its knob and a button that lands it on the goal's ideal. */
import { formatInt, formatSig } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { selectGoal, selectIdealStop } from '../../state/goal';
import { useIsHidden, useQuestionOpen, useScenario, useSetScenario } from '../../state/hooks';
import { LIMITS } from '../../state/scenario';
import type { StrategyChoice } from '../../state/scenario';
import { landOnIdeal } from '../../state/landing';
import type { Knob } from '../../state/landing';
import { useAppStore } from '../../state/store';
import { useState } from 'react';
import { ChoiceCards } from './ChoiceCards';
import type { Choice } from './ChoiceCards';
import { NumberControl } from './NumberControl';
import { idealName } from '../goalWords';

const CHOICES: readonly Choice<StrategyChoice>[] = [
  { value: 'naive', label: 'Naive fine-tuning', blurb: 'Minimise the loss on the new data only.' },
  { value: 'early', label: 'Early stopping', blurb: 'Naive, but stop after a few steps.' },
  { value: 'l2sp', label: 'L2 toward pre-trained', blurb: 'Add λ(θ − θ_pre)² to the new loss.' },
  { value: 'replay', label: 'Replay old data', blurb: 'Mix a fraction ρ of old data back in.' },
  { value: 'freeze', label: 'Freeze', blurb: 'Keep the pre-trained θ; ignore the new data.' },
];

export function StrategyControls() {
  const s = useScenario();
  const set = useSetScenario();
  const hidden = useIsHidden();
  const units = useLengthFormat();
  const goal = selectGoal(s);
  const stop = selectIdealStop(s);
  const nOld = goal.goal === 'new' ? 'n_eff' : 'n_old';
  // While a question is open the buttons name no step or value: those are the answer.
  const asking = useQuestionOpen();

  const [note, setNote] = useState<string | null>(null);

  const land = (knob: Knob) => {
    const landed = landOnIdeal(s, knob);
    if (!landed) {
      if (knob === 'l2sp') setNote('No λ lands on the ideal from where pre-training left θ.');
      return;
    }
    set(landed.patch);
    setNote(landed.note);
    if (knob === 'early')
      useAppStore.getState().setPlayhead(s.preSteps + (landed.patch.ftSteps ?? s.ftSteps));
  };

  return (
    <fieldset className="group group-strategy" hidden={hidden('strategy')}>
      <legend>Fine-tuning strategy</legend>
      <div>
        <ChoiceCards
          name="strategy"
          label="Fine-tuning strategy"
          choices={CHOICES}
          value={s.strategy}
          onChange={(strategy) => set({ strategy })}
        />

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
          <button type="button" onClick={() => land('early')} disabled={stop === null}>
            {asking
              ? 'Land on the ideal (the step is hidden until the answer)'
              : stop === null
                ? `Naive fine-tuning never reaches the ${idealName(goal, units)}`
                : `Land on the ideal: stop at step ${formatInt(stop.step)}`}
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
            {asking
              ? 'Land on the ideal (λ is hidden until the answer)'
              : `Land on the ideal: λ = ${nOld}/n_new = ${formatSig(goal.lambda)}`}
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
            {asking
              ? 'Land on the ideal (ρ is hidden until the answer)'
              : `Land on the ideal: ρ = ${nOld}/(${nOld} + n_new) = ${formatSig(goal.rho)}`}
          </button>
        </div>
      </div>
      {note && !asking ? (
        <p className="control-hint" role="status">
          {note}
        </p>
      ) : null}
    </fieldset>
  );
}
