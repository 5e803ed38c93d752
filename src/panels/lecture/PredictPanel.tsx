/** Predict, then reveal: the student places a guess for the ideal before the page shows it. */
import { useId } from 'react';
import { t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { formatNumber } from '../../i18n/numbers';
import { formatInt } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { useDisplayedScenario } from '../../state/displayed';
import { useAppStore } from '../../state/store';
import { selectGoal } from '../../state/goal';
import { idealName } from '../goalWords';
import { presetOf } from '../../state/presetMatch';
import type { AppState } from '../../state/store';
import { useNumberEntry } from '../controls/useNumberEntry';
import { presetAnswer, presetLesson, presetName, presetQuestion } from './presetText';
import { tRich } from '../../ui/RichMessage';
import { focusGuess } from './predictToggle';

const guessSelector = (st: AppState) => st.guess;
const revealedSelector = (st: AppState) => st.revealed;

const streamSelector = (st: AppState) => st.stream;

/** The reveal's sentence, by which side of the ideal the guess fell. */
function verdictKey(guess: number, ideal: number): MessageKey {
  if (guess > ideal) return 'lecture.predict.result.high';
  if (guess < ideal) return 'lecture.predict.result.low';
  return 'lecture.predict.result.exact';
}

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
    text:
      shown === null ? '' : formatNumber(shown, { maximumFractionDigits: 2, useGrouping: false }),
    rules: { min: 0, max: Number(units.toShown(300).toFixed(1)) },
    commit: (v) => st().setGuess(units.fromShown(v)),
    clear: () => st().setGuess(null),
  });
  return (
    <section className="predict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lecture.predict.title')}</h2>
      {match ? (
        <p className="predict-question">
          <strong>
            {t('lecture.predict.preset', {
              number: formatInt(match.index + 1),
              name: presetName(match.preset),
            })}
          </strong>{' '}
          {presetQuestion(match.preset, units)}
        </p>
      ) : null}
      {revealed && guess !== null ? (
        <>
          <p aria-live="polite">
            {tRich(
              verdictKey(guess, ideal),
              { name, off: units.length(Math.abs(guess - ideal), 2) },
              {
                guess: <strong>{units.length(guess)}</strong>,
                ideal: <strong>{units.length(ideal)}</strong>,
              },
            )}
          </p>
          {match ? (
            <p className="predict-lesson">
              <strong>{t('lecture.predict.answer')}</strong> {presetAnswer(match.preset, units)}{' '}
              <strong>{t('lecture.predict.lesson')}</strong> {presetLesson(match.preset, units)}
            </p>
          ) : null}
        </>
      ) : (
        <p>
          {t(match ? 'lecture.predict.ask.preset' : 'lecture.predict.ask.plain')}{' '}
          {t('lecture.predict.howTo', { name })}
        </p>
      )}
      <div className="predict-row">
        <label htmlFor={`${id}-guess`}>{t('lecture.predict.guess', { unit: units.unit })}</label>
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
            {t('lecture.predict.again')}
          </button>
        ) : (
          // Not disabled, which would drop it from Tab's order: a guess typed and left with Tab
          // is applied as the focus leaves, so the next press of Reveal has one.
          <button
            type="button"
            aria-disabled={guess === null}
            onClick={() => (guess === null ? focusGuess() : st().reveal())}
          >
            {t('lecture.predict.reveal')}
          </button>
        )}
        <button type="button" className="ghost" onClick={() => st().setView({ predict: false })}>
          {t('lecture.predict.leave')}
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
