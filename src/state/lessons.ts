/**
 * Derived values for the deeper lessons: every strategy compared on both populations, the spread
 * over resamples, the choice made on validation data, and the best τ in hindsight.
 */
import {
  bestTauInHindsight,
  earlyStopByCrossValidation,
  earlyStopByValidation,
  gdPositionAfter,
  lambdaByCrossValidation,
  lambdaByValidation,
  normalBankRangeSummary,
  resampleStrategies,
  RUN_STRATEGIES,
  scoreTheta,
  strategyEndpoints,
  summaryRemoved,
} from '../core/index';
import type {
  ComparedStrategy,
  Landing,
  ResampleResult,
  Scored,
  Split,
  Strategy,
  TrainResult,
} from '../core/index';
import { t } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/catalogue';
import { selectData, selectIdeals, selectRun, selectStrategyRun } from './derived';
import { selectGoal } from './goal';
import { keepLastTwo, pickFields } from './memo';
import { DATASET_FIELDS } from './scenario';
import type { Scenario, ScenarioFields } from './scenario';

/** Each strategy's name, as the comparison, the resampling table and the charts show it. */
export const STRATEGY_LABELS: Readonly<Record<ComparedStrategy, MessageKey>> = {
  freeze: 'lessons.strategy.freeze',
  naive: 'lessons.strategy.naive',
  early: 'lessons.strategy.early',
  earlyValidated: 'lessons.strategy.earlyValidated',
  l2sp: 'lessons.strategy.l2sp',
  replay: 'lessons.strategy.replay',
  newOnly: 'lessons.strategy.newOnly',
  joint: 'lessons.strategy.joint',
  posterior: 'lessons.strategy.posterior',
};

/** A strategy's name in the language on show. */
export function strategyLabel(key: ComparedStrategy): string {
  return t(STRATEGY_LABELS[key]);
}

/** The runs first, then the exact answers they are measured against. */
export const COMPARED_ORDER: readonly ComparedStrategy[] = [
  ...RUN_STRATEGIES,
  'newOnly',
  'joint',
  'posterior',
];

export interface Choices {
  /** Hold-out split of the new data: training part and validation part. */
  split: Split | null;
  folds: Split[];
  earlyByValidation: number | null;
  lambdaByValidation: number | null;
  earlyByCv: number | null;
  lambdaByCv: number | null;
}

/** What choosing on held-out new data reads: the new data and how fine-tuning runs from θ_pre. */
const SPLIT_FIELDS = ['newMean', 'newStd', 'newSize', 'ftLr', 'ftSteps'] as const;
type SplitSettings = ScenarioFields<typeof SPLIT_FIELDS>;

interface SplitKey extends SplitSettings {
  data: ReturnType<typeof selectData>;
  thetaPre: number;
}

const holdoutMemo = keepLastTwo(
  (
    k: SplitKey & Pick<Scenario, 'valFraction'>,
  ): { split: Split | null; early: number | null; lambda: number | null } => {
    const n = k.newSize;
    if (n < 2 || !Number.isFinite(k.thetaPre)) return { split: null, early: null, lambda: null };
    const spec = { mean: k.newMean, std: k.newStd };
    const nVal = Math.max(1, Math.min(n - 1, Math.round(k.valFraction * n)));
    // The heights are independent draws, so the last ones are as good a hold-out as any.
    const split: Split = {
      train: normalBankRangeSummary(k.data.newBank, spec, 0, n - nVal),
      val: normalBankRangeSummary(k.data.newBank, spec, n - nVal, n),
    };
    return {
      split,
      early: earlyStopByValidation(k.thetaPre, split, k.ftLr, k.ftSteps),
      lambda: lambdaByValidation(k.thetaPre, split),
    };
  },
);

const cvMemo = keepLastTwo(
  (
    k: SplitKey & Pick<Scenario, 'folds'>,
  ): { folds: Split[]; early: number | null; lambda: number | null } => {
    const n = k.newSize;
    if (n < 2 || !Number.isFinite(k.thetaPre)) return { folds: [], early: null, lambda: null };
    const spec = { mean: k.newMean, std: k.newStd };
    const all = k.data.new.summary;
    const K = Math.min(k.folds, n);
    const folds: Split[] = [];
    for (let j = 0; j < K; j++) {
      const a = Math.floor((j * n) / K);
      const b = Math.floor(((j + 1) * n) / K);
      const val = normalBankRangeSummary(k.data.newBank, spec, a, b);
      folds.push({ train: summaryRemoved(all, val), val });
    }
    // CV over steps is an exact search; cap it so a 100,000-step run stays responsive.
    return {
      folds,
      early: earlyStopByCrossValidation(k.thetaPre, folds, k.ftLr, Math.min(k.ftSteps, 20_000)),
      lambda: lambdaByCrossValidation(k.thetaPre, folds),
    };
  },
);

/** The key both choices share: the new data, the fine-tuning settings and this run's θ_pre. */
function splitKey(s: Readonly<Scenario>): SplitKey {
  return { ...pickFields(s, SPLIT_FIELDS), data: selectData(s), thetaPre: selectRun(s).thetaPre };
}

/** The early-stopping step chosen on held-out new data (cheap: for the drift chart's marker). */
export function selectValidationStop(s: Readonly<Scenario>): number | null {
  return holdoutMemo({ ...splitKey(s), valFraction: s.valFraction }).early;
}

/** The early-stopping step and λ chosen on held-out new data and by k-fold cross-validation. */
export function selectChoices(s: Readonly<Scenario>): Choices {
  const key = splitKey(s);
  const h = holdoutMemo({ ...key, valFraction: s.valFraction });
  const cv = cvMemo({ ...key, folds: s.folds });
  return {
    split: h.split,
    folds: cv.folds,
    earlyByValidation: h.early,
    lambdaByValidation: h.lambda,
    earlyByCv: cv.early,
    lambdaByCv: cv.lambda,
  };
}

export interface ComparisonRow extends Scored {
  key: ComparedStrategy;
  label: string;
  /** A fine-tuning run (ends after the steps set), or an exact answer computed from the data. */
  run: boolean;
  /** Where the run heads with unlimited steps; NaN when it has no limit. */
  limit: number;
  /** The run leaves every bound: it has no θ to show and no error. */
  diverges: boolean;
}

/** Runs the comparison simulates when there is no closed form; early stopping reads the naive one. */
const SIMULATED: readonly ComparedStrategy[] = ['naive', 'l2sp', 'replay'];

/**
 * Where each run ends when there is no closed form (mini-batches, momentum, Adam): the runs are
 * simulated with the scenario's own seed, so the current strategy's row is the readout's θ.
 */
function simulatedLandings(
  s: Readonly<Scenario>,
  ends: Partial<Record<ComparedStrategy, Landing>>,
): Partial<Record<ComparedStrategy, Landing>> {
  const out = { ...ends };
  const strategyOf = (key: ComparedStrategy): Strategy =>
    key === 'l2sp'
      ? { kind: 'l2sp', lambda: s.lambda }
      : key === 'replay'
        ? { kind: 'replay', fraction: s.rho }
        : { kind: 'naive' };
  const at = (r: TrainResult, k: number): Landing => {
    const i = r.boundary + Math.min(k, s.ftSteps);
    if (i >= r.theta.length) return { end: NaN, limit: NaN, diverges: true };
    const end = r.theta[i]!;
    return { end, limit: NaN, diverges: false };
  };
  for (const key of SIMULATED) {
    const r = selectStrategyRun(s, strategyOf(key));
    const landed = at(r, s.ftSteps);
    // The limit of a stable run is its loss's minimiser, whatever the optimiser.
    out[key] = landed.diverges ? landed : { ...landed, limit: ends[key]!.limit };
  }
  const naive = selectStrategyRun(s, { kind: 'naive' });
  const early = at(naive, s.earlyStop);
  out.early = { ...early, limit: early.end };
  if (ends.earlyValidated) {
    const v = at(naive, selectValidationStop(s) ?? 0);
    out.earlyValidated = { ...v, limit: v.end };
  }
  return out;
}

/**
 * Every strategy's landing point with the current steps and rate, its limit, and its error on the
 * old population, the new one and the goal's. A diverging run is kept, marked, with no numbers.
 */
export function selectComparison(s: Readonly<Scenario>): ComparisonRow[] {
  const run = selectRun(s);
  const ideals = selectIdeals(s);
  const goal = selectGoal(s);
  const earlyValidated = selectValidationStop(s);
  if (!Number.isFinite(run.thetaPre)) return [];
  const exact = strategyEndpoints({
    old: ideals.oldSummary,
    neu: ideals.newSummary,
    thetaPre: run.thetaPre,
    lr: s.ftLr,
    steps: s.ftSteps,
    earlyStop: s.earlyStop,
    earlyValidated,
    lambda: s.lambda,
    rho: s.rho,
    tau: goal.tau,
  });
  const closedForm = s.ftOptimizer === 'sgd' && s.ftBatch === 'full';
  const ends = closedForm ? exact : simulatedLandings(s, exact);
  const oldPop = { mean: s.oldMean, std: s.oldStd };
  const newPop = { mean: s.newMean, std: s.newStd };
  return COMPARED_ORDER.filter((k) => ends[k] !== undefined).map((key) => {
    const l = ends[key]!;
    return {
      key,
      label: strategyLabel(key),
      run: RUN_STRATEGIES.includes(key),
      limit: l.limit,
      diverges: l.diverges,
      ...scoreTheta(l.end, oldPop, newPop, goal.population),
    };
  });
}

/** The row with the least excess error for the goal, among rows that have a number. */
export function bestForGoal(rows: readonly ComparisonRow[]): ComparisonRow | null {
  let best: ComparisonRow | null = null;
  for (const r of rows) {
    if (r.diverges || !Number.isFinite(r.excessGoal)) continue;
    if (!best || r.excessGoal < best.excessGoal) best = r;
  }
  return best;
}

export const RESAMPLE_REPLICATES = 400;

/** What the resampling reads: the populations (not the samples), the training and the goal. */
const RESAMPLE_FIELDS = [
  ...DATASET_FIELDS,
  'init',
  'preLr',
  'preSteps',
  'ftLr',
  'ftSteps',
  'earlyStop',
  'lambda',
  'rho',
  'goal',
  'tau',
  'valFraction',
  'seed',
] as const;
type ResampleSettings = ScenarioFields<typeof RESAMPLE_FIELDS>;

const resampleMemo = keepLastTwo((k: ResampleSettings): ResampleResult =>
  resampleStrategies({
    old: { mean: k.oldMean, std: k.oldStd, n: k.oldSize },
    neu: { mean: k.newMean, std: k.newStd, n: k.newSize },
    init: k.init,
    preLr: k.preLr,
    preSteps: k.preSteps,
    ftLr: k.ftLr,
    ftSteps: k.ftSteps,
    earlyStop: k.earlyStop,
    lambda: k.lambda,
    rho: k.rho,
    goal: k.goal,
    tau: k.tau,
    valFraction: k.valFraction,
    replicates: RESAMPLE_REPLICATES,
    seed: k.seed,
  }),
);

/** The experiment rerun on 400 resamples of both datasets. */
export function selectResampling(s: Readonly<Scenario>): ResampleResult {
  // τ plays no part for everyone seen so far, so moving it then reuses the resamples.
  return resampleMemo({ ...pickFields(s, RESAMPLE_FIELDS), tau: s.goal === 'new' ? s.tau : 0 });
}

/** The τ that would have put the posterior ideal on the true new mean, with these samples. */
export function selectBestTau(s: Readonly<Scenario>): number {
  const ideals = selectIdeals(s);
  return bestTauInHindsight(ideals.oldSummary, ideals.newSummary, s.newMean);
}

/** The closed-form full-batch path of the current fine-tuning, at the given steps. */
export function closedFormAt(
  s: Readonly<Scenario>,
  steps: readonly number[],
): { step: number; exact: number }[] {
  const run = selectRun(s);
  if (!run.result || s.strategy === 'freeze') return [];
  const path = { theta0: run.thetaPre, target: run.target, lr: s.ftLr, curvature: run.curvature };
  return steps
    .filter((t) => t >= s.preSteps)
    .map((t) => ({ step: t, exact: gdPositionAfter(path, t - s.preSteps) }))
    .filter((r) => Number.isFinite(r.exact) && Math.abs(r.exact) < 1e9);
}
