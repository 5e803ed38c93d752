/** Whom θ is for: everyone seen so far, or the new population (with τ); the choice sets which ideal the page aims at. */
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
    label: 'Everyone seen so far',
    blurb:
      'Old and new people, in proportion to the data: the size-weighted mean of the two samples is the Bayesian answer, and forgetting the old group is the failure.',
  },
  {
    value: 'new',
    label: 'The new population',
    blurb:
      'Only the new people matter. The old data helps as far as the populations are alike (τ); τ = 0 says they are one.',
  },
];

export function GoalControls() {
  const s = useScenario();
  const set = useSetScenario();
  const hidden = useIsHidden();
  const goal = selectGoal(s);
  const units = useLengthFormat();
  return (
    <fieldset className="group group-goal" hidden={hidden('goal') && hidden('tau')}>
      <legend>Whom is θ for?</legend>
      <ChoiceCards
        name="goal"
        label="Whom is θ for?"
        choices={GOALS}
        value={s.goal}
        onChange={(goal) => set({ goal })}
        hidden={hidden('goal')}
      />
      <div className="knob is-on" hidden={hidden('tau')}>
        <NumberControl
          label="Similarity tau"
          value={s.tau}
          onChange={(v) => set({ goal: 'new', tau: v })}
          min={LIMITS.tau.min}
          max={LIMITS.tau.max}
          scale="log1p"
          length
          format={(v) => `τ = ${formatSig(v)}`}
          hint={
            s.goal === 'everyone'
              ? 'τ, how far apart the two populations may be, matters only when θ is for the new population; moving it switches to that goal.'
              : `The ${formatInt(s.oldSize)} old heights count as ${formatSig(goal.oldWeight)} new ones.`
          }
        />
      </div>
      <p className="control-hint" data-testid="goal-ideal">
        The page aims at the {idealName(goal, units)}.
      </p>
      {goal.warning ? (
        <p className="control-hint goal-warning" role="status">
          {goalWarningText(goal.warning, units)}
        </p>
      ) : null}
    </fieldset>
  );
}
