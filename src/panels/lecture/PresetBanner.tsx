/** Which preset is loaded, whom its θ is for, and its one-line lesson, while its settings are untouched. */
import { t } from '../../i18n/catalogue';
import { formatInt } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { useDisplayedScenario } from '../../state/displayed';
import { useQuestionOpen } from '../../state/hooks';
import { presetOf } from '../../state/presetMatch';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { presetWho } from '../goalWords';
import { presetLesson, presetName } from './presetText';

const tourSelector = (st: AppState) => st.tourStep;
const streamSelector = (st: AppState) => st.stream;

export function PresetBanner() {
  const s = useDisplayedScenario();
  const questionOpen = useQuestionOpen();
  const units = useLengthFormat();
  const match = presetOf(s, useAppStore(streamSelector));
  // While a question is open (the tour, predict mode) the lesson would give the answer away; the
  // tour shows it with its answer.
  const touring = useAppStore(tourSelector) !== null;
  if (!match || questionOpen || touring) return null;
  const { preset, index } = match;
  return (
    <section className="preset-banner" aria-label={t('lecture.banner.label')}>
      <p>
        <strong>
          {t('lecture.banner.preset', { number: formatInt(index + 1), name: presetName(preset) })}
        </strong>{' '}
        {t('lecture.banner.who', { who: presetWho(preset, s) })}
      </p>
      <p className="preset-lesson">{presetLesson(preset, units)}</p>
    </section>
  );
}
