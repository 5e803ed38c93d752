/**
 * A chart on the page as a picture for a slide: its title, its legend and the plot (axis titles
 * included) in one standalone SVG, in the light or the dark palette whatever the page shows.
 */
import { t } from '../../i18n/catalogue';
import type { Palette } from '../../ui/palette';
import { linePictureOf } from '../../charts/linePicture';
import type { LinePicture } from '../../charts/linePicture';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** Width in px of `text` set in the export's font at `size` px (bold when `bold`). */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

/** Chinese, Japanese and Korean characters: each is a full em wide, and a line may break after any. */
const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60]/u;

/**
 * An estimate, for where nothing can measure (jsdom): about 0.58 em per Latin character and a
 * whole em for a Chinese one.
 */
export const estimateText: MeasureText = (text, size, bold) => {
  let wide = 0;
  for (const ch of text) if (WIDE.test(ch)) wide++;
  return ((text.length - wide) * (bold ? 0.62 : 0.56) + wide) * size;
};

/** Measures with a canvas in the export's font; falls back to the estimate without one. */
export function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateText;
  return (text, size, bold) => {
    ctx.font = `${bold ? '600 ' : ''}${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/**
 * Inline `style` attributes become presentation attributes. A picture made from a blob: URL keeps
 * the page's Content-Security-Policy, which refuses inline styles (each refusal is a console error,
 * and the refused `text-anchor` put the y-axis title in the wrong place); the attributes say the
 * same and need no exception in the policy. Layout-only properties (width, display) are dropped.
 */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'text-anchor',
  'dominant-baseline',
  'font-size',
  'font-weight',
  'font-family',
  'visibility',
]);

export function stylesToAttributes(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('[style]')]) {
    const style = el.getAttribute('style');
    if (style === null) continue;
    for (const decl of style.split(';')) {
      const at = decl.indexOf(':');
      if (at < 0) continue;
      const prop = decl.slice(0, at).trim().toLowerCase();
      const value = decl.slice(at + 1).trim();
      // A style wins over an attribute of the same name, as it did on the page.
      if (PRESENTATION.has(prop) && value) el.setAttribute(prop, value);
    }
    el.removeAttribute('style');
  }
}

/**
 * Swaps every colour of one palette for the same role's colour in another, in one pass, so a dark
 * page exports a light chart (and back) without drawing it again.
 */
export function recolor(svgText: string, from: Readonly<Palette>, to: Readonly<Palette>): string {
  const map = new Map<string, string>();
  for (const role of Object.keys(from) as (keyof Palette)[]) {
    if (!map.has(from[role].toLowerCase())) map.set(from[role].toLowerCase(), to[role]);
  }
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  if (keys.every((k) => map.get(k)!.toLowerCase() === k)) return svgText;
  const pattern = new RegExp(
    keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'gi',
  );
  return svgText.replace(pattern, (m) => map.get(m.toLowerCase()) ?? m);
}

/** Punctuation that must not start a line in Chinese, and the brackets that must not end one. */
const NO_LINE_START = /[，。、；：！？）」』》〉”’…％]/u;
const NO_LINE_END = /[（「『《〈“‘]/u;

/** Whether a line may break between the characters `a` and `b` of one word. */
const canBreak = (a: string, b: string) =>
  (WIDE.test(a) || WIDE.test(b)) && !NO_LINE_START.test(b) && !NO_LINE_END.test(a);

/**
 * The pieces a line may break between: words at spaces, and in Chinese each character (with the
 * punctuation that belongs to it). `space` says whether a space separated a piece from the one before.
 */
function breakPieces(text: string): { piece: string; space: boolean }[] {
  const pieces: { piece: string; space: boolean }[] = [];
  text
    .split(/\s+/)
    .filter(Boolean)
    .forEach((word, i) => {
      let run = '';
      let prev = '';
      let space = i > 0;
      for (const ch of word) {
        if (run && canBreak(prev, ch)) {
          pieces.push({ piece: run, space });
          space = false;
          run = '';
        }
        run += ch;
        prev = ch;
      }
      pieces.push({ piece: run, space });
    });
  return pieces;
}

/** Splits `text` into lines no wider than `width`, at spaces, and between Chinese characters. */
export function wrapText(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { piece, space } of breakPieces(text)) {
    const next = line ? `${line}${space ? ' ' : ''}${piece}` : piece;
    if (line && measure(next, size, bold) > width) {
      lines.push(line);
      line = piece;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const PAD = 20;
const TITLE_SIZE = 20;
const LEGEND_SIZE = 14;
const ICON_W = 28;
const ICON_GAP = 6;
const ITEM_GAP = 22;
const ROW_H = 22;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** What the exporter reads from a chart's figure on the page. */
export interface FigureParts {
  title: string;
  legend: { label: string; icon: SVGSVGElement | null }[];
  plot: SVGSVGElement;
  width: number;
  height: number;
  /** How far drawn text runs past the plot's box on each side (a long rotated axis title). */
  spill: { top: number; right: number; bottom: number; left: number };
  /** What is laid over the plot (see PlotOverlay): a line drawn on a canvas, labels in an SVG. */
  overlay: { line: LinePicture | null; svg: SVGSVGElement | null };
}

const NO_SPILL = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * How far the plot's text runs outside its box, from the browser's layout (nothing in jsdom). Only
 * text counts: a line past the framed domain is clipped and would only add empty margins.
 */
function spillOf(plot: SVGSVGElement, over: SVGSVGElement | null): FigureParts['spill'] {
  const box = plot.getBoundingClientRect();
  const spill = { ...NO_SPILL };
  for (const t of [...plot.querySelectorAll('text'), ...(over?.querySelectorAll('text') ?? [])]) {
    const r = t.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    spill.top = Math.max(spill.top, Math.ceil(box.top - r.top));
    spill.right = Math.max(spill.right, Math.ceil(r.right - box.right));
    spill.bottom = Math.max(spill.bottom, Math.ceil(r.bottom - box.bottom));
    spill.left = Math.max(spill.left, Math.ceil(box.left - r.left));
  }
  return spill;
}

let clips = 0;

/** Lines drawn on a canvas as SVG: the paths cut at the plot's edges, and the dot at θ's head. */
function lineElements(picture: LinePicture): SVGGElement {
  const g = el('g', {});
  const id = `export-line-clip-${++clips}`;
  const clip = el('clipPath', { id });
  clip.appendChild(el('rect', { ...picture.clip }));
  g.appendChild(clip);
  for (const line of picture.lines) {
    const path = el('path', {
      class: line.className,
      d: line.d,
      fill: 'none',
      stroke: line.stroke,
      'stroke-width': line.strokeWidth,
      'stroke-linejoin': 'round',
      'clip-path': `url(#${id})`,
    });
    if (line.dash) path.setAttribute('stroke-dasharray', line.dash.join(' '));
    if (line.opacity !== undefined) path.setAttribute('stroke-opacity', String(line.opacity));
    g.appendChild(path);
  }
  const { dot } = picture;
  if (dot)
    g.appendChild(
      el('circle', {
        class: 'plot-dot',
        cx: dot.cx,
        cy: dot.cy,
        r: dot.r,
        fill: dot.fill,
        stroke: dot.ring,
        'stroke-width': 2,
      }),
    );
  return g;
}

/** The title, the legend items and the plot of a `ChartFrame` figure. */
export function figureParts(figure: HTMLElement): FigureParts {
  const plot = figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
  if (!plot) throw new Error(t('export.error.nothingDrawn'));
  const box = plot.getBoundingClientRect();
  // jsdom lays nothing out; the drawn size is in the attributes Recharts wrote.
  const width = Math.round(box.width || Number(plot.getAttribute('width')) || 0);
  const height = Math.round(box.height || Number(plot.getAttribute('height')) || 0);
  if (!width || !height) throw new Error(t('export.error.noSize'));
  const title = figure.querySelector('h2')?.textContent?.trim() ?? '';
  const legend = [...figure.querySelectorAll('.legend li')].map((li) => ({
    label: li.textContent?.trim() ?? '',
    icon: li.querySelector('svg'),
  }));
  const layer = plot.closest('.fit-box')?.querySelector('.plot-overlay') ?? null;
  const canvas = layer?.querySelector('canvas') ?? null;
  const overlay = {
    line: canvas ? linePictureOf(canvas) : null,
    svg: layer?.querySelector('svg') ?? null,
  };
  return { title, legend, plot, width, height, spill: spillOf(plot, overlay.svg), overlay };
}

/**
 * One standalone SVG: background, title, legend rows, then the plot. `from` is the palette the
 * page drew the chart in, `to` the one the file should have.
 */
export function composeChartSvg(
  parts: FigureParts,
  from: Readonly<Palette>,
  to: Readonly<Palette>,
  measure: MeasureText = estimateText,
): string {
  const { spill } = parts;
  // Room for whatever the plot draws past its box, so nothing is cut or runs into the legend.
  const width = Math.max(parts.width + spill.left + spill.right, 360);
  const inner = width - 2 * PAD;
  const root = el('svg', { 'font-family': FONT_FAMILY, color: from.text });
  const titleLines = parts.title ? wrapText(parts.title, inner, TITLE_SIZE, true, measure) : [];
  let y = PAD;
  const top = el('g', { class: 'export-head' });
  for (const line of titleLines) {
    y += TITLE_SIZE * 1.25;
    const t = el('text', {
      x: PAD,
      y: y - TITLE_SIZE * 0.25,
      'font-size': TITLE_SIZE,
      'font-weight': 600,
      fill: from.text,
    });
    t.textContent = line;
    top.appendChild(t);
  }
  // Legend items flow left to right and wrap to the next row at the width.
  let x = PAD;
  let rowTop = y + (titleLines.length ? 8 : 0);
  let rows = 0;
  for (const item of parts.legend) {
    const w = ICON_W + ICON_GAP + measure(item.label, LEGEND_SIZE, false);
    if (rows === 0) rows = 1;
    else if (x > PAD && x + w > PAD + inner) {
      x = PAD;
      rowTop += ROW_H;
      rows++;
    }
    const g = el('g', {
      class: 'export-legend-item',
      transform: `translate(${x} ${rowTop + (ROW_H - 12) / 2})`,
    });
    if (item.icon) for (const child of item.icon.children) g.appendChild(child.cloneNode(true));
    const t = el('text', {
      x: ICON_W + ICON_GAP,
      y: 11,
      'font-size': LEGEND_SIZE,
      fill: from.text,
    });
    t.textContent = item.label;
    g.appendChild(t);
    top.appendChild(g);
    x += w + ITEM_GAP;
  }
  const plotTop = Math.ceil(rows ? rowTop + ROW_H + 8 : y + 8) + spill.top;
  const height = plotTop + parts.height + spill.bottom + PAD / 2;

  const plot = parts.plot.cloneNode(true) as SVGSVGElement;
  // What the page lays over the plot, in the order it is drawn there: the line the canvas shows,
  // as the SVG path it was drawn from, then the labels.
  const { line, svg: over } = parts.overlay;
  if (line) plot.appendChild(lineElements(line));
  if (over) for (const child of over.children) plot.appendChild(child.cloneNode(true));
  // Hover readouts belong to the pointer, not the picture; tab stops mean nothing in a file.
  for (const node of plot.querySelectorAll('.plot-hover, .plot-hover-target')) node.remove();
  for (const node of [plot, ...plot.querySelectorAll('[tabindex]')])
    node.removeAttribute('tabindex');
  const body = el('svg', {
    x: Math.round((width - parts.width - spill.left - spill.right) / 2) + spill.left,
    y: plotTop,
    width: parts.width,
    height: parts.height,
    viewBox: `0 0 ${parts.width} ${parts.height}`,
    overflow: 'visible',
  });
  while (plot.firstChild) body.appendChild(plot.firstChild);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (parts.title) {
    const label = el('title', {});
    label.textContent = parts.title;
    root.appendChild(label);
  }
  root.appendChild(el('rect', { width, height, fill: from.surface }));
  root.appendChild(top);
  root.appendChild(body);
  stylesToAttributes(root);
  return recolor(new XMLSerializer().serializeToString(root), from, to);
}
