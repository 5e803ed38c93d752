/** Reads a number as people type it into a field: "1e6", "1,000", "1 000", "0.5", ".5", ",5", "−3". */
import { decimalMark } from '../i18n/numbers';

export interface NumberSyntax {
  /**
   * The decimal separator of the page's locale. The other of "." and "," then groups thousands,
   * as spaces always do. By default, the language on show decides.
   */
  decimal: '.' | ',';
}

export const ENGLISH: NumberSyntax = { decimal: '.' };

// Every kind of space a keyboard or a paste can put between digit groups.
const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
// Minus signs that are not the ASCII hyphen: the true minus, and the dashes a phone may substitute.
const MINUS = /^[\u2212\u2012\u2013\u2014\ufe63\uff0d]/;

/** Digits grouped in threes by `sep`, with no leading zero: "1,000", "12 345 678". */
function isGrouped(int: string, sep: string): boolean {
  const groups = int.split(sep);
  if (groups.length < 2) return false;
  const [first, ...rest] = groups;
  return /^[1-9]\d{0,2}$/.test(first!) && rest.every((g) => /^\d{3}$/.test(g));
}

/**
 * Reads digits that may hold one decimal separator and thousands groups. `alt` is the other
 * separator: it groups thousands, but when it appears once, no real decimal separator is present
 * and it cannot be a thousands group (",5", "1,5", "0,001"), it is taken as a decimal mark, because
 * that is what someone used to the other convention meant.
 */
function readMantissa(text: string, decimal: string, alt: string): string | null {
  if (text.includes(decimal)) {
    const parts = text.split(decimal);
    if (parts.length !== 2) return null;
    const [int, frac] = parts as [string, string];
    if (!/^\d*$/.test(frac)) return null;
    const whole = readInteger(int, alt);
    if (whole === null || (whole === '' && frac === '')) return null;
    return `${whole || '0'}.${frac || '0'}`;
  }
  const whole = readInteger(text, alt);
  if (whole !== null && whole !== '') return whole;
  const parts = text.split(alt);
  if (parts.length === 2 && /^\d*$/.test(parts[0]!) && /^\d+$/.test(parts[1]!))
    return `${parts[0] || '0'}.${parts[1]}`;
  return null;
}

/** Plain digits, or digits grouped in threes by `sep` or by spaces; '' for nothing; null otherwise. */
function readInteger(text: string, sep: string): string | null {
  if (/^\d*$/.test(text)) return text;
  for (const by of [sep, ' ']) if (isGrouped(text, by)) return text.split(by).join('');
  return null;
}

/**
 * The number in `text`, or null when it is not one. Accepts a sign, thousands groups (by the
 * non-decimal separator or by spaces), a decimal part and an exponent; refuses anything else,
 * "Infinity" and "0x10" included, rather than guessing.
 */
export function parseNumber(
  text: string,
  syntax: NumberSyntax = { decimal: decimalMark() },
): number | null {
  const decimal = syntax.decimal;
  const alt = decimal === '.' ? ',' : '.';
  let s = text.trim().replace(MINUS, '-');
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1).trimStart();
  }
  // Spaces group thousands too ("1 000 000"), but never mark decimals: one plain space for each run.
  s = s.replace(SPACES, ' ');
  const e = s.search(/e/i);
  const mantissaText = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? '' : s.slice(e + 1);
  if (e >= 0 && !/^[+-]?\d+$/.test(exponent)) return null;
  const mantissa = readMantissa(mantissaText, decimal, alt);
  if (mantissa === null) return null;
  const value = Number(`${sign}${mantissa}${e < 0 ? '' : `e${exponent}`}`);
  return Number.isFinite(value) ? value : null;
}
