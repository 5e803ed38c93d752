/**
 * The run and the strategy comparison as CSV, in the length unit the page shows (the headers name
 * it) and rounded to six significant digits, so a spreadsheet reads what the charts show. The
 * headers and words are in the language on show, and so are the numbers: where the decimal mark
 * is a comma (German, French, Spanish) the cells are split by ";", as spreadsheets there expect.
 */
import Papa from 'papaparse';
import type { TrainResult } from '../../core/index';
import { currentLocale, t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { SOURCE_LOCALE } from '../../i18n/locales';
import { decimalMark } from '../../i18n/numbers';
import { areaIn, lengthIn } from '../../ui/format';
import type { LengthUnit } from '../../ui/format';
import type { StreamLearnerId } from '../../state/streamSettings';

/**
 * Six significant digits, written as a plain number (no trailing zeros) with `mark` between whole
 * and fraction; blank when not finite.
 */
export function sig6(x: number, mark: '.' | ',' = '.'): string {
  if (!Number.isFinite(x)) return '';
  const text = String(Number(x.toPrecision(6)));
  return mark === '.' ? text : text.replace('.', mark);
}

/** How the file is written in the language on show: its decimal mark and the cell separator. */
interface CsvStyle {
  num: (x: number) => string;
  delimiter: ',' | ';';
  /** A byte-order mark, without which spreadsheets misread accented letters, θ and Chinese. */
  bom: string;
}

function csvStyle(): CsvStyle {
  const mark = decimalMark();
  return {
    num: (x) => sig6(x, mark),
    delimiter: mark === ',' ? ';' : ',',
    // English files stay plain ASCII-first text, as scripts reading them expect.
    bom: currentLocale() === SOURCE_LOCALE ? '' : '\uFEFF',
  };
}

const toCsv = (style: CsvStyle, fields: string[], data: (string | number)[][]) =>
  style.bom + Papa.unparse({ fields, data }, { newline: '\n', delimiter: style.delimiter }) + '\n';

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
  const style = csvStyle();
  const { num } = style;
  const u = { unit };
  const fields = [
    t('export.csv.head.step'),
    t('export.csv.head.phase'),
    t('export.csv.head.theta', u),
    t('export.csv.head.lossOld', u),
    t('export.csv.head.lossNew', u),
    t('export.csv.head.oldMean', u),
    t('export.csv.head.newMean', u),
    t('export.csv.head.idealEveryone', u),
    t('export.csv.head.idealNew', u),
    t('export.csv.head.tau', u),
    t('export.csv.head.goal'),
    t('export.csv.head.strategy'),
  ];
  const fixed = [
    num(lengthIn(ctx.oldMean, unit)),
    num(lengthIn(ctx.newMean, unit)),
    num(lengthIn(ctx.idealEveryone, unit)),
    num(lengthIn(ctx.idealNew, unit)),
    num(lengthIn(ctx.tau, unit)),
    t(ctx.goal === 'everyone' ? 'export.csv.goal.everyone' : 'export.csv.goal.new'),
    ctx.strategy,
  ];
  const phases = {
    init: t('export.csv.phase.init'),
    pretrain: t('export.csv.phase.pretrain'),
    finetune: t('export.csv.phase.finetune'),
  };
  const data: string[][] = [];
  for (let k = 0; k < result.theta.length; k++) {
    const phase = k === 0 ? phases.init : k <= result.boundary ? phases.pretrain : phases.finetune;
    data.push([
      String(k),
      phase,
      num(lengthIn(result.theta[k]!, unit)),
      num(areaIn(result.lossOld[k]!, unit)),
      num(areaIn(result.lossNew[k]!, unit)),
      ...fixed,
    ]);
  }
  return toCsv(style, fields, data);
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
  const style = csvStyle();
  const { num } = style;
  const u = { unit };
  const fields = [
    t('export.csv.head.strategy'),
    t('export.csv.head.kind'),
    t('export.csv.head.thetaEnd', u),
    t('export.csv.head.limit', u),
    t('export.csv.head.errorOld', u),
    t('export.csv.head.errorNew', u),
    t(goal === 'everyone' ? 'export.csv.head.excessEveryone' : 'export.csv.head.excessNew', u),
    t('export.csv.head.best'),
  ];
  const words = {
    run: t('export.csv.kind.run'),
    exact: t('export.csv.kind.exact'),
    best: t('export.csv.best'),
    diverges: t('export.csv.diverges'),
    none: t('export.csv.none'),
  };
  const data = rows.map((r) => {
    const kind = r.run ? words.run : words.exact;
    const mark = r.label === best ? words.best : '';
    if (r.diverges) return [r.label, kind, words.diverges, words.diverges, '', '', '', mark];
    return [
      r.label,
      kind,
      num(lengthIn(r.theta, unit)),
      Number.isFinite(r.limit) ? num(lengthIn(r.limit, unit)) : words.none,
      num(areaIn(r.errorOld, unit)),
      num(areaIn(r.errorNew, unit)),
      num(areaIn(r.excessGoal, unit)),
      mark,
    ];
  });
  return toCsv(style, fields, data);
}

/** The stream as the page shows it: a round's true and sample mean, and each learner's θ after it. */
export interface StreamCsvInput {
  mu: ArrayLike<number>;
  m: ArrayLike<number>;
  /** Each learner's θ per round, under the name its column takes ("frozen", "filter", …). */
  learners: readonly { key: StreamLearnerId; theta: ArrayLike<number> }[];
}

/** The learners the stream compares, each with its column's header. */
const LEARNER_HEADS: Readonly<Record<StreamLearnerId, MessageKey>> = {
  frozen: 'export.csv.head.learner.frozen',
  latest: 'export.csv.head.learner.latest',
  all: 'export.csv.head.learner.all',
  window: 'export.csv.head.learner.window',
  finetune: 'export.csv.head.learner.finetune',
  filter: 'export.csv.head.learner.filter',
};

/**
 * One row per round, pre-training as round 0: the true mean, the round's mean and θ of every
 * learner, in the unit on show. A diverged learner's θ is blank from the round it left the chart.
 *
 * @example streamCsv(input, 'cm').split('\n')[0]
 * // 'round,true_mean_cm,round_mean_cm,theta_frozen_cm,…'
 */
export function streamCsv(input: StreamCsvInput, unit: LengthUnit): string {
  const style = csvStyle();
  const { num } = style;
  const u = { unit };
  const fields = [
    t('export.csv.head.round'),
    t('export.csv.head.trueMean', u),
    t('export.csv.head.roundMean', u),
    ...input.learners.map((l) => t(LEARNER_HEADS[l.key], u)),
  ];
  const data: string[][] = [];
  for (let k = 0; k < input.mu.length; k++) {
    data.push([
      String(k),
      num(lengthIn(input.mu[k]!, unit)),
      num(lengthIn(input.m[k]!, unit)),
      ...input.learners.map((l) => num(lengthIn(l.theta[k]!, unit))),
    ]);
  }
  return toCsv(style, fields, data);
}
