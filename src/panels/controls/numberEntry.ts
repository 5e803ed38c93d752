/** What a typed entry becomes when a field commits it: the value, pulled into range, and what to tell the user. */
import { parseNumber } from '../../ui/parseNumber';
import type { NumberSyntax } from '../../ui/parseNumber';

export interface EntryRules {
  min: number;
  max: number;
  integer?: boolean;
  syntax?: NumberSyntax;
}

export type Entry =
  /** A number in range, taken as typed. */
  | { kind: 'ok'; value: number }
  /** A number, moved to the nearest value the field allows; `message` says where. */
  | { kind: 'adjusted'; value: number; message: string }
  /** Not a number (or nothing): the field keeps its last good value. */
  | { kind: 'bad'; empty: boolean };

const wholeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const partFormat = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 5 });

/**
 * A number for a message, written as people read it: "1,000,000", "0.0001", "98.425". Never an
 * exponent, which is what made "1.00e+9 is out of range" hard to read.
 */
export function formatEntry(x: number): string {
  return Number.isInteger(x) ? wholeFormat.format(x) : partFormat.format(x);
}

export function settleEntry(text: string, rules: EntryRules): Entry {
  const { min, max, integer = false, syntax } = rules;
  const parsed = parseNumber(text, syntax);
  if (parsed === null) return { kind: 'bad', empty: text.trim() === '' };
  // A hair of tolerance: a limit shown in inches and typed back must not count as out of range.
  const tol = 1e-9 * Math.max(1, Math.abs(max), Math.abs(min));
  if (parsed > max + tol)
    return {
      kind: 'adjusted',
      value: max,
      message: `${formatEntry(max)} is the most: set to ${formatEntry(max)}.`,
    };
  if (parsed < min - tol)
    return {
      kind: 'adjusted',
      value: min,
      message: `${formatEntry(min)} is the least: set to ${formatEntry(min)}.`,
    };
  const value = Math.min(max, Math.max(min, parsed));
  if (integer && !Number.isInteger(value)) {
    const whole = Math.min(max, Math.max(min, Math.round(value)));
    return {
      kind: 'adjusted',
      value: whole,
      message: `Whole numbers only: set to ${formatEntry(whole)}.`,
    };
  }
  return { kind: 'ok', value };
}

/** The message for an entry that is not a number, naming the value the field went back to. */
export function badEntryMessage(text: string, kept: number | null): string {
  const what = text.trim() === '' ? 'Nothing entered' : `“${text.trim()}” is not a number`;
  return kept === null ? `${what}.` : `${what}: kept ${formatEntry(kept)}.`;
}
