/** The look every chart shares: tick text, axis titles and tooltips in the page's colours. */
import type { Palette } from '../app/theme';

export function tickStyle(c: Palette, fontSize: number) {
  return { fill: c.text, fontSize };
}

/** A horizontal axis title under the ticks; `offset` moves it further down for big type. */
export function xTitle(value: string, c: Palette, fontSize: number, offset = -12) {
  return { value, position: 'insideBottom' as const, offset, fill: c.text, fontSize };
}

/** A vertical axis title, turned to read upwards along the axis. */
export function yTitle(value: string, c: Palette, fontSize: number, dx = 0) {
  return {
    value,
    angle: -90,
    position: 'insideLeft' as const,
    fill: c.text,
    fontSize,
    dx,
    style: { textAnchor: 'middle' as const },
  };
}

export function tooltipStyle(c: Palette, fontSize: number) {
  return { background: c.surface, color: c.text, borderColor: c.grid, fontSize };
}
