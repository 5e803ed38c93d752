/** Whom θ is for: everyone seen so far, or the new population (with τ); the choice sets which ideal the page aims at. */
import { t } from '../../i18n/catalogue';
import { formatInt, formatSig } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { selectGoal } from '../../state/goal';
import { useIsHidden, useScenario, useSetScenario } from '../../state/hooks';
import { LIMITS } from '../../state/scenario';
import type { Scenario } from '../../state/scenario';
import { goalWarningText, idealName } from '../goalWords';
import { ChoiceCards } from './ChoiceCards';
import type { Choice } from './ChoiceCards';
import { NumberControl } from './NumberControl';

const GOALS: readonly Choice<Scenario['goal']>[] = [
  {
    value: 'everyone',
    label: 'controls.goal.everyone.label',
    blurb: 'controls.goal.everyone.blurb',
  },
  { value: 'new', label: 'controls.goal.new.label', blurb: 'controls.goal.new.blurb' },
];

export function GoalControls() {
  const s = useScenario();
  const set = useSetScenario();
  const hidden = useIsHidden();
  const goal = selectGoal(s);
  const units = useLengthFormat();
  return (
    <fieldset className="group group-goal" hidden={hidden('goal') && hidden('tau')}>
      <legend>{t('controls.goal.legend')}</legend>
      <ChoiceCards
        name="goal"
        label={t('controls.goal.legend')}
        choices={GOALS}
        value={s.goal}
        onChange={(goal) => set({ goal })}
        hidden={hidden('goal')}
      />
      <div className="knob is-on" hidden={hidden('tau')}>
        <NumberControl
          label={t('controls.goal.tau.label')}
          value={s.tau}
          onChange={(v) => set({ goal: 'new', tau: v })}
          min={LIMITS.tau.min}
          max={LIMITS.tau.max}
          scale="log1p"
          length
          format={(v) => `τ = ${formatSig(v)}`}
          hint={
            s.goal === 'everyone'
              ? t('controls.goal.tau.hint.everyone')
              : t('controls.goal.tau.hint.new', {
                  n: formatInt(s.oldSize),
                  weight: formatSig(goal.oldWeight),
                })
          }
        />
      </div>
      <p className="control-hint" data-testid="goal-ideal">
        {t('controls.goal.aim', { ideal: idealName(goal, units) })}
      </p>
      {goal.warning ? (
        <p className="control-hint goal-warning" role="status">
          {goalWarningText(goal.warning, units)}
        </p>
      ) : null}
    </fieldset>
  );
}
