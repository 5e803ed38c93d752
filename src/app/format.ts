/** Number formatting shared by the readout, captions, tooltips and controls. */

const intFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A whole number with thousands separators: 1,000,000. */
export function formatInt(n: number): string {
  return intFormat.format(n);
}

/** A value with a fixed number of decimals, or a dash when it is not a finite number. */
export function formatFixed(x: number, digits = 1): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '—';
}

export const CM_PER_INCH = 2.54;

export type LengthUnit = 'cm' | 'in';

// The page shows lengths in one unit at a time; App sets it from the view before its panels render.
let shownUnit: LengthUnit = 'cm';

export function setLengthUnit(unit: LengthUnit): void {
  shownUnit = unit;
}

export function lengthUnit(): LengthUnit {
  return shownUnit;
}

/** "cm²" or "in²", for losses. */
export function areaUnit(): string {
  return `${shownUnit}²`;
}

/** A length held in cm, in the unit on show. */
export function toShownLength(cm: number): number {
  return shownUnit === 'in' ? cm / CM_PER_INCH : cm;
}

/** A squared length held in cm², in the unit on show. */
export function toShownArea(cm2: number): number {
  return shownUnit === 'in' ? cm2 / (CM_PER_INCH * CM_PER_INCH) : cm2;
}

/** A length held in centimetres, in the unit on show: "170.1 cm" or "67.0 in". */
export function formatCm(x: number, digits = 1): string {
  return `${formatFixed(toShownLength(x), digits)} ${shownUnit}`;
}

/** A number with about `sig` significant digits and no exponent below a million. */
export function formatSig(x: number, sig = 3): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '—';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e6) return x.toExponential(2);
  if (abs >= 10 ** sig) return formatInt(x);
  if (abs < 1e-4) return x.toExponential(1);
  return String(Number(x.toPrecision(sig)));
}

/** A share as a whole percentage: "78 %". */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)} %` : '—';
}
