/**
 * The rows each chart draws, one type per chart. State computes them and charts take them as
 * props, so both sides import them from here and neither imports the other.
 */

/** The histograms: one row per bin. */
export interface DataRow {
  /** Left edge of the bin, cm. */
  x: number;
  /** Percentage of the old / new dataset in this bin. */
  old: number;
  new: number;
}

/** The drift chart: θ at one step. */
export interface DriftRow {
  step: number;
  /** Absent past an early stop, where only the naive continuation is drawn. */
  theta?: number;
  /** The early-stopped run's naive continuation, drawn faintly. */
  ghost?: number;
  /** The closed-form full-batch GD position at this step (fine-tuning only). */
  exact?: number;
}

/** The loss chart: both losses at one step. */
export interface LossRow {
  step: number;
  lossOld: number;
  lossNew: number;
}

/** The size sweep: the ideal and the run's end at one share of new data. */
export interface SweepRow {
  share: number;
  pooled: number;
  posterior?: number;
  /** Absent when the run did not finish (it diverged or was refused). */
  end?: number;
}

/** The stream chart: one round's true mean, its sample mean and each learner's θ after it. */
export interface StreamRow {
  /** Round, 0 for pre-training. */
  k: number;
  mu: number;
  m: number;
  frozen: number;
  latest: number;
  all: number;
  window: number;
  finetune: number;
  filter: number;
}

/** The stream's error chart: one learner's mean excess error over the rounds. */
export interface StreamErrorBar {
  id: string;
  label: string;
  color: string;
  meanExcess: number;
  best: boolean;
}
