/**
 * The run and the strategy comparison as CSV, in the length unit the page shows (the headers name
 * it) and rounded to six significant digits, so a spreadsheet reads what the charts show.
 */
import Papa from 'papaparse';
import type { TrainResult } from '../../core/index';
import { areaIn, lengthIn } from '../../ui/format';
import type { LengthUnit } from '../../ui/format';

/** Six significant digits, written as a plain number (no trailing zeros); blank when not finite. */
export function sig6(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : '';
}

const toCsv = (fields: string[], data: (string | number)[][]) =>
  Papa.unparse({ fields, data }, { newline: '\n' }) + '\n';

/** What the run was aiming at, repeated on every row so each row reads on its own. */
export interface RunContext {
  oldMean: number;
  newMean: number;
  /** The size-weighted ideal, for everyone seen so far. */
  idealEveryone: number;
  /** The posterior ideal for the new population, with the τ below. */
  idealNew: number;
  tau: number;
  goal: 'everyone' | 'new';
  /** The strategy and its knob as the page names it: "L2 λ=20". */
  strategy: string;
}

/**
 * Every step of the run: step, phase, θ, the loss on each whole dataset, then the data means, both
 * ideals, τ, the goal and the strategy.
 *
 * @example trajectoryCsv(result, 'in', context).split('\n')[0]
 * // 'step,phase,theta_in,loss_old_in2,loss_new_in2,old_mean_in,new_mean_in,ideal_everyone_in,…'
 */
export function trajectoryCsv(result: TrainResult, unit: LengthUnit, ctx: RunContext): string {
  const u = unit;
  const fields = [
    'step',
    'phase',
    `theta_${u}`,
    `loss_old_${u}2`,
    `loss_new_${u}2`,
    `old_mean_${u}`,
    `new_mean_${u}`,
    `ideal_everyone_${u}`,
    `ideal_new_${u}`,
    `tau_${u}`,
    'goal',
    'strategy',
  ];
  const fixed = [
    sig6(lengthIn(ctx.oldMean, u)),
    sig6(lengthIn(ctx.newMean, u)),
    sig6(lengthIn(ctx.idealEveryone, u)),
    sig6(lengthIn(ctx.idealNew, u)),
    sig6(lengthIn(ctx.tau, u)),
    ctx.goal,
    ctx.strategy,
  ];
  const data: string[][] = [];
  for (let t = 0; t < result.theta.length; t++) {
    const phase = t === 0 ? 'init' : t <= result.boundary ? 'pretrain' : 'finetune';
    data.push([
      String(t),
      phase,
      sig6(lengthIn(result.theta[t]!, u)),
      sig6(areaIn(result.lossOld[t]!, u)),
      sig6(areaIn(result.lossNew[t]!, u)),
      ...fixed,
    ]);
  }
  return toCsv(fields, data);
}

/** One row of the comparison table, as the page holds it (lengths in cm, errors in cm²). */
export interface ComparedRow {
  label: string;
  theta: number;
  /** Where the run heads with unlimited steps; NaN when it has none. */
  limit: number;
  /** A fine-tuning run, as opposed to an exact answer computed from the data. */
  run: boolean;
  diverges: boolean;
  errorOld: number;
  errorNew: number;
  excessGoal: number;
}

/**
 * The strategy comparison table: where each strategy ends, its limit, its error on each
 * population and its excess for the goal. A run that diverges says "diverges" where the page does
 * and has no numbers; a run with no limit says "none".
 */
export function comparisonCsv(
  rows: readonly ComparedRow[],
  unit: LengthUnit,
  goal: 'everyone' | 'new',
  best: string | null,
): string {
  const u = unit;
  const fields = [
    'strategy',
    'kind',
    `theta_end_${u}`,
    `limit_${u}`,
    `error_old_population_${u}2`,
    `error_new_population_${u}2`,
    `excess_for_${goal === 'everyone' ? 'everyone' : 'new_population'}_${u}2`,
    'best',
  ];
  const data = rows.map((r) => {
    const kind = r.run ? 'run' : 'exact';
    const mark = r.label === best ? 'best' : '';
    if (r.diverges) return [r.label, kind, 'diverges', 'diverges', '', '', '', mark];
    return [
      r.label,
      kind,
      sig6(lengthIn(r.theta, u)),
      Number.isFinite(r.limit) ? sig6(lengthIn(r.limit, u)) : 'none',
      sig6(areaIn(r.errorOld, u)),
      sig6(areaIn(r.errorNew, u)),
      sig6(areaIn(r.excessGoal, u)),
      mark,
    ];
  });
  return toCsv(fields, data);
}

/** The stream as the page shows it: a round's true and sample mean, and each learner's θ after it. */
export interface StreamCsvInput {
  mu: ArrayLike<number>;
  m: ArrayLike<number>;
  /** Each learner's θ per round, under the name its column takes ("frozen", "filter", …). */
  learners: readonly { key: string; theta: ArrayLike<number> }[];
}

/**
 * One row per round, pre-training as round 0: the true mean, the round's mean and θ of every
 * learner, in the unit on show. A diverged learner's θ is blank from the round it left the chart.
 *
 * @example streamCsv(input, 'cm').split('\n')[0]
 * // 'round,true_mean_cm,round_mean_cm,theta_frozen_cm,…'
 */
export function streamCsv(input: StreamCsvInput, unit: LengthUnit): string {
  const fields = [
    'round',
    `true_mean_${unit}`,
    `round_mean_${unit}`,
    ...input.learners.map((l) => `theta_${l.key}_${unit}`),
  ];
  const data: string[][] = [];
  for (let k = 0; k < input.mu.length; k++) {
    data.push([
      String(k),
      sig6(lengthIn(input.mu[k]!, unit)),
      sig6(lengthIn(input.m[k]!, unit)),
      ...input.learners.map((l) => sig6(lengthIn(l.theta[k]!, unit))),
    ]);
  }
  return toCsv(fields, data);
}
