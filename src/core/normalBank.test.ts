// @vitest-environment node
// The bank of draws is a pure function of the seed: how it was grown never changes what it holds,
// and its O(1) summaries equal the summaries of the heights it stands for.
import { describe, expect, it } from 'vitest';
import {
  normalBankCreate,
  normalBankFromHeights,
  normalBankGrow,
  normalBankHeight,
  normalBankRangeSummary,
  normalBankSummary,
} from './normalBank';
import { sampleStandardNormals } from './sampling';
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
