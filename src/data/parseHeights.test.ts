// @vitest-environment node
// Reading pasted or uploaded heights: headers, columns, units, and every bad line reported by number.
import { describe, expect, it } from 'vitest';
import { normalBankFromHeights, normalBankSummary, summarize } from '../core/index';
import { heightsFromColumn, parseTable } from './parseHeights';

describe('parseHeights', () => {
  it('reads a plain list, one height per line', () => {
    const t = parseTable('170\n165.5\n181\n');
    expect(t.hasHeader).toBe(false);
    expect(t.columns).toEqual(['Column 1']);
    expect(heightsFromColumn(t, 0, 'cm').values).toEqual([170, 165.5, 181]);
  });

  it('finds a header and the columns of a CSV, and converts inches to cm', () => {
    const t = parseTable('name,height_in\nAda,65\nBo,70\n');
    expect(t.hasHeader).toBe(true);
    expect(t.columns).toEqual(['name', 'height_in']);
    const h = heightsFromColumn(t, 1, 'in');
    expect(h.values).toEqual([65 * 2.54, 70 * 2.54]);
    expect(h.problems).toEqual([]);
  });

  it('reports text, empty, negative and absurd values with their line numbers', () => {
    const t = parseTable('height\n170\nabc\n\n-5\n1700\n172.5\n');
    const h = heightsFromColumn(t, 0, 'cm');
    expect(h.values).toEqual([170, 172.5]);
    expect(h.problems).toEqual([
      { line: 3, text: 'abc', reason: 'not a number' },
      { line: 4, text: '', reason: 'empty' },
      { line: 5, text: '-5', reason: 'not a positive height' },
      { line: 6, text: '1700', reason: 'not a plausible height in cm' },
    ]);
  });

  it('caps the listed problems and counts the rest', () => {
    // The first line is a height, so it is not taken for a header.
    const t = parseTable(['170', ...Array.from({ length: 250 }, () => 'x')].join('\n'));
    const h = heightsFromColumn(t, 0, 'cm', 200);
    expect(h.problems).toHaveLength(200);
    expect(h.moreProblems).toBe(50);
  });

  it('imported heights keep their summary and every value through the bank', () => {
    const heights = [150, 160, 170, 180, 190, 175.5, 168];
    const { bank, mean, std } = normalBankFromHeights(heights, 1);
    const back = Array.from(bank.z, (z) => mean + std * z).sort((a, b) => a - b);
    back.forEach((v, i) => expect(v).toBeCloseTo([...heights].sort((a, b) => a - b)[i]!, 9));
    const s = normalBankSummary(bank, { mean, std, size: heights.length });
    expect(s.mean).toBeCloseTo(summarize(heights).mean, 10);
    expect(s.variance).toBeCloseTo(summarize(heights).variance, 8);
  });
});
