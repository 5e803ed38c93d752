/** Predict, then reveal: the student places a guess for the ideal before the page shows it. */
import { useId } from 'react';
import { formatCm } from '../../app/format';
import { useDisplayedScenario } from '../../state/displayed';
import { useAppStore } from '../../state/store';
import { selectGoal } from '../../state/goal';
import { idealName } from '../goalWords';
import type { AppState } from '../../state/store';

const guessSelector = (st: AppState) => st.guess;
const revealedSelector = (st: AppState) => st.revealed;

export function PredictPanel() {
  const guess = useAppStore(guessSelector);
  const revealed = useAppStore(revealedSelector);
  const s = useDisplayedScenario();
  const id = useId();
  const goal = selectGoal(s);
  const ideal = goal.ideal;
  const name = idealName(goal);
  const st = useAppStore.getState;
  return (
    <section className="predict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Predict, then reveal</h2>
      {revealed && guess !== null ? (
        <p aria-live="polite">
          Your guess was <strong>{formatCm(guess)}</strong>; the {name} is{' '}
          <strong>{formatCm(ideal)}</strong>, so you were {formatCm(Math.abs(guess - ideal), 2)}{' '}
          {guess > ideal ? 'too high' : guess < ideal ? 'too low' : 'spot on'}.
        </p>
      ) : (
        <p>
          Where should θ end up? Drag on the drift chart to place your guess (or type it), then
          reveal the answer.
        </p>
      )}
      <div className="predict-row">
        <label htmlFor={`${id}-guess`}>Your guess (cm)</label>
        <input
          id={`${id}-guess`}
          type="number"
          step="0.1"
          min={0}
          max={300}
          value={guess === null ? '' : Number(guess.toFixed(2))}
          onChange={(e) => {
            const v = Number(e.target.value);
            st().setGuess(e.target.value === '' || !Number.isFinite(v) ? null : v);
          }}
        />
        {revealed ? (
          <button
            type="button"
            onClick={() => {
              st().setGuess(null);
              useAppStore.setState({ revealed: false });
            }}
          >
            Guess again
          </button>
        ) : (
          <button type="button" onClick={() => st().reveal()} disabled={guess === null}>
            Reveal the answer
          </button>
        )}
        <button type="button" className="ghost" onClick={() => st().setView({ predict: false })}>
          Leave predict mode
        </button>
      </div>
    </section>
  );
}
