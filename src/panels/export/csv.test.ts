// The CSV files: the unit in every header, six significant digits, the run's context, the comparison table.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TrainResult } from '../../core/index';
import { comparisonCsv, sig6, trajectoryCsv } from './csv';
import type { ComparedRow, RunContext } from './csv';

const result: TrainResult = {
  theta: Float64Array.from([166, 170.18123456789, 172.72]),
  lossOld: Float64Array.from([64.516, 40, 50]),
  lossNew: Float64Array.from([129.032, 80, 30]),
  boundary: 1,
  diverged: false,
  divergedAt: null,
};

const context: RunContext = {
  oldMean: 169.61234567,
  newMean: 178.7,
  idealEveryone: 170.03,
  idealNew: 176.9,
  tau: 2,
  goal: 'new',
  strategy: 'L2 λ=20',
};

const rowsOf = (text: string) => Papa.parse<string[]>(text.trim()).data;

describe('sig6', () => {
  it('rounds to six significant digits and writes no trailing zeros', () => {
    expect(sig6(170.18123456789)).toBe('170.181');
    expect(sig6(0.000123456789)).toBe('0.000123457');
    expect(sig6(166)).toBe('166');
    expect(sig6(1234567)).toBe('1234570');
    expect(sig6(NaN)).toBe('');
  });
});

describe('trajectoryCsv', () => {
  it('names cm in every header and holds the means, the ideals and the strategy', () => {
    const rows = rowsOf(trajectoryCsv(result, 'cm', context));
    expect(rows[0]).toEqual([
      'step',
      'phase',
      'theta_cm',
      'loss_old_cm2',
      'loss_new_cm2',
      'old_mean_cm',
      'new_mean_cm',
      'ideal_everyone_cm',
      'ideal_new_cm',
      'tau_cm',
      'goal',
      'strategy',
    ]);
    expect(rows[1]).toEqual([
      '0',
      'init',
      '166',
      '64.516',
      '129.032',
      '169.612',
      '178.7',
      '170.03',
      '176.9',
      '2',
      'new',
      'L2 λ=20',
    ]);
    expect(rows[2]!.slice(0, 3)).toEqual(['1', 'pretrain', '170.181']);
    expect(rows[3]!.slice(0, 2)).toEqual(['2', 'finetune']);
    expect(rows).toHaveLength(4);
  });

  it('writes inches and in² when the page shows inches', () => {
    const rows = rowsOf(trajectoryCsv(result, 'in', context));
    expect(rows[0]!.slice(2, 10)).toEqual([
      'theta_in',
      'loss_old_in2',
      'loss_new_in2',
      'old_mean_in',
      'new_mean_in',
      'ideal_everyone_in',
      'ideal_new_in',
      'tau_in',
    ]);
    // 166 cm = 65.354330… in, 64.516 cm² = 10 in², 2 cm = 0.787402 in.
    expect(rows[1]![2]).toBe('65.3543');
    expect(rows[1]![3]).toBe('10');
    expect(rows[1]![4]).toBe('20');
    expect(rows[1]![9]).toBe('0.787402');
    expect(rows[3]![2]).toBe('68');
    for (const row of rows.slice(1))
      for (const cell of row.slice(2, 10))
        expect(cell.replace(/[-.]/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(6);
  });

  it('quotes a strategy name that holds a comma', () => {
    const text = trajectoryCsv(result, 'cm', { ...context, strategy: 'L2, strong' });
    expect(text.split('\n')[1]).toMatch(/,"L2, strong"$/);
  });
});

describe('comparisonCsv', () => {
  const rows: ComparedRow[] = [
    {
      label: 'Naive fine-tuning, to convergence',
      theta: 178.712345,
      limit: 178.7,
      run: true,
      diverges: false,
      errorOld: 130.1234567,
      errorNew: 49.00001,
      excessGoal: 3.3333333,
    },
    {
      label: 'Replay old data (ρ)',
      theta: NaN,
      limit: NaN,
      run: true,
      diverges: true,
      errorOld: NaN,
      errorNew: NaN,
      excessGoal: NaN,
    },
    {
      label: 'Early stopping at the chosen step',
      theta: 170.5,
      limit: NaN,
      run: true,
      diverges: false,
      errorOld: 50,
      errorNew: 120,
      excessGoal: 60,
    },
    {
      label: 'Joint training on both (pooled)',
      theta: 170.03,
      limit: 170.03,
      run: false,
      diverges: false,
      errorOld: 49.5,
      errorNew: 125,
      excessGoal: 0.5,
    },
  ];

  it('has the unit and the goal in its headers, and each strategy as the page shows it', () => {
    const out = rowsOf(comparisonCsv(rows, 'cm', 'new', 'Joint training on both (pooled)'));
    expect(out[0]).toEqual([
      'strategy',
      'kind',
      'theta_end_cm',
      'limit_cm',
      'error_old_population_cm2',
      'error_new_population_cm2',
      'excess_for_new_population_cm2',
      'best',
    ]);
    expect(out[1]).toEqual([
      'Naive fine-tuning, to convergence',
      'run',
      '178.712',
      '178.7',
      '130.123',
      '49',
      '3.33333',
      '',
    ]);
    expect(out[2]).toEqual(['Replay old data (ρ)', 'run', 'diverges', 'diverges', '', '', '', '']);
    expect(out[3]!.slice(2, 4)).toEqual(['170.5', 'none']);
    expect(out[4]).toEqual([
      'Joint training on both (pooled)',
      'exact',
      '170.03',
      '170.03',
      '49.5',
      '125',
      '0.5',
      'best',
    ]);
  });

  it('writes inches and in², and names the goal everyone', () => {
    const out = rowsOf(comparisonCsv(rows, 'in', 'everyone', null));
    expect(out[0]!.slice(2)).toEqual([
      'theta_end_in',
      'limit_in',
      'error_old_population_in2',
      'error_new_population_in2',
      'excess_for_everyone_in2',
      'best',
    ]);
    expect(out[4]![2]).toBe('66.9409');
    expect(out[4]![4]).toBe('7.67252');
  });
});
