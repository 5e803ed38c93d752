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

export interface SliderSpec {
  min: number;
  max: number;
  scale: SliderScale;
  /** Step of a linear slider. */
  step: number;
  integer: boolean;
}

/**
 * The value one arrow key press moves to: the next value along the slider, in `direction`, that
 * differs from `value` and, when `shown` is given, reads differently. Neighbouring positions of a
 * logarithmic slider often round to the same nice value (49 and 49, 10 and 10), and a step of
 * 0.1 cm can vanish in a length shown in inches, so the browser's own one-position step could
 * leave the slider stuck; this walks on until something visible changes. At an end it stays put.
 */
export function stepSlider(
  value: number,
  direction: 1 | -1,
  spec: SliderSpec,
  shown?: (v: number) => string,
): number {
  const { min, max, scale, step, integer } = spec;
  const bound = direction > 0 ? max : min;
  if (direction * (bound - value) <= 0) return bound;
  const before = shown?.(value);
  const differs = (v: number) =>
    direction * (v - value) > 0 && (before === undefined || shown!(v) !== before);
  if (scale === 'linear') {
    // The grid of a linear slider is min + i·step; start from the grid point beyond the value.
    const at = (value - min) / step;
    const first = direction > 0 ? Math.floor(at + 1e-9) + 1 : Math.ceil(at - 1e-9) - 1;
    for (
      let i = first;
      direction > 0 ? min + i * step < max : min + i * step > min;
      i += direction
    ) {
      const v = Number((min + i * step).toPrecision(12));
      if (differs(v)) return v;
    }
    return bound;
  }
  // Start at the value's own (rounded) position: a typed value between two positions may sit just
  // short of it.
  const from = valueToPosition(value, min, max, scale);
  for (let p = from; p >= 0 && p <= LOG_POSITIONS; p += direction) {
    const v = positionToValue(p, min, max, scale, integer);
    if (differs(v)) return v;
  }
  return bound;
}
