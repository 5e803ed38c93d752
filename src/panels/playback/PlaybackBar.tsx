/** Play, pause, step and scrub through the run; the charts reveal it up to the playhead. */
import { formatInt } from '../../ui/format';
import { usePlayhead, useQuestionOpen } from '../../state/hooks';
import { useDisplayedRun, useDisplayedScenario, useDisplayedTotal } from '../../state/displayed';
import { SPEEDS, useAppStore } from '../../state/store';
import type { AppState, Speed } from '../../state/store';
import { IconBack, IconEnd, IconForward, IconPause, IconPlay, IconRewind } from './icons';

const playingSelector = (st: AppState) => st.playing;
const speedSelector = (st: AppState) => st.speed;

const speedLabel = (v: Speed) => (v === Infinity ? 'Instant' : `${formatInt(v)} steps/s`);

export function PlaybackBar() {
  const s = useDisplayedScenario();
  const playhead = usePlayhead();
  const total = useDisplayedTotal();
  const playing = useAppStore(playingSelector);
  const speed = useAppStore(speedSelector);
  const api = useAppStore.getState;
  const run = useDisplayedRun();
  const questionOpen = useQuestionOpen();
  const at = Math.min(playhead, total);
  const last = run.result ? run.result.theta.length - 1 : at;
  let where =
    at <= s.preSteps
      ? `step ${formatInt(at)} of ${formatInt(total)}, pre-training`
      : `step ${formatInt(at)} of ${formatInt(total)}, fine-tuning step ${formatInt(at - s.preSteps)}`;
  // The readout shows θ where the run ended; say so here too, so the two name the same step.
  // (Not while a question is open: how the run ended is part of the answer.)
  if (at > last && !questionOpen)
    where += run.result?.diverged
      ? ` · θ left every scale after step ${formatInt(last)}`
      : ` · the run stopped early at step ${formatInt(last)}`;
  return (
    <div className="playback" role="group" aria-label="Playback">
      <div className="playback-buttons">
        <button
          type="button"
          onClick={() => api().rewind()}
          aria-label="Reset to step 0"
          title="Reset (R)"
        >
          <IconRewind />
        </button>
        <button
          type="button"
          onClick={() => api().stepBy(-1)}
          aria-label="Step back"
          title="Step back (←)"
        >
          <IconBack />
        </button>
        <button
          type="button"
          className="play"
          onClick={() => api().togglePlay()}
          aria-label={playing ? 'Pause' : 'Play'}
          title="Play or pause (space)"
        >
          {playing ? <IconPause /> : <IconPlay />}
        </button>
        <button
          type="button"
          onClick={() => api().stepBy(1)}
          aria-label="Step forward"
          title="Step forward (→)"
        >
          <IconForward />
        </button>
        <button
          type="button"
          onClick={() => api().setPlayhead(total)}
          aria-label="Jump to the end"
          title="Jump to the end"
        >
          <IconEnd />
        </button>
      </div>
      <label className="scrubber">
        <span className="visually-hidden">Training step</span>
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
        Speed
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
