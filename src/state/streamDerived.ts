/**
 * Everything the stream panel shows that follows from the stream's settings: the rounds, each
 * learner's path and mean excess error, the winner, and the filter's steady state with the
 * fine-tuning schedule S* that matches it. Memoised on the settings each part reads.
 */
import {
  fineTuneAlpha,
  steadyFilter,
  stepsForGain,
  streamBest,
  streamLearn,
  streamSample,
} from '../core/index';
import type { LearnerPath, SteadyFilter, Stream } from '../core/index';
import type { StreamErrorBar, StreamRow } from '../ui/chartRows';
import { keepLastTwo, pickFields } from './memo';
import { STREAM_LEARNERS, STREAM_LIMITS, streamLearner, streamSpec } from './streamSettings';
import type { StreamLearnerId, StreamSettings } from './streamSettings';

export interface StreamDerived {
  stream: Stream;
  paths: Readonly<Record<StreamLearnerId, LearnerPath>>;
  /** The learner with the least mean excess error over the rounds. */
  best: StreamLearnerId;
  /** The learners from least mean excess error to most (diverged runs last). */
  ranking: readonly StreamLearnerId[];
  /** A round mean's sampling variance, r = σ²/b (cm²). */
  roundNoise: number;
  /** The share of the gap to each round's mean that S steps at η close, α = 1 − (1 − 2η)^S. */
  alpha: number;
  /** The steady state of the filter for the walk it assumes. */
  steady: SteadyFilter;
  /** Steps per round at η whose α is the filter's steady gain, unrounded; NaN outside 0 < η < ½. */
  stepsStar: number;
  /** S* as a whole number the steps control can take, or null when there is none. */
  stepsMatch: number | null;
}

const SAMPLE_FIELDS = [
  'rounds',
  'batch',
  'std',
  'n0',
  'driftKind',
  'driftSize',
  'jumpAt',
  'seed',
] as const satisfies readonly (keyof StreamSettings)[];

type SampleKey = Pick<StreamSettings, (typeof SAMPLE_FIELDS)[number]>;

const sampleMemo = keepLastTwo((k: SampleKey): Stream =>
  streamSample(streamSpec({ ...k } as StreamSettings)),
);

const derivedMemo = keepLastTwo((k: StreamSettings & { stream: Stream }): StreamDerived => {
  const { stream } = k;
  const list = STREAM_LEARNERS.map((id) => streamLearn(stream, streamLearner(id, k)));
  const paths = Object.fromEntries(STREAM_LEARNERS.map((id, i) => [id, list[i]!])) as Record<
    StreamLearnerId,
    LearnerPath
  >;
  const best = STREAM_LEARNERS[streamBest(list)]!;
  const ranking = [...STREAM_LEARNERS].sort(
    (a, b) =>
      paths[a].meanExcess - paths[b].meanExcess ||
      STREAM_LEARNERS.indexOf(a) - STREAM_LEARNERS.indexOf(b),
  );
  const roundNoise = (k.std * k.std) / k.batch;
  const steady = steadyFilter(k.filterQ, roundNoise);
  const stepsStar = stepsForGain(steady.gain, k.lr);
  const whole = Math.round(stepsStar);
  const stepsMatch =
    Number.isFinite(stepsStar) && whole <= STREAM_LIMITS.steps.max ? Math.max(0, whole) : null;
  return {
    stream,
    paths,
    best,
    ranking,
    roundNoise,
    alpha: fineTuneAlpha(k.lr, k.steps),
    steady,
    stepsStar,
    stepsMatch,
  };
});

/** What the stream panel shows, for these settings. */
export function selectStreamRun(s: Readonly<StreamSettings>): StreamDerived {
  const stream = sampleMemo(pickFields(s, SAMPLE_FIELDS));
  return derivedMemo({ ...s, stream });
}

const rowsOf = new WeakMap<StreamDerived, StreamRow[]>();

/** One chart row per round (pre-training at 0), made once per derived stream. */
export function selectStreamRows(d: StreamDerived): StreamRow[] {
  let rows = rowsOf.get(d);
  if (!rows) {
    const { mu, m } = d.stream;
    const p = d.paths;
    rows = Array.from(mu, (muK, k) => ({
      k,
      mu: muK,
      m: m[k]!,
      frozen: p.frozen.theta[k]!,
      latest: p.latest.theta[k]!,
      all: p.all.theta[k]!,
      window: p.window.theta[k]!,
      finetune: p.finetune.theta[k]!,
      filter: p.filter.theta[k]!,
    }));
    rowsOf.set(d, rows);
  }
  return rows;
}

/** Each learner's bar: its name and colour as the panel draws it, its mean excess error, and whether it is best. */
export function selectStreamBars(
  d: StreamDerived,
  looks: readonly { key: StreamLearnerId; name: string; color: string }[],
): StreamErrorBar[] {
  return looks.map((l) => ({
    id: l.key,
    label: l.name,
    color: l.color,
    meanExcess: d.paths[l.key].meanExcess,
    best: l.key === d.best,
  }));
}
