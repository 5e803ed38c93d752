/** The look every chart shares: tick text, axis titles and tooltips in the page's colours. */
import { useMemo } from 'react';
import type { Palette } from '../ui/palette';

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

/** Pinned runs, told apart by their dash (the same in every chart and legend), in pin order. */
export const PIN_DASHES = ['6 3', '2 3', '12 3 2 3'] as const;

/** The dash of the i-th pinned run. */
export const pinDash = (i: number): string => PIN_DASHES[i % PIN_DASHES.length]!;

/** A chart fills its frame; one object for all, so Recharts never sees a new style. */
export const FILL = { width: '100%', height: '100%' };
/** Margins around the plot: room under the axis title, a little more on top where labels sit. */
export const MARGIN = { top: 12, right: 24, bottom: 24, left: 8 };
export const MARGIN_TIGHT = { top: 8, right: 24, bottom: 24, left: 8 };
/**
 * Type size, margins, x-title offset and y-axis width of a chart: page size, or projected
 * (presenter mode) at `font` px, 24 unless told, with room for the larger axis titles.
 */
export function chartScale(big: boolean | undefined, yWidth = 72, font = 24) {
  if (!big) return { font: 13, margin: MARGIN, xOffset: -12, yWidth };
  return {
    font,
    margin: { top: 12, right: 24, bottom: 20 + font, left: Math.round(font) },
    xOffset: -(12 + font),
    yWidth: Math.round((yWidth * font) / 15.5),
  };
}

/**
 * Rows that carry only the names of a category axis (one per strategy). Recharts reads the axis's
 * categories from the chart's data; handing it the names alone, kept while they stay the same,
 * means new values do not make it recompute the axis.
 */
export function useCategoryRows(labels: readonly string[]): { label: string }[] {
  const key = labels.join('\n');
  return useMemo(() => key.split('\n').map((label) => ({ label })), [key]);
}
