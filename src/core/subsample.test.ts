// A seeded subsample without replacement: reproducible, never repeats a record, nested in its size.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededShuffle, subsampleWithoutReplacement } from './sampling';

/** Distinct records: the numbers 0 … n−1, so a repeat would show as a duplicate value. */
const records = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

describe('subsampleWithoutReplacement', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = subsampleWithoutReplacement(records(500), 50, 3);
    expect(Array.from(subsampleWithoutReplacement(records(500), 50, 3))).toEqual(Array.from(a));
    expect(Array.from(subsampleWithoutReplacement(records(500), 50, 4))).not.toEqual(Array.from(a));
  });

  it('never takes a record twice, and takes only records that are there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, seed, share) => {
          const size = Math.floor(share * n);
          const s = subsampleWithoutReplacement(records(n), size, seed);
          expect(s.length).toBe(size);
          expect(new Set(s).size).toBe(size);
          for (const v of s) expect(v >= 0 && v < n && Number.isInteger(v)).toBe(true);
        },
      ),
    );
  });

  it('the whole group is every record once; a larger size keeps the smaller one', () => {
    const all = subsampleWithoutReplacement(records(205), 205, 9);
    expect(Array.from(all).sort((x, y) => x - y)).toEqual(Array.from(records(205)));
    const ten = subsampleWithoutReplacement(records(205), 10, 9);
    expect(Array.from(ten)).toEqual(Array.from(all.slice(0, 10)));
  });

  it('leaves its input alone and refuses a size the group does not have', () => {
    const input = records(5);
    seededShuffle(input, 1);
    expect(Array.from(input)).toEqual([0, 1, 2, 3, 4]);
    expect(() => subsampleWithoutReplacement(input, 6, 1)).toThrow(RangeError);
    expect(() => subsampleWithoutReplacement(input, 1.5, 1)).toThrow(RangeError);
  });

  it('picks every record equally often across seeds', () => {
    const counts = new Array<number>(10).fill(0);
    for (let seed = 0; seed < 4000; seed++)
      for (const v of subsampleWithoutReplacement(records(10), 3, seed)) counts[v]!++;
    // 1,200 expected each; the binomial sd is about 29.
    for (const c of counts) expect(Math.abs(c - 1200)).toBeLessThan(150);
  });
});
