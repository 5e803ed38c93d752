/** Predict, then reveal: the student places a guess for the ideal before the page shows it. */
import { useId } from 'react';
import { formatCm } from '../../app/format';
import { useDisplayedIdeals, useDisplayedScenario } from '../../state/displayed';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { useNumberEntry } from '../controls/useNumberEntry';

const guessSelector = (st: AppState) => st.guess;
const revealedSelector = (st: AppState) => st.revealed;

export function PredictPanel() {
  const guess = useAppStore(guessSelector);
  const revealed = useAppStore(revealedSelector);
  const s = useDisplayedScenario();
  const ideals = useDisplayedIdeals();
  const id = useId();
  const ideal = s.tau > 0 ? ideals.posterior : ideals.pooled;
  const name = s.tau > 0 ? 'posterior ideal' : 'size-weighted ideal';
  const st = useAppStore.getState;
  // Typed guesses apply on Enter or on leaving the field, like every other number on the page.
  const entry = useNumberEntry({
    value: guess,
    text: guess === null ? '' : String(Number(guess.toFixed(2))),
    rules: { min: 0, max: 300 },
    commit: (v) => st().setGuess(v),
    clear: () => st().setGuess(null),
  });
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
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="done"
          {...entry.inputProps}
          aria-describedby={entry.message ? `${id}-problem` : undefined}
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
      {entry.message ? (
        <p id={`${id}-problem`} className="control-problem" role="alert">
          {entry.message}
        </p>
      ) : null}
    </section>
  );
}
