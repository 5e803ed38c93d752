/** The guided tour: one preset per step, a question first, the answer on request, and where to look. */
import { useEffect, useRef } from 'react';
import { useLengthFormat } from '../../state/useLengthFormat';
import { tourEnd, tourMove } from '../../state/lecture';
import { PRESETS } from '../../state/presets';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { presetWho } from '../goalWords';

const stepSelector = (st: AppState) => st.tourStep;
const answerSelector = (st: AppState) => st.tourAnswer;

const CHART_NAMES = {
  drift: 'the drift chart',
  losses: 'the loss chart',
  data: 'the data chart',
  sweep: 'the size sweep',
  stream: 'the stream of rounds',
};

export function TourPanel() {
  const step = useAppStore(stepSelector);
  const answer = useAppStore(answerSelector);
  const units = useLengthFormat();
  const preset = step === null ? null : PRESETS[step];
  // Once the answer is out, the keyboard is on Next: the answer button it pressed is gone.
  const next = useRef<HTMLButtonElement>(null);
  const showAnswer = () => {
    useAppStore.getState().setTourAnswer(true);
    requestAnimationFrame(() => next.current?.focus());
  };
  useEffect(() => {
    if (!preset) return;
    const el = document.getElementById(preset.focus);
    el?.classList.add('is-focus');
    return () => el?.classList.remove('is-focus');
  }, [preset]);
  if (step === null || !preset) return null;
  return (
    <section className="tour" aria-labelledby="tour-title" aria-live="polite">
      <div className="tour-head">
        <h2 id="tour-title">
          Tour, step {step + 1} of {PRESETS.length}: {preset.name}
        </h2>
        <progress max={PRESETS.length} value={step + 1} aria-label="Tour progress">
          {step + 1} of {PRESETS.length}
        </progress>
      </div>
      {step === 0 ? (
        <p className="tour-note">
          The tour loads its own settings at each step; yours come back when you end it.
        </p>
      ) : null}
      <p className="tour-question">
        <strong>Question.</strong> {units.prose(preset.question)}
      </p>
      {answer ? (
        <>
          <p className="tour-answer">
            <strong>Answer.</strong> {units.prose(preset.answer)}
          </p>
          <p className="tour-look">
            See it on <a href={`#${preset.focus}`}>{CHART_NAMES[preset.focus]}</a>.
          </p>
          <p className="tour-lesson">
            <strong>Lesson</strong> (θ for {presetWho(preset, preset.patch)}).{' '}
            {units.prose(preset.lesson)}
          </p>
        </>
      ) : (
        <button type="button" onClick={showAnswer} title="Show the answer (A)">
          Show the answer
        </button>
      )}
      <div className="tour-nav">
        <button
          type="button"
          onClick={() => tourMove(-1)}
          disabled={step === 0}
          title="Previous step (B)"
        >
          ← Previous
        </button>
        <button
          type="button"
          ref={next}
          onClick={() => tourMove(1)}
          disabled={step === PRESETS.length - 1}
          title="Next step (N)"
        >
          Next →
        </button>
        <button type="button" className="ghost" onClick={tourEnd}>
          End the tour
        </button>
      </div>
    </section>
  );
}
