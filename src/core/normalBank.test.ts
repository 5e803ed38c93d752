// @vitest-environment node
// The bank of draws is a pure function of the seed: how it was grown never changes what it holds,
// and its O(1) summaries equal the summaries of the heights it stands for.
import { describe, expect, it } from 'vitest';
import {
  normalBankCreate,
  normalBankFromHeights,
  normalBankGrow,
  normalBankHeight,
  normalBankPick,
  normalBankRangeSummary,
  normalBankSummary,
  normalBankWeight,
} from './normalBank';
import { MAX_SAMPLE_SIZE, sampleStandardNormals } from './sampling';
import { summarize } from './summary';

describe('normalBankGrow', () => {
  it('growing an older bank twice gives the same draws as growing it once', () => {
    const older = normalBankGrow(normalBankCreate(5), 10);
    const first = normalBankGrow(older, 3000);
    const second = normalBankGrow(older, 5000);
    const direct = normalBankGrow(normalBankCreate(5), 5000);
    const stream = sampleStandardNormals(5000, 5);
    expect(Array.from(first.z.subarray(0, 3000))).toEqual(Array.from(stream.subarray(0, 3000)));
    expect(Array.from(second.z.subarray(0, 5000))).toEqual(Array.from(stream));
    expect(Array.from(direct.z.subarray(0, 5000))).toEqual(Array.from(stream));
    expect(normalBankSummary(second, { mean: 170, std: 7, size: 5000 })).toEqual(
      normalBankSummary(direct, { mean: 170, std: 7, size: 5000 }),
    );
  });

  it('leaves the bank it grew from as it was', () => {
    const older = normalBankGrow(normalBankCreate(9), 1);
    const copy = Array.from(older.z);
    normalBankGrow(older, 4000);
    expect(Array.from(older.z)).toEqual(copy);
  });

  it('cannot grow heights the user supplied', () => {
    const { bank } = normalBankFromHeights([160, 170, 180], 1);
    expect(() => normalBankGrow(bank, 4)).toThrow(RangeError);
    expect(normalBankGrow(bank, 3)).toBe(bank);
  });

  it('gives back the i-th height as mean + std · z[i]', () => {
    const bank = normalBankGrow(normalBankCreate(3), 10);
    expect(normalBankHeight(bank, { mean: 170, std: 7 }, 4)).toBe(170 + 7 * bank.z[4]!);
  });
});

describe('normalBankSummary and normalBankRangeSummary', () => {
  const bank = normalBankGrow(normalBankCreate(7), 2000);
  const spec = { mean: 170, std: 7 };
  const heights = Array.from(bank.z, (z) => spec.mean + spec.std * z);

  it('equal the summaries of the heights themselves, for the first n and for any range', () => {
    for (const n of [1, 2, 17, 2000]) {
      const want = summarize(heights.slice(0, n));
      const got = normalBankSummary(bank, { ...spec, size: n });
      expect(got.n).toBe(n);
      expect(got.mean).toBeCloseTo(want.mean, 9);
      expect(got.variance).toBeCloseTo(want.variance, 6);
    }
    for (const [from, to] of [
      [0, 10],
      [400, 401],
      [1234, 2000],
    ] as const) {
      const want = summarize(heights.slice(from, to));
      const got = normalBankRangeSummary(bank, spec, from, to);
      expect(got.n).toBe(to - from);
      expect(got.mean).toBeCloseTo(want.mean, 9);
      expect(got.variance).toBeCloseTo(want.variance, 6);
    }
  });

  it('refuse more draws than the bank holds, and give an empty summary for an empty range', () => {
    expect(() => normalBankSummary(bank, { ...spec, size: 2001 })).toThrow(RangeError);
    expect(normalBankSummary(bank, { ...spec, size: 0 }).n).toBe(0);
    expect(normalBankRangeSummary(bank, spec, 5, 5).n).toBe(0);
    expect(normalBankRangeSummary(bank, spec, 1990, 2001).n).toBe(0);
  });
});

describe('normalBankFromHeights', () => {
  it('gives back every height the user supplied, shuffled by the seed', () => {
    const given = [150, 155, 160, 165, 170, 175, 180, 185];
    const { bank, mean, std } = normalBankFromHeights(given, 4);
    const back = Array.from({ length: given.length }, (_, i) =>
      normalBankHeight(bank, { mean, std }, i),
    );
    expect([...back].sort((a, b) => a - b).map((h) => Math.round(h * 1e9) / 1e9)).toEqual(given);
    expect(back).not.toEqual(given);
    expect(normalBankFromHeights(given, 4).bank.z).toEqual(bank.z);
  });

  it('refuses no heights and non-finite ones', () => {
    expect(() => normalBankFromHeights([], 1)).toThrow(RangeError);
    expect(() => normalBankFromHeights([170, NaN], 1)).toThrow(RangeError);
  });
});

describe('the edges of the bank', () => {
  it('summarises a grown bank as the heights it stands for, up to every draw it holds', () => {
    // Grown twice, so the running sums continue from the first growth.
    const bank = normalBankGrow(normalBankGrow(normalBankCreate(9), 1000), 1500);
    const spec = { mean: 170, std: 7 };
    for (const size of [1, 1000, 1500, bank.length]) {
      const heights = Array.from(bank.z.subarray(0, size), (z) => 170 + 7 * z);
      const want = summarize(heights);
      const got = normalBankSummary(bank, { ...spec, size });
      expect(got.n).toBe(size);
      expect(got.mean).toBeCloseTo(want.mean, 9);
      expect(got.variance).toBeCloseTo(want.variance, 6);
    }
  });

  it('grows by doubling, to at least 1024 draws', () => {
    expect(normalBankGrow(normalBankCreate(2), 3).length).toBe(1024);
    const full = normalBankGrow(normalBankCreate(2), 1024);
    expect(normalBankGrow(full, 1025).length).toBe(2048);
    expect(normalBankGrow(full, 5000).length).toBe(5000);
  });

  it('asking for no more draws than it holds gives the bank itself; bad sizes are refused', () => {
    const bank = normalBankGrow(normalBankCreate(2), 10);
    expect(normalBankGrow(bank, 0)).toBe(bank);
    expect(normalBankGrow(bank, bank.length)).toBe(bank);
    for (const size of [-1, 1.5, NaN, MAX_SAMPLE_SIZE + 1]) {
      expect(() => normalBankGrow(bank, size)).toThrow(/size must be an integer/);
    }
    const supplied = normalBankFromHeights([160, 170, 180], 1).bank;
    expect(() => normalBankGrow(supplied, 4)).toThrow(/only 3 heights were supplied/);
    expect(() => normalBankSummary(supplied, { mean: 0, std: 1, size: 4 })).toThrow(/holds 3/);
  });

  it('a range that is empty or runs backwards holds nobody', () => {
    const bank = normalBankGrow(normalBankCreate(2), 100);
    const spec = { mean: 170, std: 7 };
    const ranges: [number, number][] = [
      [5, 5],
      [9, 4],
      [0, bank.length + 1],
    ];
    for (const [from, to] of ranges) {
      expect(normalBankRangeSummary(bank, spec, from, to).n).toBe(0);
    }
  });

  it('a weighted pick gives each draw the half-open share [cw_i, cw_{i+1}) of the total weight', () => {
    // Weights 1, 1, 2 (of 4): u in [0, ¼) picks draw 0, [¼, ½) draw 1, [½, 1) draw 2.
    const bank = {
      ...normalBankCreate(1),
      length: 3,
      z: new Float64Array(3),
      weights: Float64Array.from([1, 1, 2]),
      cumWeight: Float64Array.from([0, 1, 2, 4]),
    };
    expect([0, 0.2499, 0.25, 0.4999, 0.5, 0.9999].map((u) => normalBankPick(bank, 3, u))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
    expect(normalBankWeight(bank, 2)).toBe(2);
  });

  it('refuses weights that do not match the heights, naming the problem', () => {
    expect(() => normalBankFromHeights([160, 170], 1, [1])).toThrow(/2 heights need 2 weights/);
    expect(() => normalBankFromHeights([160, 170], 1, [1, 0])).toThrow(/above 0/);
    expect(() => normalBankFromHeights([], 1)).toThrow(/no heights/);
    expect(() => normalBankFromHeights([160, NaN], 1)).toThrow(/finite/);
  });
});
