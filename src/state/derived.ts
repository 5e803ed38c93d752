/**
 * Everything the page shows that follows from the scenario: datasets, summaries, the training run,
 * the ideals. Each is memoised on exactly the settings it reads, so a training knob never resamples
 * and a size change never recomputes more than it must.
 */
import {
  effectiveOldSize,
  gdStepClosestTo,
  normalBankHeight,
  normalBankPick,
  normalBankSummary,
  pooledMean,
  posteriorMean,
  strategyHalfCurvature,
  strategyMinimiser,
  trainOn,
} from '../core/index';
import type { Dataset, NormalBank, Strategy, Summary, TrainResult } from '../core/index';
import { generatedBank } from './generatedBanks';
import { keepLastTwo, pickFields } from './memo';
import { realBank } from './realData';
import { DATASET_FIELDS, scenarioSeeds } from './scenario';
import type { Scenario, ScenarioFields } from './scenario';
import { importsOf, useAppStore } from './store';

export interface DataDerived {
  old: Dataset;
  new: Dataset;
  oldBank: NormalBank;
  newBank: NormalBank;
}

function datasetFrom(bank: NormalBank, mean: number, std: number, size: number): Dataset {
  const spec = { mean, std };
  return {
    summary: normalBankSummary(bank, { ...spec, size }),
    draw: (u) => normalBankHeight(bank, spec, normalBankPick(bank, size, u)),
  };
}

/** The settings the two datasets follow. */
const DATA_FIELDS = ['seed', ...DATASET_FIELDS] as const;
type DataSettings = ScenarioFields<typeof DATA_FIELDS>;

interface DataKey extends DataSettings {
  /** Imported heights or a real group standing in for a dataset, or null where the generator draws it. */
  oldImport: NormalBank | null;
  newImport: NormalBank | null;
}

const dataMemo = keepLastTwo((k: DataKey): DataDerived => {
  const seeds = scenarioSeeds(k.seed);
  const oldBank = k.oldImport ?? generatedBank(seeds.old, k.oldSize);
  const newBank = k.newImport ?? generatedBank(seeds.new, k.newSize);
  return {
    old: datasetFrom(oldBank, k.oldMean, k.oldStd, k.oldSize),
    new: datasetFrom(newBank, k.newMean, k.newStd, k.newSize),
    oldBank,
    newBank,
  };
});

/**
 * The two datasets of the scenario; cheap when only a mean or spread moved. A dataset is a seeded
 * subsample of one of Galton's groups when its source says so (once the table has loaded), the
 * user's imported heights when the scenario holds their size, mean and spread (the store's scenario
 * does while they are in use), and drawn by the generator otherwise.
 */
export function selectData(s: Readonly<Scenario>): DataDerived {
  const imports = importsOf(s, useAppStore.getState().imported);
  const seeds = scenarioSeeds(s.seed);
  // A scenario made before the table loaded (the figures can show one a render behind the store)
  // may ask for more people than the group holds: until the store has capped it, draw it instead.
  const real = (source: Scenario['oldSource'], seed: number, size: number) => {
    const bank = realBank(source, seed);
    return bank && size <= bank.length ? bank : null;
  };
  return dataMemo({
    ...pickFields(s, DATA_FIELDS),
    oldImport: real(s.oldSource, seeds.old, s.oldSize) ?? imports.old?.bank ?? null,
    newImport: real(s.newSource, seeds.new, s.newSize) ?? imports.new?.bank ?? null,
  });
}

/** The settings that choose the strategy and its knob. */
type StrategySettings = Pick<Scenario, 'strategy' | 'lambda' | 'rho'>;

/** The strategy the core trains with: early stopping is naive fine-tuning cut short. */
export function coreStrategy(s: Readonly<StrategySettings>): Strategy {
  switch (s.strategy) {
    case 'naive':
    case 'early':
      return { kind: 'naive' };
    case 'l2sp':
      return { kind: 'l2sp', lambda: s.lambda };
    case 'replay':
      return { kind: 'replay', fraction: s.rho };
    case 'freeze':
      return { kind: 'freeze' };
  }
}

export interface RunDerived {
  result: TrainResult | null;
  /** Why there is no result (a setting the core refused), in words. */
  error: string | null;
  /** Fine-tuning steps actually taken (fewer than the slider when stopping early). */
  ftStepsRun: number;
  /** θ at the end of pre-training (or where the run stopped, if it diverged first). */
  thetaPre: number;
  /** Where fine-tuning would converge with full batches. */
  target: number;
  /** Half the fine-tuning loss curvature c. */
  curvature: number;
  /** The naive run continued to the full step count, drawn faintly beside an early-stopped run. */
  continuation: TrainResult | null;
}

/** The settings a run reads besides the data and the strategy. */
const TRAINING_FIELDS = [
  'init',
  'seed',
  'preSteps',
  'preLr',
  'preOptimizer',
  'preBatch',
  'ftSteps',
  'ftLr',
  'ftOptimizer',
  'ftBatch',
] as const;
type TrainingSettings = ScenarioFields<typeof TRAINING_FIELDS>;

function runCore(
  s: Readonly<TrainingSettings>,
  data: DataDerived,
  ftSteps: number,
  strategy: Strategy,
) {
  return trainOn({
    old: data.old,
    new: data.new,
    init: s.init,
    seed: scenarioSeeds(s.seed).batches,
    pretrain: { steps: s.preSteps, lr: s.preLr, optimizer: s.preOptimizer, batchSize: s.preBatch },
    finetune: {
      steps: ftSteps,
      lr: s.ftLr,
      optimizer: s.ftOptimizer,
      batchSize: s.ftBatch,
      strategy,
    },
  });
}

/** Everything a run reads besides the data: the training settings and the strategy with its knobs. */
const RUN_FIELDS = [...TRAINING_FIELDS, 'strategy', 'lambda', 'rho', 'earlyStop'] as const;
type RunSettings = ScenarioFields<typeof RUN_FIELDS>;

const runMemo = keepLastTwo((k: RunSettings & { data: DataDerived }): RunDerived => {
  const { data } = k;
  const strategy = coreStrategy(k);
  const early = k.strategy === 'early';
  const ftStepsRun = early ? Math.min(k.earlyStop, k.ftSteps) : k.ftSteps;
  try {
    const result = runCore(k, data, ftStepsRun, strategy);
    const thetaPre = result.theta[Math.min(result.boundary, result.theta.length - 1)]!;
    const target = strategyMinimiser(strategy, {
      oldMean: data.old.summary.mean,
      newMean: data.new.summary.mean,
      thetaPre,
    });
    const continuation =
      early && ftStepsRun < k.ftSteps ? runCore(k, data, k.ftSteps, strategy) : null;
    return {
      result,
      error: null,
      ftStepsRun,
      thetaPre,
      target,
      curvature: strategyHalfCurvature(strategy),
      continuation,
    };
  } catch (e) {
    return {
      result: null,
      error: e instanceof Error ? e.message : String(e),
      ftStepsRun,
      thetaPre: NaN,
      target: NaN,
      curvature: strategyHalfCurvature(strategy),
      continuation: null,
    };
  }
});

/** The training run of the scenario. */
export function selectRun(s: Readonly<Scenario>): RunDerived {
  return runMemo({ ...pickFields(s, RUN_FIELDS), data: selectData(s) });
}

export interface IdealsDerived {
  oldSummary: Summary;
  newSummary: Summary;
  pooled: number;
  posterior: number;
  nEff: number;
  /** λ that makes L2 land on the size-weighted ideal: n_old/n_new. */
  lambdaPooled: number;
  /** ρ that makes replay land on the size-weighted ideal: n_old/(n_old + n_new). */
  rhoPooled: number;
  /** λ and ρ that land on the posterior ideal (n_eff in place of n_old). */
  lambdaPosterior: number;
  rhoPosterior: number;
}

interface IdealsKey {
  oldS: Summary;
  newS: Summary;
  tau: number;
}

const idealsMemo = keepLastTwo(({ oldS, newS, tau }: IdealsKey): IdealsDerived => {
  const nEff = effectiveOldSize(oldS, newS, tau);
  return {
    oldSummary: oldS,
    newSummary: newS,
    pooled: pooledMean(oldS, newS),
    posterior: posteriorMean(oldS, newS, tau),
    nEff,
    lambdaPooled: oldS.n / newS.n,
    rhoPooled: oldS.n / (oldS.n + newS.n),
    lambdaPosterior: nEff / newS.n,
    rhoPosterior: nEff / (nEff + newS.n),
  };
});

/** The data means and the ideal balances between them. */
export function selectIdeals(s: Readonly<Scenario>): IdealsDerived {
  const d = selectData(s);
  return idealsMemo({ oldS: d.old.summary, newS: d.new.summary, tau: s.tau });
}

const strategyRunMemo = keepLastTwo(
  (k: TrainingSettings & { data: DataDerived; strategy: string }): TrainResult =>
    runCore(k, k.data, k.ftSteps, JSON.parse(k.strategy) as Strategy),
);

/**
 * The scenario's run with another strategy, to the full step count. Mini-batches and optimisers
 * other than plain full-batch gradient descent have no closed form, so the lessons simulate them.
 */
export function selectStrategyRun(s: Readonly<Scenario>, strategy: Strategy): TrainResult {
  return strategyRunMemo({
    ...pickFields(s, TRAINING_FIELDS),
    data: selectData(s),
    // The strategy as text: a value key, where a new object with the same knobs is the same run.
    strategy: JSON.stringify(strategy),
  });
}

const NAIVE: Strategy = { kind: 'naive' };

/**
 * The early-stopping step that lands nearest `goal`: from the closed form
 * `θ_k = t + (1 − 2η)^k (θ_pre − t)` for full-batch SGD, otherwise read off a simulated naive run.
 * Null only when pre-training diverged.
 */
export function earlyStopStepFor(s: Readonly<Scenario>, goal: number): number | null {
  const run = selectRun(s);
  // Pre-training does not depend on the strategy, so the current run's θ_pre serves every strategy.
  const pretrainDiverged =
    !run.result || (run.result.diverged && run.result.divergedAt! <= s.preSteps);
  if (pretrainDiverged) return null;
  if (s.ftOptimizer === 'sgd' && s.ftBatch === 'full') {
    const k = gdStepClosestTo(
      { theta0: run.thetaPre, target: selectData(s).new.summary.mean, lr: s.ftLr, curvature: 1 },
      goal,
    );
    if (Number.isFinite(k)) return k;
    // Out of the closed form's reach (the goal behind θ_pre or past the target, or a rate that
    // never settles): the nearest of the run's own steps, read off the run as for other optimisers.
  }
  const naive = selectStrategyRun(s, NAIVE);
  let best: number | null = null;
  let bestGap = Infinity;
  for (let k = 0; k + naive.boundary < naive.theta.length; k++) {
    const gap = Math.abs(naive.theta[naive.boundary + k]! - goal);
    if (gap < bestGap) {
      bestGap = gap;
      best = k;
    }
  }
  return best;
}
