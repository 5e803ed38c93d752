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

/** A length in centimetres: "170.1 cm". */
export function formatCm(x: number, digits = 1): string {
  return `${formatFixed(x, digits)} cm`;
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
