/** The guided tour: one preset per step, a question first, the answer on request, and where to look. */
import { useEffect, useRef } from 'react';
import { useMoreBelow } from '../../ui/useMoreBelow';
import { t, useLaterWords } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { formatInt } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { tourEnd, tourMove } from '../../state/lecture';
import { PRESETS } from '../../state/presets';
import type { Preset } from '../../state/presets';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { presetWho } from '../goalWords';
import { presetAnswer, presetLesson, presetName, presetQuestion } from './presetText';
import { tRich } from '../../ui/RichMessage';

const stepSelector = (st: AppState) => st.tourStep;
const answerSelector = (st: AppState) => st.tourAnswer;

/** Each chart a step points at, named as "See it on …" names it. */
const CHART_NAMES: Readonly<Record<Preset['focus'], MessageKey>> = {
  drift: 'lecture.tour.chart.drift',
  losses: 'lecture.tour.chart.losses',
  data: 'lecture.tour.chart.data',
  sweep: 'lecture.tour.chart.sweep',
  stream: 'lecture.tour.chart.stream',
};

export function TourPanel() {
  const step = useAppStore(stepSelector);
  const answer = useAppStore(answerSelector);
  const units = useLengthFormat();
  // The questions and answers are among the later words (see src/i18n/parts.ts).
  const words = useLaterWords();
  const preset = step === null ? null : PRESETS[step];
  // Once the answer is out, the keyboard is on Next: the answer button it pressed is gone.
  const next = useRef<HTMLButtonElement>(null);
  // On a projector a long answer can run past the tour's box: the box says so, takes focus, and
  // the arrow keys scroll it (useShortcuts), with the buttons below it always in sight.
  const body = useRef<HTMLDivElement>(null);
  const { scrolls, below } = useMoreBelow(body, `${step}:${answer}:${words}`);
  const showAnswer = () => {
    useAppStore.getState().setTourAnswer(true);
    requestAnimationFrame(() => next.current?.focus());
  };
  // A new step starts at the top of its text, wherever the last one was scrolled to.
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [step]);
  useEffect(() => {
    if (!preset) return;
    const el = document.getElementById(preset.focus);
    el?.classList.add('is-focus');
    return () => el?.classList.remove('is-focus');
  }, [preset]);
  if (step === null || !preset) return null;
  const place = { step: formatInt(step + 1), total: formatInt(PRESETS.length) };
  return (
    <section className="tour" aria-labelledby="tour-title" aria-live="polite">
      <div className="tour-head">
        <h2 id="tour-title">{t('lecture.tour.title', { ...place, name: presetName(preset) })}</h2>
        <progress max={PRESETS.length} value={step + 1} aria-label={t('lecture.tour.progress')}>
          {t('lecture.tour.progress.value', place)}
        </progress>
      </div>
      <div
        ref={body}
        className="tour-body"
        data-more-below={below || undefined}
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls ? t('lecture.tour.body') : undefined}
      >
        {step === 0 ? <p className="tour-note">{t('lecture.tour.note')}</p> : null}
        <p className="tour-question">
          <strong>{t('lecture.tour.question')}</strong>{' '}
          {words ? presetQuestion(preset, units) : t('lecture.loadingWords')}
        </p>
        {answer ? (
          <>
            <p className="tour-answer">
              <strong>{t('lecture.tour.answer')}</strong>{' '}
              {words ? presetAnswer(preset, units) : t('lecture.loadingWords')}
            </p>
            <p className="tour-look">
              {tRich(
                'lecture.tour.look',
                {},
                { chart: <a href={`#${preset.focus}`}>{t(CHART_NAMES[preset.focus])}</a> },
              )}
            </p>
            <p className="tour-lesson">
              {tRich(
                'lecture.tour.lesson',
                { who: presetWho(preset, preset.patch) },
                { label: <strong>{t('lecture.tour.lesson.label')}</strong> },
              )}{' '}
              {presetLesson(preset, units)}
            </p>
          </>
        ) : (
          <button type="button" onClick={showAnswer} title={t('lecture.tour.show.title')}>
            {t('lecture.tour.show')}
          </button>
        )}
      </div>
      {/* Kept in its place once the text scrolls, so the box does not change height as it does. */}
      {scrolls ? (
        <p
          className="tour-more"
          aria-hidden="true"
          style={below ? undefined : { visibility: 'hidden' }}
        >
          {t('lecture.tour.more')}
        </p>
      ) : null}
      <div className="tour-nav">
        <button
          type="button"
          onClick={() => tourMove(-1)}
          disabled={step === 0}
          title={t('lecture.tour.previous.title')}
        >
          {t('lecture.tour.previous')}
        </button>
        <button
          type="button"
          ref={next}
          onClick={() => tourMove(1)}
          disabled={step === PRESETS.length - 1}
          title={t('lecture.tour.next.title')}
        >
          {t('lecture.tour.next')}
        </button>
        <button type="button" className="ghost" onClick={tourEnd}>
          {t('lecture.tour.end')}
        </button>
      </div>
    </section>
  );
}
