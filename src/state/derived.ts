/**
 * Everything the page shows that follows from the scenario: datasets, summaries, the training run,
 * the ideals. Each is memoised on exactly the settings it reads, so a training knob never resamples
 * and a size change never recomputes more than it must.
 */
import {
  effectiveOldSize,
  gdStepClosestTo,
  normalBankCreate,
  normalBankGrow,
  normalBankHeight,
  normalBankSummary,
  pooledMean,
  posteriorMean,
  strategyHalfCurvature,
  strategyMinimiser,
  trainOn,
} from '../core/index';
import type { Dataset, NormalBank, Strategy, Summary, TrainResult } from '../core/index';
import { memoLast } from './memo';
import { scenarioSeeds } from './scenario';
import type { Scenario } from './scenario';

const banks = new Map<number, NormalBank>();

/** Heights the user imported, standing in for a generated dataset; `version` changes with them. */
const imported: { old: NormalBank | null; new: NormalBank | null; version: number } = {
  old: null,
  new: null,
  version: 0,
};

export function setImportedBank(which: 'old' | 'new', bank: NormalBank | null): void {
  imported[which] = bank;
  imported.version++;
}

export function importedBank(which: 'old' | 'new'): NormalBank | null {
  return imported[which];
}

/** The bank of standard-normal draws for `seed`, grown to hold `size`; the few most recent seeds are kept. */
export function bankFor(seed: number, size: number): NormalBank {
  const had = banks.get(seed) ?? normalBankCreate(seed);
  const grown = normalBankGrow(had, size);
  banks.delete(seed);
  banks.set(seed, grown);
  while (banks.size > 4) banks.delete(banks.keys().next().value!);
  return grown;
}

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
    at: (i) => normalBankHeight(bank, spec, i),
  };
}

const dataMemo = memoLast(
  (
    _importVersion: number,
    seed: number,
    oldMean: number,
    oldStd: number,
    oldSize: number,
    newMean: number,
    newStd: number,
    newSize: number,
  ): DataDerived => {
    const seeds = scenarioSeeds(seed);
    // Imported heights replace the generator; their size is fixed by what was imported.
    const oldBank =
      imported.old && imported.old.length >= oldSize ? imported.old : bankFor(seeds.old, oldSize);
    const newBank =
      imported.new && imported.new.length >= newSize ? imported.new : bankFor(seeds.new, newSize);
    return {
      old: datasetFrom(oldBank, oldMean, oldStd, oldSize),
      new: datasetFrom(newBank, newMean, newStd, newSize),
      oldBank,
      newBank,
    };
  },
);

/** The two datasets of the scenario; cheap when only a mean or spread moved. */
export function selectData(s: Readonly<Scenario>): DataDerived {
  return dataMemo(
    imported.version,
    s.seed,
    s.oldMean,
    s.oldStd,
    s.oldSize,
    s.newMean,
    s.newStd,
    s.newSize,
  );
}

/** The strategy the core trains with: early stopping is naive fine-tuning cut short. */
export function coreStrategy(s: Readonly<Scenario>): Strategy {
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

const runMemo = memoLast(
  (
    data: DataDerived,
    init: number,
    seed: number,
    preSteps: number,
    preLr: number,
    preOptimizer: Scenario['preOptimizer'],
    preBatch: Scenario['preBatch'],
    ftSteps: number,
    ftLr: number,
    ftOptimizer: Scenario['ftOptimizer'],
    ftBatch: Scenario['ftBatch'],
    strategyChoice: Scenario['strategy'],
    earlyStop: number,
    lambda: number,
    rho: number,
  ): RunDerived => {
    const s = {
      init,
      seed,
      preSteps,
      preLr,
      preOptimizer,
      preBatch,
      ftSteps,
      ftLr,
      ftOptimizer,
      ftBatch,
      strategy: strategyChoice,
      earlyStop,
      lambda,
      rho,
    } as Scenario;
    const strategy = coreStrategy(s);
    const early = strategyChoice === 'early';
    const ftStepsRun = early ? Math.min(earlyStop, ftSteps) : ftSteps;
    try {
      const result = runCore(s, data, ftStepsRun, strategy);
      const thetaPre = result.theta[Math.min(result.boundary, result.theta.length - 1)]!;
      const target = strategyMinimiser(strategy, {
        oldMean: data.old.summary.mean,
        newMean: data.new.summary.mean,
        thetaPre,
      });
      const continuation =
        early && ftStepsRun < ftSteps ? runCore(s, data, ftSteps, strategy) : null;
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
  },
);

/** The training run of the scenario. */
export function selectRun(s: Readonly<Scenario>): RunDerived {
  return runMemo(
    selectData(s),
    s.init,
    s.seed,
    s.preSteps,
    s.preLr,
    s.preOptimizer,
    s.preBatch,
    s.ftSteps,
    s.ftLr,
    s.ftOptimizer,
    s.ftBatch,
    s.strategy,
    s.earlyStop,
    s.lambda,
    s.rho,
  );
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

const idealsMemo = memoLast((oldS: Summary, newS: Summary, tau: number): IdealsDerived => {
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
  return idealsMemo(d.old.summary, d.new.summary, s.tau);
}

type TrainingSettings = Pick<
  Scenario,
  | 'init'
  | 'seed'
  | 'preSteps'
  | 'preLr'
  | 'preOptimizer'
  | 'preBatch'
  | 'ftSteps'
  | 'ftLr'
  | 'ftOptimizer'
  | 'ftBatch'
>;

/** The settings a run reads besides the data and the strategy, as one key that compares by value. */
function trainingKey(s: Readonly<Scenario>): string {
  const t: TrainingSettings = {
    init: s.init,
    seed: s.seed,
    preSteps: s.preSteps,
    preLr: s.preLr,
    preOptimizer: s.preOptimizer,
    preBatch: s.preBatch,
    ftSteps: s.ftSteps,
    ftLr: s.ftLr,
    ftOptimizer: s.ftOptimizer,
    ftBatch: s.ftBatch,
  };
  return JSON.stringify(t);
}

const strategyRunMemo = memoLast((data: DataDerived, training: string, strategy: string) => {
  const t = JSON.parse(training) as TrainingSettings;
  return runCore(t, data, t.ftSteps, JSON.parse(strategy) as Strategy);
});

/**
 * The scenario's run with another strategy, to the full step count. Mini-batches and optimisers
 * other than plain full-batch gradient descent have no closed form, so the lessons simulate them.
 */
export function selectStrategyRun(s: Readonly<Scenario>, strategy: Strategy): TrainResult {
  return strategyRunMemo(selectData(s), trainingKey(s), JSON.stringify(strategy));
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
