/** What a typed entry becomes when a field commits it: the value, pulled into range, and what to tell the user. */
import { t } from '../../i18n/catalogue';
import { formatNumber } from '../../i18n/numbers';
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

/**
 * A number for a message, written as people read it in the language on show: "1,000,000",
 * "0.0001", "98.425" (German "98,425"). Never an exponent, which is what made "1.00e+9 is out of
 * range" hard to read.
 */
export function formatEntry(x: number): string {
  return Number.isInteger(x)
    ? formatNumber(x, { maximumFractionDigits: 0 })
    : formatNumber(x, { maximumSignificantDigits: 5 });
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
      message: t('controls.entry.most', { limit: formatEntry(max) }),
    };
  if (parsed < min - tol)
    return {
      kind: 'adjusted',
      value: min,
      message: t('controls.entry.least', { limit: formatEntry(min) }),
    };
  const value = Math.min(max, Math.max(min, parsed));
  if (integer && !Number.isInteger(value)) {
    const whole = Math.min(max, Math.max(min, Math.round(value)));
    return {
      kind: 'adjusted',
      value: whole,
      message: t('controls.entry.whole', { value: formatEntry(whole) }),
    };
  }
  return { kind: 'ok', value };
}

/** The message for an entry that is not a number, naming the value the field went back to. */
export function badEntryMessage(text: string, kept: number | null): string {
  const typed = text.trim();
  if (kept === null)
    return typed === '' ? t('controls.entry.empty') : t('controls.entry.notNumber', { typed });
  const values = { typed, kept: formatEntry(kept) };
  return typed === ''
    ? t('controls.entry.emptyKept', values)
    : t('controls.entry.notNumberKept', values);
}
