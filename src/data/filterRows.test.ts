// @vitest-environment node
// Keeping only the rows where one column has a chosen value, before the heights are read.
import { describe, expect, it } from 'vitest';
import { columnValues, filterRows, heightsFromColumn, parseTable } from './parseHeights';

const TABLE = [
  'name,gender,height',
  'Ada,female,165',
  'Bo,male,180',
  'Cy, Female ,x',
  'Di,female,170',
  'Ed,male,175',
  'Flo,,160',
].join('\n');

describe('filterRows', () => {
  it('keeps the rows whose cell matches, ignoring case and spaces, with their line numbers', () => {
    const t = parseTable(TABLE);
    const kept = filterRows(t, { column: 1, value: 'female' });
    expect(kept.rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(kept.columns).toEqual(t.columns);
    const h = heightsFromColumn(kept, 2, 'cm');
    expect(h.values).toEqual([165, 170]);
    // A bad row among those kept is still reported by its line in the file.
    expect(h.problems).toEqual([{ line: 4, text: 'x', reason: 'not a number' }]);
  });

  it('no filter keeps every row, and a value no row has keeps none', () => {
    const t = parseTable(TABLE);
    expect(filterRows(t, null)).toBe(t);
    expect(filterRows(t, { column: 1, value: 'other' }).rows).toEqual([]);
    // An empty value keeps the rows with an empty cell.
    expect(filterRows(t, { column: 1, value: '' }).rows.map((r) => r.line)).toEqual([7]);
  });

  it('leaves the table it was given alone', () => {
    const t = parseTable(TABLE);
    filterRows(t, { column: 1, value: 'male' });
    expect(t.rows.length).toBe(6);
  });
});

describe('columnValues', () => {
  it('lists each value once, most frequent first, with its count', () => {
    const v = columnValues(parseTable(TABLE), 1);
    expect(v.values).toEqual([
      { value: 'female', rows: 3 },
      { value: 'male', rows: 2 },
      { value: '', rows: 1 },
    ]);
    expect(v.more).toBe(false);
  });

  it('caps a column of many values and says there were more', () => {
    const t = parseTable(
      ['h', ...Array.from({ length: 30 }, (_, i) => String(150 + i))].join('\n'),
    );
    const v = columnValues(t, 0, 10);
    expect(v.values.length).toBe(10);
    expect(v.more).toBe(true);
  });
});
