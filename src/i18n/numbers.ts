/**
 * Numbers in the language on show: "1,234.5" in English, "1.234,5" in German, "1 234,5" in French.
 * Formatters are made once per language and options, because a chart formats every tick on every
 * frame and building an Intl.NumberFormat costs far more than using one.
 */
import { currentLocale } from './catalogue';

/** The options the page formats with; each is part of a formatter's key below. */
export type NumberOptions = Pick<
  Intl.NumberFormatOptions,
  | 'style'
  | 'minimumFractionDigits'
  | 'maximumFractionDigits'
  | 'maximumSignificantDigits'
  | 'useGrouping'
>;

const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: NumberOptions): Intl.NumberFormat {
  const locale = currentLocale();
  // Built by hand: JSON.stringify on every call was the largest cost of formatting at start-up.
  const o = options;
  const key = `${locale}|${o.style}|${o.minimumFractionDigits}|${o.maximumFractionDigits}|${o.maximumSignificantDigits}|${o.useGrouping}`;
  let f = cache.get(key);
  if (!f) {
    // "negative": a value that rounds to zero shows "0.0", never "-0.0".
    f = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
    cache.set(key, f);
  }
  return f;
}

/** `x` with Intl's `options` in the language on show. */
export function formatNumber(x: number, options: NumberOptions = {}): string {
  return formatter(options).format(x);
}

/** `x` with exactly `digits` decimals and no thousands groups, as a readout shows it: "170,1". */
export function formatDecimals(x: number, digits: number): string {
  return formatter({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(x);
}

const marks = new Map<string, '.' | ','>();

/** The mark between whole and fraction in the language on show, worked out once per language. */
export function decimalMark(): '.' | ',' {
  const locale = currentLocale();
  let mark = marks.get(locale);
  if (!mark) {
    const part = formatter({ minimumFractionDigits: 1 })
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal');
    mark = part?.value === ',' ? ',' : '.';
    marks.set(locale, mark);
  }
  return mark;
}
