// @vitest-environment node
// Reading typed numbers: the forms people type are accepted, anything else is refused, not guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber';

describe('parseNumber', () => {
  it.each([
    ['50', 50],
    ['  50  ', 50],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e6', 1e6],
    ['1E6', 1e6],
    ['2.5e-3', 0.0025],
    ['1e+3', 1000],
    ['1e9', 1e9],
    ['-5', -5],
    ['+5', 5],
    ['\u22123', -3],
    ['- 3', -3],
    ['1,000', 1000],
    ['1,000,000', 1_000_000],
    ['1,000.25', 1000.25],
    ['1 000', 1000],
    ['1\u00a0000\u00a0000', 1_000_000],
    ['1\u202f000', 1000],
    ['1,5e3', 1500],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('takes a lone comma that cannot group thousands as a decimal mark', () => {
    expect(parseNumber(',5')).toBe(0.5);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('0,001')).toBe(0.001);
    expect(parseNumber('-,25')).toBe(-0.25);
    // Three digits after one comma is a thousands group on an English page.
    expect(parseNumber('1,234')).toBe(1234);
  });

  it.each([
    '',
    '   ',
    'abc',
    '1e',
    'e5',
    '.',
    ',',
    '--5',
    '1.2.3',
    '1,2,3',
    '1.000,5',
    '12,34,567',
    '1 5',
    '1_000',
    '0x10',
    'Infinity',
    'NaN',
    '1e999',
    '5 cm',
  ])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('is ready for a page whose decimal separator is a comma', () => {
    const comma = { decimal: ',' } as const;
    expect(parseNumber('0,5', comma)).toBe(0.5);
    expect(parseNumber(',5', comma)).toBe(0.5);
    expect(parseNumber('1.000', comma)).toBe(1000);
    expect(parseNumber('1.000.000,25', comma)).toBe(1_000_000.25);
    expect(parseNumber('1 000,5', comma)).toBe(1000.5);
    expect(parseNumber('1.5', comma)).toBe(1.5);
    expect(parseNumber('1,000.5', comma)).toBeNull();
  });

  it('reads back every number JavaScript writes, and the same number with thousands groups', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumber(String(x))).toBe(x === 0 ? 0 : x);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const grouped = new Intl.NumberFormat('en-GB').format(n);
        expect(parseNumber(grouped)).toBe(n);
      }),
    );
  });
});
