/**
 * Derived values for the deeper lessons: every strategy compared on both populations, the spread
 * over resamples, the choice made on validation data, and the best τ in hindsight.
 */
import {
  bestTauInHindsight,
  earlyStopByCrossValidation,
  earlyStopByValidation,
  gdPositionAfter,
  gdStepsToPass,
  lambdaByCrossValidation,
  lambdaByValidation,
  normalBankRangeSummary,
  resampleStrategies,
  scoreTheta,
  strategyEndpoints,
  summaryRemoved,
} from '../core/index';
import type { ComparedStrategy, ResampleResult, Scored, Split } from '../core/index';
import { selectData, selectIdeals, selectRun } from './derived';
import { memoLast } from './memo';
import type { Scenario } from './scenario';

export const STRATEGY_LABELS: Record<ComparedStrategy, string> = {
  freeze: 'Pre-trained only (freeze)',
  naive: 'Naive fine-tuning, to convergence',
  early: 'Early stopping at the chosen step',
  earlyValidated: 'Early stopping chosen by validation',
  l2sp: 'L2 toward pre-trained (λ)',
  replay: 'Replay old data (ρ)',
  newOnly: 'New data only, from scratch',
  joint: 'Joint training on both (pooled)',
  posterior: 'Posterior ideal (τ)',
};

export const COMPARED_ORDER: readonly ComparedStrategy[] = [
  'freeze',
  'naive',
  'early',
  'earlyValidated',
  'l2sp',
  'replay',
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

const holdoutMemo = memoLast(
  (
    data: ReturnType<typeof selectData>,
    newMean: number,
    newStd: number,
    newSize: number,
    thetaPre: number,
    ftLr: number,
    ftSteps: number,
    valFraction: number,
  ): { split: Split | null; early: number | null; lambda: number | null } => {
    const n = newSize;
    if (n < 2 || !Number.isFinite(thetaPre)) return { split: null, early: null, lambda: null };
    const spec = { mean: newMean, std: newStd };
    const nVal = Math.max(1, Math.min(n - 1, Math.round(valFraction * n)));
    // The heights are independent draws, so the last ones are as good a hold-out as any.
    const split: Split = {
      train: normalBankRangeSummary(data.newBank, spec, 0, n - nVal),
      val: normalBankRangeSummary(data.newBank, spec, n - nVal, n),
    };
    return {
      split,
      early: earlyStopByValidation(thetaPre, split, ftLr, ftSteps),
      lambda: lambdaByValidation(thetaPre, split),
    };
  },
);

const cvMemo = memoLast(
  (
    data: ReturnType<typeof selectData>,
    newMean: number,
    newStd: number,
    newSize: number,
    thetaPre: number,
    ftLr: number,
    ftSteps: number,
    k: number,
  ): { folds: Split[]; early: number | null; lambda: number | null } => {
    const n = newSize;
    if (n < 2 || !Number.isFinite(thetaPre)) return { folds: [], early: null, lambda: null };
    const spec = { mean: newMean, std: newStd };
    const all = data.new.summary;
    const K = Math.min(k, n);
    const folds: Split[] = [];
    for (let j = 0; j < K; j++) {
      const a = Math.floor((j * n) / K);
      const b = Math.floor(((j + 1) * n) / K);
      const val = normalBankRangeSummary(data.newBank, spec, a, b);
      folds.push({ train: summaryRemoved(all, val), val });
    }
    // CV over steps is an exact search; cap it so a 100,000-step run stays responsive.
    return {
      folds,
      early: earlyStopByCrossValidation(thetaPre, folds, ftLr, Math.min(ftSteps, 20_000)),
      lambda: lambdaByCrossValidation(thetaPre, folds),
    };
  },
);

/** The early-stopping step chosen on held-out new data (cheap: for the drift chart's marker). */
export function selectValidationStop(s: Readonly<Scenario>): number | null {
  const run = selectRun(s);
  return holdoutMemo(
    selectData(s),
    s.newMean,
    s.newStd,
    s.newSize,
    run.thetaPre,
    s.ftLr,
    s.ftSteps,
    s.valFraction,
  ).early;
}

/** The early-stopping step and λ chosen on held-out new data and by k-fold cross-validation. */
export function selectChoices(s: Readonly<Scenario>): Choices {
  const run = selectRun(s);
  const data = selectData(s);
  const h = holdoutMemo(
    data,
    s.newMean,
    s.newStd,
    s.newSize,
    run.thetaPre,
    s.ftLr,
    s.ftSteps,
    s.valFraction,
  );
  const cv = cvMemo(data, s.newMean, s.newStd, s.newSize, run.thetaPre, s.ftLr, s.ftSteps, s.folds);
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
}

/** Every strategy's landing point and its expected error on the old and the new population. */
export function selectComparison(s: Readonly<Scenario>): ComparisonRow[] {
  const run = selectRun(s);
  const ideals = selectIdeals(s);
  const earlyValidated = selectValidationStop(s);
  if (!Number.isFinite(run.thetaPre)) return [];
  const ends = strategyEndpoints({
    old: ideals.oldSummary,
    neu: ideals.newSummary,
    thetaPre: run.thetaPre,
    lr: s.ftLr,
    earlyStop: s.earlyStop,
    earlyValidated,
    lambda: s.lambda,
    rho: s.rho,
    tau: s.tau,
  });
  const oldPop = { mean: s.oldMean, std: s.oldStd };
  const newPop = { mean: s.newMean, std: s.newStd };
  // An early stop past the stability limit has no finite landing point; it is left out, not drawn as NaN.
  return COMPARED_ORDER.filter(
    (k) => ends[k] !== undefined && Number.isFinite(ends[k]) && Math.abs(ends[k]!) <= 1e9,
  ).map((key) => ({
    key,
    label: STRATEGY_LABELS[key],
    ...scoreTheta(ends[key]!, oldPop, newPop),
  }));
}

export const RESAMPLE_REPLICATES = 400;

const resampleMemo = memoLast(
  (
    oldMean: number,
    oldStd: number,
    oldSize: number,
    newMean: number,
    newStd: number,
    newSize: number,
    init: number,
    preLr: number,
    preSteps: number,
    ftLr: number,
    ftSteps: number,
    earlyStop: number,
    lambda: number,
    rho: number,
    tau: number,
    valFraction: number,
    seed: number,
  ): ResampleResult =>
    resampleStrategies({
      old: { mean: oldMean, std: oldStd, n: oldSize },
      neu: { mean: newMean, std: newStd, n: newSize },
      init,
      preLr,
      preSteps,
      ftLr,
      ftSteps,
      earlyStop,
      lambda,
      rho,
      tau,
      valFraction,
      replicates: RESAMPLE_REPLICATES,
      seed,
    }),
);

/** The experiment rerun on 400 resamples of both datasets. */
export function selectResampling(s: Readonly<Scenario>): ResampleResult {
  return resampleMemo(
    s.oldMean,
    s.oldStd,
    s.oldSize,
    s.newMean,
    s.newStd,
    s.newSize,
    s.init,
    s.preLr,
    s.preSteps,
    s.ftLr,
    s.ftSteps,
    s.earlyStop,
    s.lambda,
    s.rho,
    s.tau,
    s.valFraction,
    s.seed,
  );
}

/** The τ that would have put the posterior ideal on the true new mean, with these samples. */
export function selectBestTau(s: Readonly<Scenario>): number {
  const ideals = selectIdeals(s);
  return bestTauInHindsight(ideals.oldSummary, ideals.newSummary, s.newMean);
}

/** The fine-tuning step at which naive full-batch GD first passes the ideal (k*), or null. */
export function selectPassStep(s: Readonly<Scenario>): number | null {
  const run = selectRun(s);
  const ideals = selectIdeals(s);
  const goal = s.tau > 0 ? ideals.posterior : ideals.pooled;
  if (!Number.isFinite(run.thetaPre)) return null;
  const k = gdStepsToPass(
    { theta0: run.thetaPre, target: ideals.newSummary.mean, lr: s.ftLr, curvature: 1 },
    goal,
  );
  return Number.isFinite(k) ? k : null;
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
