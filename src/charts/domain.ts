/** Axis ranges that frame the lesson and hold still while a knob is dragged. */
import { useState } from 'react';
import { formatSig } from '../ui/format';
import { formatNumber } from '../i18n/numbers';

export type Domain = readonly [number, number];

/** A round step (1, 2 or 5 × 10^k) that cuts `span` into about `parts` pieces. */
export function niceStep(span: number, parts = 5): number {
  const raw = span / parts;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
}

/** `[lo, hi]` widened by `pad` of its span (at least `minSpan` wide) and rounded out to nice steps. */
export function niceDomain(lo: number, hi: number, pad = 0.12, minSpan = 1): Domain {
  let a = Math.min(lo, hi);
  let b = Math.max(lo, hi);
  if (b - a < minSpan) {
    const mid = (a + b) / 2;
    a = mid - minSpan / 2;
    b = mid + minSpan / 2;
  }
  const span = b - a;
  // A quantity that is never negative (a loss, a share) gets no axis below zero: a tick there
  // would say it could be.
  const floor = Math.min(lo, hi) >= 0 ? 0 : -Infinity;
  a = Math.max(a - span * pad, floor);
  b += span * pad;
  const step = niceStep(b - a);
  return [Math.floor(a / step) * step, Math.ceil(b / step) * step];
}

/**
 * Keeps the previous domain while it still frames what is needed and is not far too wide, so small
 * changes do not make the axis jump; otherwise moves to a new nice domain.
 */
export function useStableDomain(needed: Domain, pad = 0.12, minSpan = 1): Domain {
  const [lo, hi] = Number.isFinite(needed[0]) && Number.isFinite(needed[1]) ? needed : [0, 1];
  const [kept, setKept] = useState<Domain>(() => niceDomain(lo, hi, pad, minSpan));
  const fits = kept[0] <= lo && kept[1] >= hi;
  const tooWide = Math.max(hi - lo, minSpan) / (kept[1] - kept[0]) < 0.35;
  if (!fits || tooWide) {
    const next = niceDomain(lo, hi, pad, minSpan);
    // Adjusting state while rendering is React's pattern for state derived from a previous render.
    if (next[0] !== kept[0] || next[1] !== kept[1]) setKept(next);
    return next;
  }
  return kept;
}

/** Round tick values inside a domain, about `parts` of them. */
export function niceTicks(domain: Domain, parts = 6): number[] {
  const [lo, hi] = domain;
  if (!(hi > lo)) return [lo];
  const step = niceStep(hi - lo, parts);
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
    ticks.push(Number(v.toFixed(10)));
  }
  return ticks;
}

/**
 * Round ticks in the unit on show for a domain held in cm (or cm²): 64, 66, 68 in rather than
 * inch values of round cm. `toShown` and `fromShown` convert one value each way.
 */
export function niceTicksIn(
  domain: Domain,
  toShown: (v: number) => number,
  fromShown: (v: number) => number,
  parts = 6,
): number[] {
  return niceTicks([toShown(domain[0]), toShown(domain[1])], parts).map(fromShown);
}

/** An axis number in the language on show, every digit it has kept, grouped as the text beside it is ("1,600", "1 600"). */
export function plainNumber(v: number): string {
  return formatNumber(v, { maximumFractionDigits: 20 });
}

/** A tick from `niceTicksIn`, back in the unit on show, as text: the conversion's float noise dropped. */
export function tickText(shown: number): string {
  const v = Number(shown.toPrecision(9));
  // Past a million (a diverging run's loss) a tick is a power of ten in as few characters as it
  // needs, "8e17" rather than "8.00e+17", so the column of them fits beside the axis title.
  if (Math.abs(v) >= 1e6) {
    const [mantissa, exponent] = v.toExponential().split('e');
    return `${formatNumber(Number(Number(mantissa).toPrecision(3)), { maximumFractionDigits: 2 })}e${Number(exponent)}`;
  }
  return Math.abs(v) >= 1e4 ? formatSig(v) : plainNumber(v);
}
