/** The stream's settings: the rounds, how the population drifts, and each learner's knob, with "Match the filter". */
import { formatInt, formatSig } from '../../ui/format';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { selectStreamRun } from '../../state/streamDerived';
import { DRIFT_KINDS, STREAM_LIMITS } from '../../state/streamSettings';
import type { DriftKind, StreamSettings } from '../../state/streamSettings';
import { useLengthFormat } from '../../state/useLengthFormat';
import { NumberControl } from '../controls/NumberControl';

const streamSelector = (st: AppState) => st.stream;

const DRIFT_NAMES: Record<DriftKind, string> = {
  none: 'None',
  trend: 'Trend',
  jump: 'Jump',
  walk: 'Random walk',
};

const SIZE_LABELS: Record<DriftKind, string> = {
  none: 'Drift size',
  trend: 'Rise per round',
  jump: 'Jump size',
  walk: 'Walk step per round',
};

const count = (one: string, many: string) => (n: number) =>
  `${formatInt(n)} ${n === 1 ? one : many}`;

// Handlers read the store when they run: the memoised controls may hold an older closure.
const set = (patch: Partial<StreamSettings>) => useAppStore.getState().setStream(patch);
const L = STREAM_LIMITS;

export function StreamControls() {
  const s = useAppStore(streamSelector);
  const units = useLengthFormat();
  const d = selectStreamRun(s);
  const match = d.stepsMatch;
  const gain = `${formatSig(d.steady.gain * 100, 2)} %`;
  const matchHint =
    match === null
      ? 'S* exists only for a rate 0 < η < ½, where each step shrinks the gap without overshooting.'
      : `S* = ln(1 − K*)/ln(1 − 2η) = ${formatSig(d.stepsStar, 3)}: then α = 1 − (1 − 2η)^S is the filter’s steady gain K* = ${gain}.`;
  return (
    <div className="stream-controls" aria-label="Stream settings" role="group">
      <fieldset className="group">
        <legend>The rounds</legend>
        <NumberControl
          label="Rounds"
          value={s.rounds}
          onChange={(v) => set({ rounds: v })}
          min={L.rounds.min}
          max={L.rounds.max}
          scale="log"
          integer
          format={count('round', 'rounds')}
        />
        <NumberControl
          label="Heights per round"
          value={s.batch}
          onChange={(v) => set({ batch: v })}
          min={L.batch.min}
          max={L.batch.max}
          scale="log"
          integer
          format={count('height', 'heights')}
          hint={`A round’s mean varies by σ²/b = ${units.area(d.roundNoise)}.`}
        />
        <NumberControl
          label="Spread of heights"
          value={s.std}
          onChange={(v) => set({ std: v })}
          min={L.std.min}
          max={L.std.max}
          step={0.5}
          length
          format={(v) => v.toFixed(1)}
        />
        <NumberControl
          label="Pre-training heights"
          value={s.n0}
          onChange={(v) => set({ n0: v })}
          min={L.n0.min}
          max={L.n0.max}
          scale="log"
          integer
          format={count('height', 'heights')}
        />
        <div className="control seed">
          <span>
            Seed <strong>{s.seed}</strong>: the same seed draws the same rounds.
          </span>
          <button
            type="button"
            onClick={() =>
              set({ seed: (useAppStore.getState().stream.seed + 1) % (L.seed.max + 1) })
            }
          >
            Draw new rounds
          </button>
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>How the population drifts</legend>
        <div role="radiogroup" aria-label="Drift kind" className="drift-kinds">
          {DRIFT_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="stream-drift"
                checked={s.driftKind === k}
                onChange={() => set({ driftKind: k })}
              />
              {DRIFT_NAMES[k]}
            </label>
          ))}
        </div>
        <NumberControl
          label={SIZE_LABELS[s.driftKind]}
          value={s.driftKind === 'walk' ? Math.abs(s.driftSize) : s.driftSize}
          onChange={(v) => set({ driftSize: v })}
          min={s.driftKind === 'walk' ? 0 : L.driftSize.min}
          max={L.driftSize.max}
          step={0.05}
          length
          format={(v) => formatSig(v, 3)}
          disabled={s.driftKind === 'none'}
          hint={
            s.driftKind === 'trend'
              ? 'The true mean moves this much every round.'
              : s.driftKind === 'walk'
                ? 'The standard deviation q of the true mean’s step each round.'
                : undefined
          }
        />
        {s.driftKind === 'jump' ? (
          <NumberControl
            label="Jump round"
            value={s.jumpAt}
            onChange={(v) => set({ jumpAt: v })}
            min={L.jumpAt.min}
            max={L.jumpAt.max}
            integer
            format={(v) => `round ${formatInt(v)}`}
          />
        ) : null}
      </fieldset>
      <fieldset className="group">
        <legend>The learners’ knobs</legend>
        <NumberControl
          label="Window W"
          value={s.window}
          onChange={(v) => set({ window: v })}
          min={L.window.min}
          max={L.window.max}
          scale="log"
          integer
          format={count('round', 'rounds')}
        />
        <NumberControl
          label="Steps per round S"
          value={s.steps}
          onChange={(v) => set({ steps: v })}
          min={L.steps.min}
          max={L.steps.max}
          scale="log1p"
          integer
          format={count('step', 'steps')}
          hint={`Each round θ moves α = 1 − (1 − 2η)^S = ${formatSig(d.alpha * 100, 3)} % of the way to the round’s mean.`}
        />
        <NumberControl
          label="Rate η per step"
          value={s.lr}
          onChange={(v) => set({ lr: v })}
          min={L.lr.min}
          max={L.lr.max}
          step={0.005}
          format={(v) => `η = ${formatSig(v)}`}
        />
        <NumberControl
          label="Filter’s assumed q"
          value={s.filterQ}
          onChange={(v) => set({ filterQ: v })}
          min={L.filterQ.min}
          max={L.filterQ.max}
          step={0.05}
          length
          format={(v) => formatSig(v, 3)}
          hint="How far the filter believes the true mean steps each round."
        />
        <div className="control">
          <button
            type="button"
            className="match-filter"
            disabled={match === null}
            onClick={() => {
              const now = selectStreamRun(useAppStore.getState().stream).stepsMatch;
              if (now !== null) set({ steps: now });
            }}
          >
            Match the filter{match === null ? '' : `: S = ${formatInt(match)}`}
          </button>
          <p className="control-hint">{matchHint}</p>
        </div>
      </fieldset>
    </div>
  );
}
