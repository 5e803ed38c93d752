/** Mapping between a slider's position and the value it sets, for linear and logarithmic sliders. */

export type SliderScale = 'linear' | 'log' | 'log1p';

/** Positions on a logarithmic slider: fine enough that one arrow key moves a size by about 1.4 %. */
export const LOG_POSITIONS = 1000;

function forward(v: number, scale: SliderScale): number {
  return scale === 'log' ? Math.log10(v) : Math.log10(v + 1);
}

function backward(p: number, scale: SliderScale): number {
  return scale === 'log' ? 10 ** p : 10 ** p - 1;
}

/** Rounds to two significant figures so dragged values read as 150, 2,000, 0.012. */
export function niceRound(v: number, integer: boolean): number {
  if (v === 0) return 0;
  const mag = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
  const r = Math.round(v / mag) * mag;
  const tidy = Number(r.toPrecision(2));
  return integer ? Math.max(Math.round(tidy), Math.round(v) === 0 ? 0 : 1) : tidy;
}

export function valueToPosition(v: number, min: number, max: number, scale: SliderScale): number {
  if (scale === 'linear') return v;
  const lo = forward(min, scale);
  const hi = forward(max, scale);
  const clamped = Math.min(max, Math.max(min, v));
  return Math.round(((forward(clamped, scale) - lo) / (hi - lo)) * LOG_POSITIONS);
}

export function positionToValue(
  p: number,
  min: number,
  max: number,
  scale: SliderScale,
  integer: boolean,
): number {
  if (scale === 'linear') return p;
  if (p <= 0) return min;
  if (p >= LOG_POSITIONS) return max;
  const lo = forward(min, scale);
  const hi = forward(max, scale);
  const raw = backward(lo + (p / LOG_POSITIONS) * (hi - lo), scale);
  return Math.min(max, Math.max(min, niceRound(raw, integer)));
}
