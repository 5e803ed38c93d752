/**
 * Number formatting shared by the readout, captions, tooltips and controls, in the language on
 * show: "1,000,000" and "170.1" in English, "1.000.000" and "170,1" in German.
 */
import type { LengthUnit } from '../core/index';
import { decimalMark, formatDecimals, formatNumber } from '../i18n/numbers';

/** A whole number with thousands separators: 1,000,000. */
export function formatInt(n: number): string {
  return formatNumber(n, { maximumFractionDigits: 0 });
}

/** A value with a fixed number of decimals, or a dash when it is not a finite number. */
export function formatFixed(x: number, digits = 1): string {
  return Number.isFinite(x) ? formatDecimals(x, digits) : '—';
}

/** A number JavaScript wrote with "." ("1.5", "1.23e+6"), with the language's decimal mark. */
function withMark(text: string): string {
  const mark = decimalMark();
  return mark === '.' ? text : text.replace('.', mark);
}

export const CM_PER_INCH = 2.54;

// Lengths are held in cm everywhere (state, links, files) and shown in one of these.
export type { LengthUnit };

/** A length held in cm, in `unit`. */
export function lengthIn(cm: number, unit: LengthUnit): number {
  return unit === 'in' ? cm / CM_PER_INCH : cm;
}

/** A squared length held in cm², in the square of `unit`. */
export function areaIn(cm2: number, unit: LengthUnit): number {
  return unit === 'in' ? cm2 / (CM_PER_INCH * CM_PER_INCH) : cm2;
}

/** A length in `unit` with its unit: "170.1 cm" or "67.0 in". */
export function formatLength(cm: number, unit: LengthUnit, digits = 1): string {
  return `${formatFixed(lengthIn(cm, unit), digits)} ${unit}`;
}

/** A squared length (a loss, a variance) with its unit: "64.2 cm²" or "9.95 in²". */
export function formatArea(cm2: number, unit: LengthUnit, sig = 3): string {
  return `${formatSig(areaIn(cm2, unit), sig)} ${unit}²`;
}

/**
 * Prose written in cm ("about 64 cm² here", "15 cm taller") with each length in `unit`. Texts that
 * are written once, such as the tour's questions, keep their round cm numbers in the source.
 */
export function lengthsInProse(text: string, unit: LengthUnit): string {
  if (unit === 'cm') return text;
  return text.replace(/(\d[\d,]*(?:\.\d+)?) cm(²?)/g, (_, n: string, sq: string) => {
    const cm = Number(n.replace(/,/g, ''));
    return `${formatSig(sq ? areaIn(cm, unit) : lengthIn(cm, unit), 2)} ${unit}${sq}`;
  });
}

/**
 * Everything a component needs to show lengths in one unit. There is one per unit, made once, so
 * a memoised chart given it as a prop re-renders exactly when the unit changes.
 */
export interface LengthFormat {
  readonly unit: LengthUnit;
  /** "cm²" or "in²", for losses and variances. */
  readonly areaUnit: string;
  /** A length held in cm, in this unit. */
  toShown(cm: number): number;
  /** A length typed or drawn in this unit, back in cm. */
  fromShown(shown: number): number;
  toShownArea(cm2: number): number;
  fromShownArea(shown: number): number;
  /** "170.1 cm" or "67.0 in". */
  length(cm: number, digits?: number): string;
  /** "64.2 cm²" or "9.95 in²", to `sig` significant digits. */
  area(cm2: number, sig?: number): string;
  /** Prose written in cm, in this unit. */
  prose(text: string): string;
}

function makeLengthFormat(unit: LengthUnit): LengthFormat {
  const k = lengthIn(1, unit);
  return Object.freeze({
    unit,
    areaUnit: `${unit}²`,
    toShown: (cm: number) => lengthIn(cm, unit),
    fromShown: (shown: number) => shown / k,
    toShownArea: (cm2: number) => areaIn(cm2, unit),
    fromShownArea: (shown: number) => shown / (k * k),
    length: (cm: number, digits = 1) => formatLength(cm, unit, digits),
    area: (cm2: number, sig = 3) => formatArea(cm2, unit, sig),
    prose: (text: string) => lengthsInProse(text, unit),
  });
}

const FORMATS: Readonly<Record<LengthUnit, LengthFormat>> = {
  cm: makeLengthFormat('cm'),
  in: makeLengthFormat('in'),
};

/** The formatter for `unit`: always the same object for the same unit. */
export function lengthFormat(unit: LengthUnit): LengthFormat {
  return FORMATS[unit];
}

/** A number with about `sig` significant digits and no exponent below a million. */
export function formatSig(x: number, sig = 3): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '—';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e6) return withMark(x.toExponential(2));
  if (abs >= 10 ** sig) return formatInt(x);
  if (abs < 1e-4) return withMark(x.toExponential(1));
  return withMark(String(Number(x.toPrecision(sig))));
}

/** A share as a whole percentage, as the language writes one: "78%", "78 %". */
export function formatPercent(share: number): string {
  return Number.isFinite(share)
    ? formatNumber(Math.round(share * 100) / 100, { style: 'percent' })
    : '—';
}

/** A number of people, which a frequency table can make fractional: whole where it is whole. */
export const formatPeople = (n: number): string =>
  Number.isInteger(n) ? formatInt(n) : formatSig(n, 4);
