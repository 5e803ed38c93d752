// @vitest-environment node
// A frequency table (each height stands for w people, fractions allowed) must behave exactly like
// the table with each row written out w times, wherever w is whole: summaries, histograms, the
// bank's subsamples and training. Fractional weights are checked against the weighted formulas.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { histogram } from './histogram';
import {
  normalBankFromHeights,
  normalBankHeight,
  normalBankPick,
  normalBankRangeSummary,
  normalBankSummary,
  normalBankWeight,
} from './normalBank';
import { summarize, summarizeWeighted } from './summary';
import { trainOn } from './train';
import type { Dataset } from './train';

/** Each value written out as many times as its whole weight says. */
const expand = (values: number[], weights: number[]) =>
  values.flatMap((v, i) => Array.from({ length: weights[i]! }, () => v));

const table = fc
  .array(fc.tuple(fc.integer({ min: 140, max: 200 }), fc.integer({ min: 1, max: 6 })), {
    minLength: 1,
    maxLength: 40,
  })
  .map((rows) => ({ values: rows.map((r) => r[0]), weights: rows.map((r) => r[1]) }));

describe('summarizeWeighted', () => {
  it('equals the summary of the written-out table for whole weights', () => {
    fc.assert(
      fc.property(table, ({ values, weights }) => {
        const got = summarizeWeighted(values, weights);
        const want = summarize(expand(values, weights));
        expect(got.n).toBe(want.n);
        expect(got.mean).toBeCloseTo(want.mean, 9);
        expect(got.variance).toBeCloseTo(want.variance, 7);
      }),
    );
  });

  it('uses fractional weights as shares of a person', () => {
    // 2.5 people of 160 and 0.5 of 190: n 3, mean (400 + 95) / 3 = 165.
    const s = summarizeWeighted([160, 190], [2.5, 0.5]);
    expect(s.n).toBe(3);
    expect(s.mean).toBeCloseTo(165, 12);
    expect(s.variance).toBeCloseTo((2.5 * 25 + 0.5 * 625) / 3, 10);
  });

  it('counts a row of weight 0 as no one, and weights adding to 0 as an empty table', () => {
    expect(summarizeWeighted([160, 999], [1, 0])).toEqual({ n: 1, mean: 160, variance: 0 });
    const empty = summarizeWeighted([160], [0]);
    expect(empty.n).toBe(0);
    expect(empty.mean).toBeNaN();
  });

  it('refuses a negative weight or a weight list of another length', () => {
    expect(() => summarizeWeighted([160, 170], [1, -1])).toThrow(/≥ 0/);
    expect(() => summarizeWeighted([160, 170], [1])).toThrow(/2 weights/);
  });
});

describe('a weighted bank', () => {
  it('keeps each height with its weight through the seeded shuffle', () => {
    const values = [150, 160, 170, 180, 190];
    const weights = [1, 2, 3, 4, 5];
    const { bank, mean, std } = normalBankFromHeights(values, 7, weights);
    const rows = Array.from({ length: 5 }, (_, i) => [
      normalBankHeight(bank, { mean, std }, i),
      normalBankWeight(bank, i),
    ]);
    for (const [h, w] of rows) expect(w).toBe(weights[values.indexOf(Math.round(h!))]);
    // The same seed shuffles the rows as it shuffles an unweighted list.
    const plain = normalBankFromHeights(values, 7);
    rows.forEach(([h], i) => expect(h).toBeCloseTo(normalBankHeight(plain.bank, plain, i), 9));
  });

  it('summarises its first n rows as the written-out rows would', () => {
    fc.assert(
      fc.property(table, fc.nat(), ({ values, weights }, seed) => {
        const { bank, mean, std } = normalBankFromHeights(values, seed, weights);
        const whole = summarizeWeighted(values, weights);
        expect(mean).toBeCloseTo(whole.mean, 9);
        expect(std).toBeCloseTo(Math.sqrt(whole.variance), 7);
        const n = Math.ceil(values.length / 2);
        const head = Array.from({ length: n }, (_, i) => normalBankHeight(bank, { mean, std }, i));
        const w = Array.from({ length: n }, (_, i) => normalBankWeight(bank, i));
        const want = summarize(expand(head, w));
        const got = normalBankSummary(bank, { mean, std, size: n });
        expect(got.n).toBe(want.n);
        expect(got.mean).toBeCloseTo(want.mean, 6);
        expect(got.variance).toBeCloseTo(want.variance, 4);
        const rest = normalBankRangeSummary(bank, { mean, std }, n, values.length);
        if (n < values.length) {
          expect(rest.n).toBe(whole.n - want.n);
        } else {
          expect(rest.n).toBe(0);
        }
      }),
    );
  });

  it('refuses weights that are not positive finite numbers, or too few of them', () => {
    expect(() => normalBankFromHeights([160, 170], 1, [1, 0])).toThrow(/above 0/);
    expect(() => normalBankFromHeights([160, 170], 1, [1, NaN])).toThrow(/above 0/);
    expect(() => normalBankFromHeights([160, 170], 1, [1])).toThrow(/2 weights/);
  });

  it('picks a row with a chance in proportion to its weight', () => {
    const { bank } = normalBankFromHeights([150, 160, 170, 180], 3, [0.5, 1.5, 1, 1]);
    const n = 4;
    const total = bank.cumWeight![n]!;
    const hits = new Array<number>(n).fill(0);
    // Uniform numbers on a fine grid: each row gets the share of [0, 1) its weight covers.
    const grid = 4000;
    for (let k = 0; k < grid; k++) hits[normalBankPick(bank, n, (k + 0.5) / grid)]!++;
    hits.forEach((h, i) => expect(h / grid).toBeCloseTo(normalBankWeight(bank, i) / total, 3));
    // Only the first `size` rows are drawn from when the slider asks for fewer.
    for (let k = 0; k < 100; k++) expect(normalBankPick(bank, 2, k / 100)).toBeLessThan(2);
    expect(normalBankPick(bank, n, 0)).toBe(0);
    expect(normalBankPick(bank, n, 0.999999999)).toBe(n - 1);
  });

  it('picks evenly without weights, and never past the last row', () => {
    const { bank } = normalBankFromHeights([150, 160, 170], 3);
    expect([0, 0.34, 0.67, 0.999999].map((u) => normalBankPick(bank, 3, u))).toEqual([0, 1, 2, 2]);
    expect(normalBankPick(bank, 3, 1)).toBe(2);
  });
});

describe('a weighted histogram', () => {
  it('counts people: whole weights give the written-out table’s counts', () => {
    fc.assert(
      fc.property(table, ({ values, weights }) => {
        const domain = { lo: 150, hi: 190, bins: 8 };
        const got = histogram(values, domain, weights).map((b) => b.count);
        const want = histogram(expand(values, weights), domain).map((b) => b.count);
        expect(got).toEqual(want);
      }),
    );
  });

  it('adds fractional weights and refuses a weight list of another length', () => {
    const bins = histogram([151, 152, 171], { lo: 150, hi: 190, bins: 2 }, [0.25, 0.5, 2]);
    expect(bins.map((b) => b.count)).toEqual([0.75, 2]);
    expect(() => histogram([150], { lo: 150, hi: 190, bins: 2 }, [])).toThrow(/1 weights/);
  });
});

describe('training on a weighted dataset', () => {
  const bankDataset = (values: number[], weights: number[] | undefined, seed: number): Dataset => {
    const { bank, mean, std } = normalBankFromHeights(values, seed, weights);
    const size = values.length;
    return {
      summary: normalBankSummary(bank, { mean, std, size }),
      draw: (u) => normalBankHeight(bank, { mean, std }, normalBankPick(bank, size, u)),
    };
  };
  const phase = (batchSize: number | 'full') => ({
    steps: 400,
    lr: 0.05,
    optimizer: 'sgd' as const,
    batchSize,
  });

  it('full-batch fine-tuning ends at the weighted mean, and the ideal counts people', () => {
    const neu = bankDataset([160, 180], [3, 1], 2);
    expect(neu.summary.n).toBe(4);
    const run = trainOn({
      old: bankDataset([170], undefined, 1),
      new: neu,
      init: 170,
      seed: 1,
      pretrain: phase('full'),
      finetune: { ...phase('full'), strategy: { kind: 'naive' } },
    });
    expect(run.theta[run.theta.length - 1]).toBeCloseTo(165, 6);
  });

  it('draws mini-batches in proportion to the weights', () => {
    // Two heights, 160 standing for three people and 180 for one: a batch of one is 160 three
    // times in four, so with η = 0.5 (θ jumps to the drawn height) θ sits at 160 that often.
    const run = trainOn({
      old: bankDataset([170], undefined, 1),
      new: bankDataset([160, 180], [3, 1], 2),
      init: 170,
      seed: 9,
      pretrain: { ...phase(1), steps: 0 },
      finetune: { ...phase(1), steps: 4000, lr: 0.5, strategy: { kind: 'naive' } },
    });
    const after = Array.from(run.theta.subarray(1));
    for (const th of after) expect([160, 180].some((h) => Math.abs(th - h) < 1e-9)).toBe(true);
    const share = after.filter((th) => Math.abs(th - 160) < 1e-9).length / after.length;
    const se = Math.sqrt((0.75 * 0.25) / after.length);
    expect(Math.abs(share - 0.75)).toBeLessThan(5 * se);
  });
});
