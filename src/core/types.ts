/** Plain data shapes shared by the training core: what goes into a run and what comes out. */

/** A population or dataset recipe: `size` seeded draws from N(mean, std²), in centimetres. */
export interface DataSpec {
  mean: number;
  std: number;
  size: number;
  seed: number;
}

/** The unit a length is shown or read in. Every length is held in cm; this is only how it reads. */
export type LengthUnit = 'cm' | 'in';

/** Sufficient statistics of a dataset: count, sample mean and population-style variance (÷ n). */
export interface Summary {
  n: number;
  mean: number;
  variance: number;
}

export type OptimizerKind = 'sgd' | 'momentum' | 'adam';

export type BatchSize = number | 'full';

export type Strategy =
  | { kind: 'naive' }
  | { kind: 'l2sp'; lambda: number }
  | { kind: 'replay'; fraction: number }
  | { kind: 'freeze' };

export interface PhaseConfig {
  steps: number;
  lr: number;
  optimizer: OptimizerKind;
  batchSize: BatchSize;
}

export interface FinetuneConfig extends PhaseConfig {
  strategy: Strategy;
}

export interface TrainConfig {
  oldData: ArrayLike<number>;
  newData: ArrayLike<number>;
  init: number;
  seed: number;
  pretrain: PhaseConfig;
  finetune: FinetuneConfig;
}

export interface TrainResult {
  /** θ after t steps; `theta[0]` is `init`. */
  theta: Float64Array;
  /** MSE of `theta[t]` on the whole old dataset. */
  lossOld: Float64Array;
  /** MSE of `theta[t]` on the whole new dataset. */
  lossNew: Float64Array;
  /** Index of the last pre-training step (= pretrain.steps); fine-tuning follows it. */
  boundary: number;
  /** True when θ left the finite range (non-finite or |θ| > 1e9); the arrays stop before that step. */
  diverged: boolean;
  /** The step whose update diverged, or null. */
  divergedAt: number | null;
}
