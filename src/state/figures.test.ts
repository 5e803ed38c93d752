// Chart rows: thinned to a bounded count whatever the run length, and always reaching the playhead.
import { describe, expect, it } from 'vitest';
import { selectRun } from './derived';
import { DRIFT_BUCKETS, cutAtFrameExit, rangeOf, rangeOfWhole, trajectoryRows } from './figures';
import { DEFAULT_SCENARIO } from './scenario';

describe('trajectoryRows', () => {
  const s = { ...DEFAULT_SCENARIO, ftSteps: 100_000 };
  const result = selectRun(s).result!;

  it('keeps the row count bounded for a 100,000-step run and ends on the playhead', () => {
    for (const playhead of [0, 57, 5_003, 100_100]) {
      const { drift, loss } = trajectoryRows(result, playhead, null, null);
      expect(loss.length).toBeLessThanOrEqual(3 * DRIFT_BUCKETS + 3);
      expect(loss[loss.length - 1]!.step).toBe(playhead);
      expect(drift[drift.length - 1]!.theta).toBe(result.theta[playhead]);
      expect(drift.every((r) => r.step <= playhead)).toBe(true);
    }
  });

  it('draws the naive continuation only past the early stop', () => {
    const early = selectRun({ ...DEFAULT_SCENARIO, strategy: 'early', earlyStop: 20 });
    const stop = DEFAULT_SCENARIO.preSteps + 20;
    const { drift } = trajectoryRows(early.result!, 10_000, early.continuation, stop);
    expect(drift.filter((r) => r.theta !== undefined).every((r) => r.step <= stop)).toBe(true);
    expect(drift.some((r) => r.ghost !== undefined && r.step > stop)).toBe(true);
  });
});

describe('histogramRows memo', () => {
  it('returns the same rows for equal settings passed as new objects, and new rows when data move', async () => {
    const { histogramRows } = await import('./figures');
    const { normalBankCreate, normalBankGrow } = await import('../core/index');
    const bank = normalBankGrow(normalBankCreate(7), 500);
    const a = histogramRows(
      bank,
      { mean: 170, std: 7, size: 300 },
      bank,
      { mean: 178, std: 7, size: 50 },
      [140, 210],
      40,
    );
    const b = histogramRows(
      bank,
      { mean: 170, std: 7, size: 300 },
      bank,
      { mean: 178, std: 7, size: 50 },
      [140, 210],
      40,
    );
    expect(b).toBe(a);
    const c = histogramRows(
      bank,
      { mean: 170, std: 7, size: 300 },
      bank,
      { mean: 179, std: 7, size: 50 },
      [140, 210],
      40,
    );
    expect(c).not.toBe(a);
    expect(c.reduce((t, r, i) => (i < c.length - 1 ? t + r.new : t), 0)).toBeCloseTo(100, 6);
  });
});

describe('cutAtFrameExit', () => {
  it('keeps θ up to its first row outside the frame, drops it after, and leaves the other fields', () => {
    const rows = [
      { step: 0, theta: 170 },
      { step: 1, theta: 195, exact: 1 },
      { step: 2, theta: 171, exact: 2 },
      { step: 3, theta: 250 },
    ];
    expect(cutAtFrameExit(rows, 160, 190)).toEqual([
      { step: 0, theta: 170 },
      { step: 1, theta: 195, exact: 1 },
      { step: 2, exact: 2 },
      { step: 3 },
    ]);
    expect(cutAtFrameExit(rows.slice(0, 1), 160, 190)).toEqual(rows.slice(0, 1));
    // A path that starts below the frame and comes in is drawn whole.
    const arriving = [
      { step: 0, theta: 150 },
      { step: 1, theta: 165 },
      { step: 2, theta: 170 },
    ];
    expect(cutAtFrameExit(arriving, 160, 190)).toEqual(arriving);
  });

  it('cuts another line by its own key: a diverging closed form stops where it leaves', () => {
    // (1 − 2ηc)^k with |1 − 2ηc| > 1 flips sign each step and grows: off the frame and back.
    const rows = [
      { step: 0, theta: 170, exact: 170 },
      { step: 1, theta: 172, exact: 168 },
      { step: 2, theta: 168, exact: 200 },
      { step: 3, theta: 171, exact: 175 },
    ];
    expect(cutAtFrameExit(rows, 160, 190, 'exact')).toEqual([
      { step: 0, theta: 170, exact: 170 },
      { step: 1, theta: 172, exact: 168 },
      { step: 2, theta: 168, exact: 200 },
      { step: 3, theta: 171 },
    ]);
  });
});

describe('rangeOfWhole', () => {
  it('is the range over the whole array, worked out once for each array', () => {
    const a = Float64Array.from([3, -2, 7, 1]);
    const r = rangeOfWhole(a);
    expect(r).toEqual(rangeOf(a, 0, a.length - 1));
    expect(r).toEqual([-2, 7]);
    // The same array gives the same answer without another scan; another array its own.
    expect(rangeOfWhole(a)).toBe(r);
    expect(rangeOfWhole(Float64Array.from([5]))).toEqual([5, 5]);
  });
});
