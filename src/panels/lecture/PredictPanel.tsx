/** Predict, then reveal: the student places a guess for the ideal before the page shows it. */
import { useId } from 'react';
import { useLengthFormat } from '../../state/useLengthFormat';
import { useDisplayedScenario } from '../../state/displayed';
import { togglePredict } from '../../state/lecture';
import { useAppStore } from '../../state/store';
import { selectGoal } from '../../state/goal';
import { idealName } from '../goalWords';
import { presetOf } from '../../state/presetMatch';
import type { AppState } from '../../state/store';
import { useNumberEntry } from '../controls/useNumberEntry';

const guessSelector = (st: AppState) => st.guess;
const revealedSelector = (st: AppState) => st.revealed;

/**
 * Predict first on or off, as a button or a key asks: turned on, the cursor goes to the guess once
 * the panel is on screen, so a keyboard user can type at once.
 */
export function togglePredictAndFocus(): void {
  const on = !useAppStore.getState().view.predict;
  togglePredict();
  if (!on) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>('.predict input')?.focus(),
    ),
  );
}

const streamSelector = (st: AppState) => st.stream;

export function PredictPanel() {
  const guess = useAppStore(guessSelector);
  const revealed = useAppStore(revealedSelector);
  const s = useDisplayedScenario();
  const units = useLengthFormat();
  const id = useId();
  const goal = selectGoal(s);
  const ideal = goal.ideal;
  const name = idealName(goal, units);
  // A loaded preset asks its own question, and the reveal gives its answer and lesson.
  // A stream preset's question is about its own panel, not about this guess.
  const streamSettings = useAppStore(streamSelector);
  const found = presetOf(s, streamSettings);
  const match = found?.preset.focus === 'stream' ? null : found;
  const st = useAppStore.getState;
  // Typed guesses apply on Enter or on leaving the field, like every other number on the page.
  // The guess is held in cm, like every length; the field shows and takes the page's unit.
  const shown = guess === null ? null : units.toShown(guess);
  const entry = useNumberEntry({
    value: shown,
    text: shown === null ? '' : String(Number(shown.toFixed(2))),
    rules: { min: 0, max: Number(units.toShown(300).toFixed(1)) },
    commit: (v) => st().setGuess(units.fromShown(v)),
    clear: () => st().setGuess(null),
  });
  return (
    <section className="predict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Predict, then reveal</h2>
      {match ? (
        <p className="predict-question">
          <strong>
            Preset {match.index + 1}: {match.preset.name}.
          </strong>{' '}
          {units.prose(match.preset.question)}
        </p>
      ) : null}
      {revealed && guess !== null ? (
        <>
          <p aria-live="polite">
            Your guess was <strong>{units.length(guess)}</strong>; the {name} is{' '}
            <strong>{units.length(ideal)}</strong>, so you were{' '}
            {units.length(Math.abs(guess - ideal), 2)}{' '}
            {guess > ideal ? 'too high' : guess < ideal ? 'too low' : 'spot on'}.
          </p>
          {match ? (
            <p className="predict-lesson">
              <strong>Answer.</strong> {units.prose(match.preset.answer)} <strong>Lesson.</strong>{' '}
              {units.prose(match.preset.lesson)}
            </p>
          ) : null}
        </>
      ) : (
        <p>
          {match ? 'Where should θ end up to do that?' : 'Where should θ end up?'} Drag on the drift
          chart to place your guess for the {name} (or type it), then reveal the answer.
        </p>
      )}
      <div className="predict-row">
        <label htmlFor={`${id}-guess`}>Your guess ({units.unit})</label>
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
