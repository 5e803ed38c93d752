/** The scenario: every choice the user makes about data and training, as one flat record. */
import type { BatchSize, Goal, OptimizerKind } from '../core/index';
import { REAL_GROUPS } from '../data/realGroups';
import type { RealGroup } from '../data/realGroups';

export type StrategyChoice = 'naive' | 'early' | 'l2sp' | 'replay' | 'freeze';

/** Where a dataset's heights come from: drawn from a normal distribution, or a group of Galton's records. */
export type DataSource = 'normal' | RealGroup;
export const DATA_SOURCES: readonly DataSource[] = ['normal', ...REAL_GROUPS];

export interface Scenario {
  /**
   * A real group in place of generated old data: its mean and spread are then the group's, and the
   * size is a seeded subsample of it, at most the whole group.
   */
  oldSource: DataSource;
  newSource: DataSource;
  oldMean: number;
  oldStd: number;
  oldSize: number;
  newMean: number;
  newStd: number;
  newSize: number;
  /** One seed for everything random: both datasets and the mini-batches. */
  seed: number;
  /** θ before pre-training, in cm. */
  init: number;
  preSteps: number;
  preLr: number;
  preOptimizer: OptimizerKind;
  preBatch: BatchSize;
  ftSteps: number;
  ftLr: number;
  ftOptimizer: OptimizerKind;
  ftBatch: BatchSize;
  strategy: StrategyChoice;
  /** Fine-tuning step at which early stopping halts. */
  earlyStop: number;
  lambda: number;
  rho: number;
  /**
   * Whom θ is for: everyone seen so far (old and new groups by their sizes) or the new population.
   * It decides which ideal the page aims at and on which population errors are judged.
   */
  goal: Goal;
  /** How far apart (cm) the population means may plausibly be; 0 = one population. Goal 'new' only. */
  tau: number;
  /** Share of the new data held out to choose the early-stopping step and λ. */
  valFraction: number;
  /** Folds for cross-validation. */
  folds: number;
}

export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  oldSource: 'normal',
  newSource: 'normal',
  oldMean: 170,
  oldStd: 7,
  oldSize: 1000,
  newMean: 178,
  newStd: 7,
  newSize: 50,
  seed: 1,
  init: 166,
  preSteps: 100,
  preLr: 0.1,
  preOptimizer: 'sgd',
  preBatch: 'full',
  ftSteps: 500,
  ftLr: 0.01,
  ftOptimizer: 'sgd',
  ftBatch: 'full',
  strategy: 'naive',
  earlyStop: 3,
  lambda: 1,
  rho: 0.5,
  goal: 'everyone',
  tau: 0,
  valFraction: 0.2,
  folds: 5,
});

/** The settings of the two datasets: each one's source, population mean and spread, and its size. */
export const DATASET_FIELDS = [
  'oldSource',
  'newSource',
  'oldMean',
  'oldStd',
  'oldSize',
  'newMean',
  'newStd',
  'newSize',
] as const satisfies readonly (keyof Scenario)[];

/** The fields of a scenario named in `F`: what a derivation reads, as its memo key. */
export type ScenarioFields<F extends readonly (keyof Scenario)[]> = Pick<Scenario, F[number]>;

/** Allowed range of each numeric setting; controls, links and imports all clamp to these. */
export const LIMITS = {
  oldMean: { min: 50, max: 250 },
  newMean: { min: 50, max: 250 },
  oldStd: { min: 0, max: 40 },
  newStd: { min: 0, max: 40 },
  oldSize: { min: 1, max: 1_000_000 },
  newSize: { min: 1, max: 1_000_000 },
  seed: { min: 0, max: 999_999 },
  init: { min: 0, max: 250 },
  preSteps: { min: 0, max: 100_000 },
  ftSteps: { min: 0, max: 100_000 },
  preLr: { min: 0, max: 2 },
  ftLr: { min: 0, max: 2 },
  batch: { min: 1, max: 4096 },
  earlyStop: { min: 0, max: 100_000 },
  lambda: { min: 0, max: 1_000_000 },
  rho: { min: 0, max: 1 },
  tau: { min: 0, max: 100 },
  valFraction: { min: 0.05, max: 0.5 },
  folds: { min: 2, max: 10 },
} as const;

/** Seeds of the two datasets and of the mini-batch stream, derived from the one scenario seed. */
export function scenarioSeeds(seed: number): { old: number; new: number; batches: number } {
  return { old: 2 * seed + 1, new: 2 * seed + 2, batches: seed };
}
