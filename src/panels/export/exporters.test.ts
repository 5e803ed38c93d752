// The trajectory CSV: in the unit the page shows, with the unit in its header.
import { describe, expect, it } from 'vitest';
import type { TrainResult } from '../../core/index';
import { trajectoryCsv } from './exporters';

const result: TrainResult = {
  theta: Float64Array.from([166, 170.18, 172.72]),
  lossOld: Float64Array.from([64.516, 40, 50]),
  lossNew: Float64Array.from([129.032, 80, 30]),
  boundary: 1,
  diverged: false,
  divergedAt: null,
};

describe('trajectoryCsv', () => {
  it('writes cm and cm² by default, the values as held', () => {
    const lines = trajectoryCsv(result).trim().split('\n');
    expect(lines[0]).toBe('step,phase,theta_cm,loss_old_cm2,loss_new_cm2');
    expect(lines[1]).toBe('0,init,166,64.516,129.032');
    expect(lines[2]).toBe('1,pretrain,170.18,40,80');
    expect(lines[3]).toBe('2,finetune,172.72,50,30');
  });

  it('writes inches and in² when the page shows inches', () => {
    const rows = trajectoryCsv(result, 'in')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(rows[0]).toEqual(['step', 'phase', 'theta_in', 'loss_old_in2', 'loss_new_in2']);
    expect(Number(rows[1]![2])).toBeCloseTo(65.354, 3);
    expect(Number(rows[1]![3])).toBeCloseTo(10, 9);
    expect(Number(rows[1]![4])).toBeCloseTo(20, 9);
    expect(Number(rows[3]![2])).toBeCloseTo(68, 9);
  });
});
