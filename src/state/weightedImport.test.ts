// A frequency table in use: the dataset counts people, not rows, everywhere the page reads it (the
// ideal's weights, the mean and spread, the histogram's shares).
import { beforeEach, describe, expect, it } from 'vitest';
import { pooledMean } from '../core/index';
import { selectData, selectIdeals } from './derived';
import { histogramRows } from './figures';
import { applyImport, removeImport } from './importing';
import { useAppStore } from './store';

const HEIGHTS = [160, 170, 180];
const WEIGHTS = [2, 0.5, 1.5];
const PEOPLE = 4;
const MEAN = (160 * 2 + 170 * 0.5 + 180 * 1.5) / PEOPLE;

beforeEach(() => {
  const st = useAppStore.getState();
  removeImport('old');
  removeImport('new');
  st.resetScenario();
  applyImport('new', HEIGHTS, 'table.csv', WEIGHTS);
});

describe('a weighted import', () => {
  it('sets the dataset to its rows, with the weighted mean and spread', () => {
    const s = useAppStore.getState().scenario;
    expect(s.newSize).toBe(3);
    expect(s.newMean).toBeCloseTo(MEAN, 9);
    const v = (2 * (160 - MEAN) ** 2 + 0.5 * (170 - MEAN) ** 2 + 1.5 * (180 - MEAN) ** 2) / PEOPLE;
    expect(s.newStd).toBeCloseTo(Math.sqrt(v), 9);
  });

  it('counts people in the ideal: the pooled mean weighs the table by its total weight', () => {
    const s = useAppStore.getState().scenario;
    const ideals = selectIdeals(s);
    expect(ideals.newSummary.n).toBeCloseTo(PEOPLE, 12);
    expect(ideals.newSummary.mean).toBeCloseTo(MEAN, 9);
    expect(ideals.pooled).toBeCloseTo(
      pooledMean(ideals.oldSummary, { n: PEOPLE, mean: MEAN, variance: 0 }),
      9,
    );
  });

  it('draws the histogram as shares of people', () => {
    const s = useAppStore.getState().scenario;
    const data = selectData(s);
    const rows = histogramRows(
      data.oldBank,
      { mean: s.oldMean, std: s.oldStd, size: s.oldSize },
      data.newBank,
      { mean: s.newMean, std: s.newStd, size: s.newSize },
      [150, 190],
      4,
    );
    // Bins [150,160) [160,170) [170,180) [180,190]: 160 is half the people, 170 an eighth.
    expect(rows.slice(0, 4).map((r) => r.new)).toEqual([0, 50, 12.5, 37.5]);
  });
});
