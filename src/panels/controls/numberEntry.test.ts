// @vitest-environment node
// What a field does with what was typed: take it, pull it into range and say so, or keep the last value.
import { describe, expect, it } from 'vitest';
import { badEntryMessage, formatEntry, settleEntry } from './numberEntry';

const size = { min: 1, max: 1_000_000, integer: true };
const lr = { min: 0.0001, max: 2 };

describe('settleEntry', () => {
  it('takes a number in range as typed, in any of the forms people type', () => {
    expect(settleEntry('1,000', size)).toEqual({ kind: 'ok', value: 1000 });
    expect(settleEntry('1e6', size)).toEqual({ kind: 'ok', value: 1_000_000 });
    expect(settleEntry('1 000', size)).toEqual({ kind: 'ok', value: 1000 });
    expect(settleEntry('.5', lr)).toEqual({ kind: 'ok', value: 0.5 });
    expect(settleEntry(',5', lr)).toEqual({ kind: 'ok', value: 0.5 });
    expect(settleEntry('0.0001', lr)).toEqual({ kind: 'ok', value: 0.0001 });
  });

  it('pulls a number above the range to the top and says so plainly', () => {
    expect(settleEntry('1e9', size)).toEqual({
      kind: 'adjusted',
      value: 1_000_000,
      message: '1,000,000 is the most: set to 1,000,000.',
    });
    expect(settleEntry('5', lr)).toEqual({
      kind: 'adjusted',
      value: 2,
      message: '2 is the most: set to 2.',
    });
  });

  it('pulls a number below the range to the bottom and says so plainly', () => {
    expect(settleEntry('-5', size)).toEqual({
      kind: 'adjusted',
      value: 1,
      message: '1 is the least: set to 1.',
    });
    expect(settleEntry('0', lr)).toEqual({
      kind: 'adjusted',
      value: 0.0001,
      message: '0.0001 is the least: set to 0.0001.',
    });
  });

  it('rounds a fraction where only whole numbers make sense', () => {
    expect(settleEntry('2.6', size)).toEqual({
      kind: 'adjusted',
      value: 3,
      message: 'Whole numbers only: set to 3.',
    });
    expect(settleEntry('0.4', size)).toMatchObject({ kind: 'adjusted', value: 1 });
  });

  it('refuses text and an empty field', () => {
    expect(settleEntry('abc', size)).toEqual({ kind: 'bad', empty: false });
    expect(settleEntry('  ', size)).toEqual({ kind: 'bad', empty: true });
    expect(badEntryMessage('abc', 50)).toBe('“abc” is not a number: kept 50.');
    expect(badEntryMessage('', 1000)).toBe('Nothing entered: kept 1,000.');
    expect(badEntryMessage('x', null)).toBe('“x” is not a number.');
  });

  it('accepts a limit given in another unit back at its own value', () => {
    const inches = { min: 50 / 2.54, max: 250 / 2.54 };
    expect(settleEntry(String(250 / 2.54), inches)).toEqual({ kind: 'ok', value: 250 / 2.54 });
  });

  it('writes numbers for people, never as an exponent', () => {
    expect(formatEntry(1_000_000)).toBe('1,000,000');
    expect(formatEntry(0.0001)).toBe('0.0001');
    expect(formatEntry(98.425196)).toBe('98.425');
  });
});
