import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, labelCandidates, placeLabels } from './labelPlacement';
import type { Box } from './labelPlacement';

const area: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('placeLabels', () => {
  it('gives the more important label its first choice and moves the other', () => {
    const same = { x0: 300, y0: 100, x1: 390, y1: 116 };
    const below = { x0: 300, y0: 120, x1: 390, y1: 136 };
    const got = placeLabels(
      [
        { id: 'old', priority: 1, candidates: [same, below] },
        { id: 'ideal', priority: 2, candidates: [same] },
      ],
      area,
    );
    expect(got.get('ideal')).toEqual(same);
    expect(got.get('old')).toEqual(below);
  });

  it('leaves out a label with no free place inside the plot instead of overlapping', () => {
    const box = { x0: 10, y0: 10, x1: 60, y1: 26 };
    const outside = { x0: 380, y0: 10, x1: 430, y1: 26 };
    const got = placeLabels(
      [
        { id: 'a', priority: 1, candidates: [box] },
        { id: 'b', priority: 0, candidates: [box, outside] },
      ],
      area,
    );
    expect(got.get('a')).toEqual(box);
    expect(got.get('b')).toBeNull();
  });

  it('never returns two overlapping boxes, nor one outside the plot', () => {
    const boxArb = fc
      .record({ x: fc.integer({ min: -50, max: 400 }), y: fc.integer({ min: -50, max: 300 }) })
      .map(({ x, y }) => ({ x0: x, y0: y, x1: x + 80, y1: y + 18 }));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            priority: fc.integer({ min: 0, max: 5 }),
            candidates: fc.array(boxArb, { maxLength: 6 }),
          }),
          {
            maxLength: 10,
          },
        ),
        (reqs) => {
          const got = placeLabels(
            reqs.map((r, i) => ({ ...r, id: String(i) })),
            area,
          );
          const boxes = [...got.values()].filter((b): b is Box => b !== null);
          for (const b of boxes) {
            expect(b.x0).toBeGreaterThanOrEqual(-0.5);
            expect(b.y1).toBeLessThanOrEqual(300.5);
          }
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
        },
      ),
    );
  });
});

describe('labelCandidates', () => {
  it('puts a line label on its preferred side first, then the other side', () => {
    const [first, second] = labelCandidates(
      { kind: 'hline', y: 150, prefer: 'above', edge: 'right' },
      80,
      16,
      area,
    );
    expect(first!.y1).toBeLessThanOrEqual(150);
    expect(first!.x1).toBeLessThanOrEqual(400);
    expect(second!.y0).toBeGreaterThanOrEqual(150);
  });

  it('puts a rule label to the right of the rule first, then to its left', () => {
    const [right, left] = labelCandidates({ kind: 'vline', x: 200, edge: 'top' }, 30, 16, area);
    expect(right!.x0).toBeGreaterThan(200);
    expect(left!.x1).toBeLessThan(200);
    expect(right!.y0).toBeLessThan(20);
  });

  it('puts a point label beside the point first, never on it', () => {
    const cands = labelCandidates({ kind: 'point', x: 100, y: 100 }, 40, 14, area);
    expect(cands[0]!.x0).toBeGreaterThan(100);
    expect(cands[1]!.x1).toBeLessThan(100);
    for (const c of cands)
      expect(c.x0 <= 100 && c.x1 >= 100 && c.y0 <= 100 && c.y1 >= 100).toBe(false);
  });

  it('lets two labels on nearly the same line both fit', () => {
    const a = labelCandidates(
      { kind: 'hline', y: 150, prefer: 'above', edge: 'right' },
      120,
      16,
      area,
    );
    const b = labelCandidates(
      { kind: 'hline', y: 152, prefer: 'above', edge: 'right' },
      100,
      16,
      area,
    );
    const got = placeLabels(
      [
        { id: 'a', priority: 2, candidates: a },
        { id: 'b', priority: 1, candidates: b },
      ],
      area,
    );
    expect(got.get('a')).not.toBeNull();
    expect(got.get('b')).not.toBeNull();
    expect(boxesOverlap(got.get('a')!, got.get('b')!)).toBe(false);
  });
});
