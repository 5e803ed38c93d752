/**
 * The stream's settings: every choice the user makes about data that keeps arriving (rounds, their
 * size and spread, the drift, and each learner's knob), as one flat record beside the scenario.
 */
import type { Drift, StreamLearner, StreamSpec } from '../core/index';

export type DriftKind = Drift['kind'];
export const DRIFT_KINDS: readonly DriftKind[] = ['none', 'trend', 'jump', 'walk'];

export interface StreamSettings {
  /** Rounds of new heights, K. */
  rounds: number;
  /** Heights per round, b. */
  batch: number;
  /** Spread of every round's heights, σ (cm). */
  std: number;
  /** Heights in the pre-training set, n₀. */
  n0: number;
  driftKind: DriftKind;
  /** cm a round (trend), cm once (jump) or the walk's step sd (walk); unused without drift. */
  driftSize: number;
  /** Round from which a jump holds. */
  jumpAt: number;
  /** Rounds the window keeps, W. */
  window: number;
  /** Fine-tuning steps per round, S. */
  steps: number;
  /** Fine-tuning rate, η. */
  lr: number;
  /** The walk the Bayesian filter assumes, q (cm a round). */
  filterQ: number;
  seed: number;
}

/** The population's mean before round 1 (cm): a fixed starting point, as the lessons are about change. */
export const STREAM_MEAN0 = 170;

export const DEFAULT_STREAM: Readonly<StreamSettings> = Object.freeze({
  rounds: 200,
  batch: 20,
  std: 7,
  n0: 1000,
  driftKind: 'walk',
  driftSize: 0.5,
  jumpAt: 100,
  window: 10,
  steps: 5,
  lr: 0.05,
  filterQ: 0.5,
  seed: 1,
});

/** Allowed range of each numeric stream setting; controls and links clamp to these. */
export const STREAM_LIMITS = {
  rounds: { min: 1, max: 1000 },
  batch: { min: 1, max: 100_000 },
  std: { min: 0, max: 40 },
  n0: { min: 1, max: 1_000_000 },
  driftSize: { min: -10, max: 10 },
  jumpAt: { min: 1, max: 1000 },
  window: { min: 1, max: 1000 },
  steps: { min: 0, max: 10_000 },
  lr: { min: 0, max: 1 },
  filterQ: { min: 0, max: 10 },
  seed: { min: 0, max: 999_999 },
} as const;

/** The learners the panel compares, in the order of their legend and table. */
export const STREAM_LEARNERS = ['frozen', 'latest', 'all', 'window', 'finetune', 'filter'] as const;
export type StreamLearnerId = (typeof STREAM_LEARNERS)[number];

/** The drift the settings describe, for the core. A walk's step is a size, so its sign is dropped. */
export function streamDrift(s: Readonly<StreamSettings>): Drift {
  switch (s.driftKind) {
    case 'none':
      return { kind: 'none' };
    case 'trend':
      return { kind: 'trend', slope: s.driftSize };
    case 'jump':
      return { kind: 'jump', size: s.driftSize, at: s.jumpAt };
    case 'walk':
      return { kind: 'walk', step: Math.abs(s.driftSize) };
  }
}

export function streamSpec(s: Readonly<StreamSettings>): StreamSpec {
  return {
    mean0: STREAM_MEAN0,
    std: s.std,
    n0: s.n0,
    rounds: s.rounds,
    batch: s.batch,
    drift: streamDrift(s),
    seed: s.seed,
  };
}

/** Each learner with its knobs from the settings. */
export function streamLearner(id: StreamLearnerId, s: Readonly<StreamSettings>): StreamLearner {
  switch (id) {
    case 'frozen':
    case 'latest':
    case 'all':
      return { kind: id };
    case 'window':
      return { kind: 'window', rounds: s.window };
    case 'finetune':
      return { kind: 'finetune', steps: s.steps, lr: s.lr };
    case 'filter':
      return { kind: 'filter', q: s.filterQ };
  }
}
