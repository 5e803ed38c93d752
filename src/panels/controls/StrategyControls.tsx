/** The fine-tuning strategy as a radio group, each with its knob and a button that lands it on the goal's ideal. */
import { t } from '../../i18n/catalogue';
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
  {
    value: 'naive',
    label: 'controls.strategy.naive.label',
    blurb: 'controls.strategy.naive.blurb',
  },
  {
    value: 'early',
    label: 'controls.strategy.early.label',
    blurb: 'controls.strategy.early.blurb',
  },
  { value: 'l2sp', label: 'controls.strategy.l2sp.label', blurb: 'controls.strategy.l2sp.blurb' },
  {
    value: 'replay',
    label: 'controls.strategy.replay.label',
    blurb: 'controls.strategy.replay.blurb',
  },
  {
    value: 'freeze',
    label: 'controls.strategy.freeze.label',
    blurb: 'controls.strategy.freeze.blurb',
  },
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
      if (knob === 'l2sp') setNote(t('controls.strategy.l2sp.unreachable'));
      return;
    }
    set(landed.patch);
    setNote(landed.note);
    if (knob === 'early')
      useAppStore.getState().setPlayhead(s.preSteps + (landed.patch.ftSteps ?? s.ftSteps));
  };

  return (
    <fieldset className="group group-strategy" hidden={hidden('strategy')}>
      <legend>{t('controls.strategy.legend')}</legend>
      <div>
        <ChoiceCards
          name="strategy"
          label={t('controls.strategy.legend')}
          choices={CHOICES}
          value={s.strategy}
          onChange={(strategy) => set({ strategy })}
        />

        <div className={`knob ${s.strategy === 'early' ? 'is-on' : ''}`}>
          <NumberControl
            label={t('controls.strategy.early.knob')}
            value={Math.min(s.earlyStop, s.ftSteps)}
            onChange={(v) => set({ strategy: 'early', earlyStop: v })}
            min={0}
            max={Math.max(1, s.ftSteps)}
            scale="log1p"
            integer
            format={(k) =>
              t('controls.strategy.early.shown', { k: formatInt(k), total: formatInt(s.ftSteps) })
            }
          />
          <button type="button" onClick={() => land('early')} disabled={stop === null}>
            {asking
              ? t('controls.strategy.early.land.hidden')
              : stop === null
                ? t('controls.strategy.early.land.never', { ideal: idealName(goal, units) })
                : t('controls.strategy.early.land.step', { step: formatInt(stop.step) })}
          </button>
        </div>

        <div className={`knob ${s.strategy === 'l2sp' ? 'is-on' : ''}`}>
          <NumberControl
            label={t('controls.strategy.l2sp.knob')}
            value={s.lambda}
            onChange={(v) => set({ strategy: 'l2sp', lambda: v })}
            min={LIMITS.lambda.min}
            max={LIMITS.lambda.max}
            scale="log1p"
            format={(v) => `λ = ${formatSig(v)}`}
          />
          <button type="button" onClick={() => land('l2sp')}>
            {asking
              ? t('controls.strategy.l2sp.land.hidden')
              : t('controls.strategy.l2sp.land.value', {
                  nOld,
                  lambda: formatSig(goal.lambda),
                })}
          </button>
        </div>

        <div className={`knob ${s.strategy === 'replay' ? 'is-on' : ''}`}>
          <NumberControl
            label={t('controls.strategy.replay.knob')}
            value={s.rho}
            onChange={(v) => set({ strategy: 'replay', rho: v })}
            min={0}
            max={1}
            step={0.001}
            format={(v) => `ρ = ${formatSig(v)}`}
          />
          <button type="button" onClick={() => land('replay')}>
            {asking
              ? t('controls.strategy.replay.land.hidden')
              : t('controls.strategy.replay.land.value', { nOld, rho: formatSig(goal.rho) })}
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
