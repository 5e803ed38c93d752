// Checks the histogram counts against a direct count over the same equal-width edges.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { histogram } from './histogram';

/** Counts by scanning edges lo + i·w: a value belongs where it is ≥ x0 and < x1 (last bin ≤ hi). */
function directCounts(data: number[], lo: number, hi: number, bins: number): number[] {
  const w = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) =>
    i === 0 ? lo : i === bins ? hi : lo + i * w,
  );
  const counts = new Array<number>(bins).fill(0);
  for (const v of data) {
    if (!(v >= lo && v <= hi)) continue;
    for (let i = 0; i < bins; i++) {
      if (v >= edges[i]! && (v < edges[i + 1]! || i === bins - 1)) {
        counts[i]!++;
        break;
      }
    }
  }
  return counts;
}

describe('histogram', () => {
  it('the worked example: [160, 170, 171, 180] over 150–190 in 4 bins', () => {
    const h = histogram([160, 170, 171, 180], { lo: 150, hi: 190, bins: 4 });
    expect(h.map((b) => b.count)).toEqual([0, 1, 2, 1]);
    expect(h.map((b) => [b.x0, b.x1])).toEqual([
      [150, 160],
      [160, 170],
      [170, 180],
      [180, 190],
    ]);
  });

  it('includes lo and hi, and drops values outside the domain', () => {
    const h = histogram([150, 190, 149.999, 190.001, NaN], { lo: 150, hi: 190, bins: 4 });
    expect(h.map((b) => b.count)).toEqual([1, 0, 0, 1]);
  });

  it('one bin counts everything inside [lo, hi]', () => {
    const h = histogram([1, 2, 3, 10], { lo: 1, hi: 3, bins: 1 });
    expect(h).toEqual([{ x0: 1, x1: 3, count: 3 }]);
  });

  it('matches a direct count, with bins of equal width covering [lo, hi]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.double({ min: -1500, max: 2000, noNaN: true }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 20 }),
        (lo, width, bins, data, onEdges) => {
          const hi = lo + width;
          // Also place values exactly on bin edges, where off-by-one mistakes live.
          const values = [...data, ...onEdges.map((i) => lo + (Math.min(i, bins) * width) / bins)];
          const h = histogram(Float64Array.from(values), { lo, hi, bins });
          expect(h.length).toBe(bins);
          expect(h[0]!.x0).toBe(lo);
          expect(h[bins - 1]!.x1).toBe(hi);
          for (let i = 0; i < bins; i++) {
            expect(h[i]!.x1 - h[i]!.x0).toBeCloseTo(width / bins, 9);
            if (i > 0) expect(h[i]!.x0).toBe(h[i - 1]!.x1);
          }
          expect(h.map((b) => b.count)).toEqual(directCounts(values, lo, hi, bins));
          const inside = values.filter((v) => v >= lo && v <= hi).length;
          expect(h.reduce((a, b) => a + b.count, 0)).toBe(inside);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('two datasets over the same domain line up bar for bar', () => {
    const dom = { lo: 140, hi: 200, bins: 12 };
    const a = histogram([150, 151, 199], dom);
    const b = histogram([141, 170, 200], dom);
    expect(a.map((x) => [x.x0, x.x1])).toEqual(b.map((x) => [x.x0, x.x1]));
  });

  it('rejects an empty domain or a bad bin count', () => {
    expect(() => histogram([1], { lo: 5, hi: 5, bins: 3 })).toThrow(RangeError);
    expect(() => histogram([1], { lo: 6, hi: 5, bins: 3 })).toThrow(RangeError);
    expect(() => histogram([1], { lo: 0, hi: 5, bins: 0 })).toThrow(RangeError);
    expect(() => histogram([1], { lo: 0, hi: 5, bins: 2.5 })).toThrow(RangeError);
    expect(() => histogram([1], { lo: NaN, hi: 5, bins: 2 })).toThrow(RangeError);
  });
});

describe('histogram refusals', () => {
  it('names what a domain needs', () => {
    expect(() => histogram([170], { lo: 190, hi: 150, bins: 4 })).toThrow(
      /histogram needs hi > lo and a whole number of bins/,
    );
  });
});
