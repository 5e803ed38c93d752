// @vitest-environment node
// A frequency table: one column says how many people each row stands for, fractions allowed.
import { describe, expect, it } from 'vitest';
import { filterRows, heightsFromColumn, parseTable } from './parseHeights';

const TABLE = [
  'height,count,sex',
  '64,2.5,female',
  '70,4,male',
  '66,,female',
  '68,x,male',
  '62,0,female',
  '63,-1,female',
  '61,1,female',
  'tall,3,male',
].join('\n');

describe('heightsFromColumn with a weight column', () => {
  it('reads each usable row’s weight beside its height, in cm', () => {
    const h = heightsFromColumn(parseTable(TABLE), 0, 'in', 200, 1);
    expect(h.values).toEqual([64 * 2.54, 70 * 2.54, 61 * 2.54]);
    expect(h.weights).toEqual([2.5, 4, 1]);
  });

  it('reports each row whose weight is missing, not a number or not above 0, by line', () => {
    const h = heightsFromColumn(parseTable(TABLE), 0, 'in', 200, 1);
    expect(h.problems).toEqual([
      { line: 4, text: '66', reason: 'no weight' },
      { line: 5, text: 'x', reason: 'the weight is not a number' },
      { line: 6, text: '0', reason: 'a weight must be above 0' },
      { line: 7, text: '-1', reason: 'a weight must be above 0' },
      { line: 9, text: 'tall', reason: 'not a number' },
    ]);
  });

  it('works with a row filter, and without a weight column gives no weights', () => {
    const t = filterRows(parseTable(TABLE), { column: 2, value: 'female' });
    const h = heightsFromColumn(t, 0, 'in', 200, 1);
    expect(h.weights).toEqual([2.5, 1]);
    const plain = heightsFromColumn(t, 0, 'in');
    expect(plain.weights).toBeUndefined();
    expect(plain.values).toHaveLength(5);
  });

  it('reads a decimal comma in a weight, as it does in a height', () => {
    const h = heightsFromColumn(parseTable('height;n\n170;1,5\n180;0,5'), 0, 'cm', 200, 1);
    expect(h.weights).toEqual([1.5, 0.5]);
  });
});
