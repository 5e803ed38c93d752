/** The look every chart shares: tick text, axis titles and tooltips in the page's colours. */
import { createElement, useMemo } from 'react';
import type { ReactElement } from 'react';
import type { BaseTickContentProps, CartesianGridProps, XAxisProps } from 'recharts';
import type { Palette } from '../ui/palette';
import { plainNumber } from './domain';

/** How far below its anchor a one-line label's baseline sits, as Recharts' own Text puts it. */
const TICK_DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * Axis tick labels as plain SVG text. Recharts' default tick is its Text component, which measures
 * every word of every label in the DOM to wrap it (a forced layout on each redraw, the largest cost
 * of drawing a chart); a number on an axis never wraps.
 */
export function tickStyle(c: Palette, fontSize: number) {
  return (p: BaseTickContentProps) => {
    const value = p.payload.value;
    // A step axis has no formatter of its own: its whole numbers still follow the language.
    const text = p.tickFormatter
      ? p.tickFormatter(value, p.index)
      : typeof value === 'number'
        ? plainNumber(value)
        : String(value ?? '');
    return createElement(
      'text',
      {
        x: p.x,
        y: p.y,
        dy: TICK_DY[p.verticalAnchor],
        textAnchor: p.textAnchor,
        className: p.className,
        fill: c.text,
        fontSize,
      },
      text,
    );
  };
}

/** The strategy axis of the comparison and spread charts: room for a name in two lines. */
export const CATEGORY_WIDTH = 190;
export const CATEGORY_FONT = 12;

/** Widths of characters as a share of the font size, a little generous so a line never spills. */
const NARROW_EM = 0.58;
const WIDE_EM = 1.02;
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u;

/** How wide `text` is likely to be, in ems, without asking the DOM. */
export function estimateEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += WIDE_CHAR.test(ch) ? WIDE_EM : NARROW_EM;
  return ems;
}

/**
 * Breaks a label into lines at most `maxEms` wide: at spaces, and between any two wide (Chinese,
 * Japanese, Korean) characters, which need no space to break. A word longer than a line keeps a
 * line of its own.
 */
export function wrapLabel(text: string, maxEms: number): string[] {
  const pieces = text.split(/(\s+|(?<=[\u2e80-\ua4cf\uff00-\uff60]))/u).filter((p) => p !== '');
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line + piece;
    if (line.trim() !== '' && estimateEms(next.trimEnd()) > maxEms) {
      lines.push(line.trim());
      line = piece.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

/**
 * Category labels (a strategy's name beside its bar) wrapped to the axis's width, as plain SVG
 * text. Recharts' Text wraps them by measuring every word in the DOM, a forced layout per label.
 */
export function categoryTick(c: Palette, fontSize: number, width: number) {
  const maxEms = (width - 10) / fontSize;
  const lineEms = 1.15;
  return (p: BaseTickContentProps) => {
    const lines = wrapLabel(String(p.payload.value ?? ''), maxEms);
    const firstDy = -((lines.length - 1) * lineEms) / 2 + 0.355;
    return createElement(
      'text',
      { x: p.x, y: p.y, textAnchor: 'end', className: p.className, fill: c.text, fontSize },
      lines.map((text, i) =>
        createElement('tspan', { key: i, x: p.x, dy: `${i === 0 ? firstDy : lineEms}em` }, text),
      ),
    );
  };
}

/**
 * What every axis on the page shares. `interval: 0` draws every tick asked for, so Recharts never
 * measures tick text in the DOM to thin them out (a forced layout on every redraw); the ticks
 * themselves are plain text (tickStyle, categoryTick).
 */
export function axisLook(tick: (p: BaseTickContentProps) => ReactElement, stroke: string) {
  return { interval: 0, tick, stroke } as const;
}

/** A number axis held to `domain`: what lies outside is clipped, never stretched to. */
export function numberAxis(
  domain: XAxisProps['domain'],
  tick: (p: BaseTickContentProps) => ReactElement,
  stroke: string,
) {
  return { ...axisLook(tick, stroke), type: 'number', domain, allowDataOverflow: true } as const;
}

/** Where Recharts' Label puts a custom title: the point it worked out for the position. */
interface TitleProps {
  x?: number | string;
  y?: number | string;
  /** The plot's box (Cartesian charts give its height), which a vertical title must fit along. */
  viewBox?: object;
}

/**
 * A horizontal axis title under the ticks; `offset` moves it further down for big type. Drawn as
 * plain text for the reason the ticks are (Recharts' Label would measure it to wrap it).
 */
export function xTitle(value: string, c: Palette, fontSize: number, offset = -12) {
  return {
    value,
    position: 'insideBottom' as const,
    offset,
    content: (p: TitleProps) =>
      createElement(
        'text',
        {
          x: p.x,
          y: p.y,
          textAnchor: 'middle',
          className: 'recharts-label',
          fill: c.text,
          fontSize,
        },
        value,
      ),
  };
}

/**
 * A word at the top of a vertical reference line ("now" on the sweep), as plain text: on the
 * line's right, or on its left where the line is near the plot's right edge.
 */
export function cornerLabel(value: string, c: Palette, fontSize: number, side: 'right' | 'left') {
  return {
    value,
    position: side === 'right' ? ('insideTopLeft' as const) : ('insideTopRight' as const),
    content: (p: TitleProps) =>
      createElement(
        'text',
        {
          x: p.x,
          y: p.y,
          dy: TICK_DY.start,
          textAnchor: side === 'right' ? 'start' : 'end',
          className: 'recharts-label',
          fill: c.text,
          fontSize,
        },
        value,
      ),
  };
}

/**
 * How many intervals a number axis `plotWidth` pixels long can hold with its labels apart (a
 * height such as 172 needs about 40 px, with room between), from 2 to 5.
 */
export function tickParts(plotWidth: number): number {
  const most = TICK_PARTS[TICK_PARTS.length - 1]!;
  return Math.max(TICK_PARTS[0]!, Math.min(most, Math.floor(plotWidth / 64)));
}

/** The interval counts `tickParts` chooses from. */
export const TICK_PARTS = [2, 3, 4, 5] as const;

/**
 * A vertical axis title, turned to read upwards along the axis. `short` replaces it on a plot too
 * short to hold it (a projected chart under a long legend), rather than letting its ends be cut.
 */
export function yTitle(value: string, c: Palette, fontSize: number, dx = 0, short?: string) {
  const fits = (p: TitleProps) => {
    const box = p.viewBox;
    const height = box && 'height' in box && typeof box.height === 'number' ? box.height : null;
    return !short || height === null || estimateEms(value) * fontSize <= height;
  };
  return {
    value,
    position: 'insideLeft' as const,
    content: (p: TitleProps) =>
      createElement(
        'text',
        {
          x: p.x,
          y: p.y,
          dx,
          dy: TICK_DY.middle,
          transform: `rotate(-90, ${p.x ?? 0}, ${p.y ?? 0})`,
          textAnchor: 'middle',
          className: 'recharts-label',
          fill: c.text,
          fontSize,
        },
        fits(p) ? value : short,
      ),
  };
}

export function tooltipStyle(c: Palette, fontSize: number) {
  return { background: c.surface, color: c.text, borderColor: c.grid, fontSize };
}

/** Pinned runs, told apart by their dash (the same in every chart and legend), in pin order. */
export const PIN_DASHES = ['6 3', '2 3', '12 3 2 3'] as const;

/** The dash of the i-th pinned run. */
export const pinDash = (i: number): string => PIN_DASHES[i % PIN_DASHES.length]!;

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
    // The last x tick is centred on the plot's right edge: at projected sizes half of "100 000"
    // needs over 2 em beside it, which a page-size margin does not leave.
    margin: { top: 12, right: Math.round(2.25 * font), bottom: 20 + font, left: Math.round(font) },
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

type VerticalCoordinatesGenerator = NonNullable<CartesianGridProps['verticalCoordinatesGenerator']>;
type HorizontalCoordinatesGenerator = NonNullable<
  CartesianGridProps['horizontalCoordinatesGenerator']
>;
type GridAxis = Parameters<VerticalCoordinatesGenerator>[0]['xAxis'];

/** The pixel positions of an axis's ticks, read from its scale; no text is measured. */
function tickCoordinates(axis: GridAxis): number[] {
  if (!axis?.scale) return [];
  const values = (axis.ticks ?? axis.niceTicks ?? []) as readonly unknown[];
  const out: number[] = [];
  for (const v of values) {
    const at = axis.scale.map(v as never);
    if (typeof at === 'number' && Number.isFinite(at)) out.push(at);
  }
  return out;
}

/**
 * Grid lines at the axes' ticks. Recharts' own grid works out which tick labels fit by measuring
 * them in the DOM, though a grid line has no label; these generators skip that.
 */
export const GRID_AT_TICKS: {
  verticalCoordinatesGenerator: VerticalCoordinatesGenerator;
  horizontalCoordinatesGenerator: HorizontalCoordinatesGenerator;
} = {
  verticalCoordinatesGenerator: ({ xAxis }) => tickCoordinates(xAxis),
  horizontalCoordinatesGenerator: ({ yAxis }) => tickCoordinates(yAxis),
};
