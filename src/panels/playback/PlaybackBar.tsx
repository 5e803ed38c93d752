/** Play, pause, step and scrub through the run; the charts reveal it up to the playhead. */
import { formatInt } from '../../ui/format';
import { t } from '../../i18n/catalogue';
import { useQuestionOpen, useShownStep } from '../../state/hooks';
import { useDisplayedRun, useDisplayedScenario, useDisplayedTotal } from '../../state/displayed';
import { SPEEDS, useAppStore } from '../../state/store';
import type { AppState, Speed } from '../../state/store';
import { IconBack, IconEnd, IconForward, IconPause, IconPlay, IconRewind } from './icons';

const playingSelector = (st: AppState) => st.playing;
const speedSelector = (st: AppState) => st.speed;

const speedLabel = (v: Speed) =>
  v === Infinity ? t('playback.speed.instant') : t('playback.speed.rate', { rate: formatInt(v) });

export function PlaybackBar() {
  const s = useDisplayedScenario();
  const total = useDisplayedTotal();
  const playing = useAppStore(playingSelector);
  const speed = useAppStore(speedSelector);
  const api = useAppStore.getState;
  const run = useDisplayedRun();
  const questionOpen = useQuestionOpen();
  // While a question is open the scrubber and its words stop where the readout and the chart do
  // (the readout says why): they would otherwise name a step nothing on the page shows.
  const at = Math.min(useShownStep(s.preSteps), total);
  const last = run.result ? run.result.theta.length - 1 : at;
  let where =
    at <= s.preSteps
      ? t('playback.where.pre', { step: formatInt(at), total: formatInt(total) })
      : t('playback.where.fine', {
          step: formatInt(at),
          total: formatInt(total),
          ftStep: formatInt(at - s.preSteps),
        });
  // The readout shows θ where the run ended; say so here too, so the two name the same step.
  // (Not while a question is open: how the run ended is part of the answer.)
  if (at > last && !questionOpen)
    where += ` · ${t(
      run.result?.diverged ? 'playback.where.leftScale' : 'playback.where.stoppedEarly',
      { step: formatInt(last) },
    )}`;
  return (
    <div className="playback" role="group" aria-label={t('playback.label')}>
      <div className="playback-buttons">
        <button
          type="button"
          onClick={() => api().rewind()}
          aria-label={t('playback.rewind.label')}
          title={t('playback.rewind.title')}
        >
          <IconRewind />
        </button>
        <button
          type="button"
          onClick={() => api().stepBy(-1)}
          aria-label={t('playback.back.label')}
          title={t('playback.back.title')}
        >
          <IconBack />
        </button>
        <button
          type="button"
          className="play"
          onClick={() => api().togglePlay()}
          aria-label={t(playing ? 'playback.pause' : 'playback.play')}
          title={t('playback.toggle.title')}
        >
          {playing ? <IconPause /> : <IconPlay />}
        </button>
        <button
          type="button"
          onClick={() => api().stepBy(1)}
          aria-label={t('playback.forward.label')}
          title={t('playback.forward.title')}
        >
          <IconForward />
        </button>
        <button
          type="button"
          onClick={() => api().setPlayhead(total)}
          aria-label={t('playback.end')}
          title={t('playback.end')}
        >
          <IconEnd />
        </button>
      </div>
      <label className="scrubber">
        <span className="visually-hidden">{t('playback.scrubber')}</span>
        <input
          type="range"
          min={0}
          max={total}
          step={1}
          value={at}
          onChange={(e) => api().setPlayhead(Number(e.target.value))}
          aria-valuetext={where}
        />
      </label>
      <span className="playback-where" aria-hidden="true">
        {where}
      </span>
      <label className="speed">
        {t('playback.speed.label')}
        <select
          value={String(speed)}
          onChange={(e) => api().setSpeed(Number(e.target.value) as Speed)}
        >
          {SPEEDS.map((v) => (
            <option key={String(v)} value={String(v)}>
              {speedLabel(v)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
