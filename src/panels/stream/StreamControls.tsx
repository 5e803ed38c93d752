/** The stream's settings: the rounds, how the population drifts, and each learner's knob, with "Match the filter". */
import { t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { formatNumber } from '../../i18n/numbers';
import { formatFixed, formatInt, formatSig } from '../../ui/format';
import type { LengthFormat } from '../../ui/format';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { selectStreamRun } from '../../state/streamDerived';
import type { StreamDerived } from '../../state/streamDerived';
import { DRIFT_KINDS, STREAM_LIMITS } from '../../state/streamSettings';
import type { DriftKind, StreamSettings } from '../../state/streamSettings';
import { useLengthFormat } from '../../state/useLengthFormat';
import { RichMessage } from '../../ui/RichMessage';
import { NumberControl } from '../controls/NumberControl';
import type { SliderScale } from '../controls/sliderScale';
import { percentText } from './streamWords';

const streamSelector = (st: AppState) => st.stream;

const DRIFT_NAMES: Record<DriftKind, MessageKey> = {
  none: 'stream.drift.kind.none',
  trend: 'stream.drift.kind.trend',
  jump: 'stream.drift.kind.jump',
  walk: 'stream.drift.kind.walk',
};

const SIZE_LABELS: Record<DriftKind, MessageKey> = {
  none: 'stream.drift.size.none',
  trend: 'stream.drift.size.trend',
  jump: 'stream.drift.size.jump',
  walk: 'stream.drift.size.walk',
};

const rounds = (n: number) => t('stream.count.rounds', { count: n });
const heights = (n: number) => t('controls.count.heights', { count: n });
const steps = (n: number) => t('controls.count.steps', { count: n });
const threeDigits = (v: number) => formatSig(v, 3);

// Handlers read the store when they run: the memoised controls may hold an older closure.
const set = (patch: Partial<StreamSettings>) => useAppStore.getState().setStream(patch);
const L = STREAM_LIMITS;

/** What a field's changing parts are worked out from. */
interface FieldContext {
  s: Readonly<StreamSettings>;
  d: StreamDerived;
  units: LengthFormat;
}

type NumericSetting = Exclude<keyof typeof STREAM_LIMITS, 'seed'>;

/** One numeric setting's control; its limits are the setting's own unless `min` says otherwise. */
interface StreamField {
  setting: NumericSetting;
  group: 'rounds' | 'drift' | 'knobs';
  label: MessageKey | ((s: Readonly<StreamSettings>) => MessageKey);
  format: (v: number) => string;
  scale?: SliderScale;
  integer?: boolean;
  step?: number;
  length?: boolean;
  /** Shown only while this holds. */
  when?: (s: Readonly<StreamSettings>) => boolean;
  value?: (s: Readonly<StreamSettings>) => number;
  min?: (s: Readonly<StreamSettings>) => number;
  disabled?: (s: Readonly<StreamSettings>) => boolean;
  hint?: (c: FieldContext) => string | undefined;
}

const FIELDS: readonly StreamField[] = [
  {
    setting: 'rounds',
    group: 'rounds',
    label: 'stream.rounds.label',
    scale: 'log',
    integer: true,
    format: rounds,
  },
  {
    setting: 'batch',
    group: 'rounds',
    label: 'stream.batch.label',
    scale: 'log',
    integer: true,
    format: heights,
    hint: ({ d, units }) => t('stream.batch.hint', { noise: units.area(d.roundNoise) }),
  },
  {
    setting: 'std',
    group: 'rounds',
    label: 'stream.std.label',
    step: 0.5,
    length: true,
    format: (v) => formatFixed(v, 1),
  },
  {
    setting: 'n0',
    group: 'rounds',
    label: 'stream.n0.label',
    scale: 'log',
    integer: true,
    format: heights,
  },
  {
    setting: 'driftSize',
    group: 'drift',
    label: (s) => SIZE_LABELS[s.driftKind],
    value: (s) => (s.driftKind === 'walk' ? Math.abs(s.driftSize) : s.driftSize),
    min: (s) => (s.driftKind === 'walk' ? 0 : L.driftSize.min),
    step: 0.05,
    length: true,
    format: threeDigits,
    disabled: (s) => s.driftKind === 'none',
    hint: ({ s }) =>
      s.driftKind === 'trend'
        ? t('stream.drift.hint.trend')
        : s.driftKind === 'walk'
          ? t('stream.drift.hint.walk')
          : undefined,
  },
  {
    setting: 'jumpAt',
    group: 'drift',
    label: 'stream.jumpAt.label',
    when: (s) => s.driftKind === 'jump',
    integer: true,
    format: (v) => t('stream.jumpAt.shown', { round: formatInt(v) }),
  },
  {
    setting: 'window',
    group: 'knobs',
    label: 'stream.window.label',
    scale: 'log',
    integer: true,
    format: rounds,
  },
  {
    setting: 'steps',
    group: 'knobs',
    label: 'stream.steps.label',
    scale: 'log1p',
    integer: true,
    format: steps,
    hint: ({ d }) => t('stream.steps.hint', { alpha: percentText(d.alpha, 3) }),
  },
  {
    setting: 'lr',
    group: 'knobs',
    label: 'stream.lr.label',
    step: 0.005,
    format: (v) => `η = ${formatSig(v)}`,
  },
  {
    setting: 'filterQ',
    group: 'knobs',
    label: 'stream.filterQ.label',
    step: 0.05,
    length: true,
    format: threeDigits,
    hint: () => t('stream.filterQ.hint'),
  },
];

/** The controls of one group of settings, in the table's order. */
function Fields({ group, c }: { group: StreamField['group']; c: FieldContext }) {
  const { s } = c;
  return FIELDS.filter((f) => f.group === group && (f.when?.(s) ?? true)).map((f) => (
    <NumberControl
      key={f.setting}
      label={t(typeof f.label === 'function' ? f.label(s) : f.label)}
      value={f.value ? f.value(s) : s[f.setting]}
      onChange={(v) => {
        const patch: Partial<StreamSettings> = {};
        patch[f.setting] = v;
        set(patch);
      }}
      min={f.min ? f.min(s) : L[f.setting].min}
      max={L[f.setting].max}
      step={f.step}
      scale={f.scale}
      integer={f.integer}
      length={f.length}
      format={f.format}
      disabled={f.disabled?.(s)}
      hint={f.hint?.(c)}
    />
  ));
}

/** A seed names a draw: shown as its digits, without thousands groups. */
const seedText = (seed: number) => formatNumber(seed, { useGrouping: false });

export function StreamControls() {
  const s = useAppStore(streamSelector);
  const units = useLengthFormat();
  const d = selectStreamRun(s);
  const c: FieldContext = { s, d, units };
  const match = d.stepsMatch;
  const matchHint =
    match === null
      ? t('stream.match.hint.none')
      : t('stream.match.hint.value', {
          steps: formatSig(d.stepsStar, 3),
          gain: percentText(d.steady.gain, 2),
        });
  return (
    <div className="stream-controls" aria-label={t('stream.controls.label')} role="group">
      <fieldset className="group">
        <legend>{t('stream.rounds.legend')}</legend>
        <Fields group="rounds" c={c} />
        <div className="control seed">
          <span>
            <RichMessage
              id="stream.seed.text"
              parts={{ seed: <strong>{seedText(s.seed)}</strong> }}
            />
          </span>
          <button
            type="button"
            onClick={() =>
              set({ seed: (useAppStore.getState().stream.seed + 1) % (L.seed.max + 1) })
            }
          >
            {t('stream.seed.drawNew')}
          </button>
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>{t('stream.drift.legend')}</legend>
        <div role="radiogroup" aria-label={t('stream.drift.label')} className="drift-kinds">
          {DRIFT_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="stream-drift"
                checked={s.driftKind === k}
                onChange={() => set({ driftKind: k })}
              />
              {t(DRIFT_NAMES[k])}
            </label>
          ))}
        </div>
        <Fields group="drift" c={c} />
      </fieldset>
      <fieldset className="group">
        <legend>{t('stream.knobs.legend')}</legend>
        <Fields group="knobs" c={c} />
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
            {match === null
              ? t('stream.match.button')
              : t('stream.match.buttonWith', { steps: formatInt(match) })}
          </button>
          <p className="control-hint">{matchHint}</p>
        </div>
      </fieldset>
    </div>
  );
}
