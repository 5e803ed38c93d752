/**
 * Marks drawn inside a Recharts chart with its own scales, for what moves with every slider tick
 * and every playback frame: the trajectories, the playhead and θ's dot, and a hover readout.
 *
 * Why not Recharts' <Line> and <Tooltip>: each new data array is copied into the chart's store and
 * every line, label list and tooltip index is recomputed in a synchronous render that input cannot
 * interrupt (about 10 ms for the drift chart on a 2-core laptop). These layers read the axis
 * scales through Recharts' public hooks and redraw one path each, inside React's interruptible
 * background render. Recharts still lays out the chart and draws the axes, grid and reference
 * lines.
 */
import {
  createContext,
  memo,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import type { PointerEvent, ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import { line } from 'd3-shape';
import { estimateEms } from './chartStyle';
import { paintLine } from './linePicture';
import type { LinePicture } from './linePicture';

/** Above reference areas and grid, below axes and labels (Recharts' own line layer). */
const LINE_Z = 400;
const MARK_Z = 1200;
const HOVER_Z = 1900;

/**
 * What is laid over a chart that has an overlay (see PlotOverlay): a canvas for θ's line and
 * dot, and above it an SVG with a group for the labels and one for the hover readout, so each
 * stays above the one before, as in the chart.
 */
interface Overlay {
  canvas: HTMLCanvasElement;
  labels: SVGGElement;
  hover: SVGGElement;
  width: number;
  height: number;
}

type OverlayLayer = 'labels' | 'hover';

const OverlayContext = createContext<Overlay | null>(null);

/**
 * Draws its children in the overlay's group `layer` when the chart has an overlay, else in the
 * chart's own picture at `zIndex`.
 */
export function InLayer(p: { layer: OverlayLayer; zIndex: number; children: ReactNode }) {
  const overlay = useContext(OverlayContext);
  const target = overlay?.[p.layer];
  if (target) return createPortal(p.children, target);
  return <ZIndexLayer zIndex={p.zIndex}>{p.children}</ZIndexLayer>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function group(name: string): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', `plot-overlay-${name}`);
  return g;
}

interface OverlayParts {
  canvas: HTMLCanvasElement;
  svg: SVGSVGElement;
  labels: SVGGElement;
  hover: SVGGElement;
}

function overlayParts(): OverlayParts {
  const canvas = document.createElement('canvas');
  canvas.className = 'plot-canvas';
  const svg = document.createElementNS(SVG_NS, 'svg');
  const labels = group('labels');
  const hover = group('hover');
  svg.append(labels, hover);
  return { canvas, svg, labels, hover };
}

/**
 * A chart whose θ line follows every input draws that line on a canvas laid over it. Drawn as
 * SVG, in the chart or in an SVG of its own, a new line had to be rasterised before the frame
 * could be shown, and on a two-core laptop that frame reached the screen one to several frames
 * late while a key was held; a canvas is drawn on the main thread and shown as it is. The labels
 * and the hover readout go in an SVG above the canvas, so they stay above θ as in the chart.
 * Wraps the chart; the overlay is its sibling in the chart's box.
 */
export function PlotOverlay(p: { width: number; height: number; children: ReactNode }) {
  const [parts] = useState(overlayParts);
  const { width, height } = p;
  useLayoutEffect(() => {
    parts.svg.setAttribute('width', String(width));
    parts.svg.setAttribute('height', String(height));
    parts.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }, [parts, width, height]);
  const overlay = useMemo<Overlay>(
    () => ({ canvas: parts.canvas, labels: parts.labels, hover: parts.hover, width, height }),
    [parts, width, height],
  );
  const attach = (box: HTMLDivElement | null) => {
    box?.append(parts.canvas, parts.svg);
  };
  return (
    <OverlayContext.Provider value={overlay}>
      {p.children}
      <div ref={attach} className="plot-overlay" />
    </OverlayContext.Provider>
  );
}

/** A chart row: a plain object of named numbers (a row may lack some). */
type Row = object;

/** The row's value under `key`, or undefined: rows are plain objects with optional fields. */
function valueOf(row: Row, key: string): number | undefined {
  const v = (row as Readonly<Record<string, unknown>>)[key];
  return typeof v === 'number' ? v : undefined;
}

export interface PlotLineProps {
  rows: readonly Row[];
  /** Which field is the x value; 'step' unless told. */
  xKey?: string;
  /** Which field of each row is the height; rows without it leave a gap. */
  yKey: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
  opacity?: number;
  /** Bridge rows without a value instead of leaving a gap. */
  connect?: boolean;
  className?: string;
  /** Called once the path has first been drawn (the chart had its scales). */
  onDrawn?: () => void;
}

/** The plot area as a clip rectangle, so paths outside the framed domain are cut at its edge. */
function PlotClip({ id }: { id: string }) {
  const area = usePlotArea();
  if (!area) return null;
  return (
    <clipPath id={id}>
      <rect x={area.x} y={area.y} width={area.width} height={area.height} />
    </clipPath>
  );
}

type Scale = (v: number | undefined) => number | undefined;

/** The SVG path through the rows with the scales, or null where it has no point. */
function pathOf(
  rows: readonly Row[],
  x: Scale,
  y: Scale,
  xKey: string,
  yKey: string,
  connect: boolean,
) {
  const has = (r: Row) => Number.isFinite(valueOf(r, yKey));
  const path = line<Row>()
    .defined(has)
    .x((r) => x(valueOf(r, xKey)) ?? NaN)
    .y((r) => y(valueOf(r, yKey)) ?? NaN);
  return path(connect ? rows.filter(has) : rows);
}

/** The SVG path through the rows with the chart's scales, or null before it has them. */
function usePath(rows: readonly Row[], xKey: string, yKey: string, connect: boolean) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  return useMemo(
    () => (x && y ? pathOf(rows, x, y, xKey, yKey, connect) : null),
    [rows, x, y, xKey, yKey, connect],
  );
}

export const PlotLine = memo(function PlotLine(p: PlotLineProps) {
  const clip = useId();
  const { rows, xKey = 'step', yKey, connect = false } = p;
  const d = usePath(rows, xKey, yKey, connect);
  const drawn = d !== null;
  const { onDrawn } = p;
  useEffect(() => {
    if (drawn) onDrawn?.();
  }, [drawn, onDrawn]);
  if (!d) return null;
  return (
    <ZIndexLayer zIndex={LINE_Z}>
      <PlotClip id={clip} />
      <path
        className={p.className ?? 'plot-line'}
        d={d}
        fill="none"
        stroke={p.stroke}
        strokeWidth={p.strokeWidth}
        strokeDasharray={p.dash}
        strokeOpacity={p.opacity}
        strokeLinejoin="round"
        clipPath={`url(#${clip})`}
      />
    </ZIndexLayer>
  );
});

/** One line drawn on the canvas: which field of the rows, and how it looks. */
export interface CanvasSeries {
  yKey: string;
  stroke: string;
  strokeWidth: number;
  /** Dash and gap lengths in px. */
  dash?: number[];
  opacity?: number;
  /** Bridge rows without a value instead of leaving a gap. */
  connect?: boolean;
  /** The class its SVG path would have, e.g. `plot-line plot-theta`. */
  className: string;
}

export interface CanvasLinesProps {
  rows: readonly Row[];
  /** Drawn in this order, the last on top; the last is θ's. */
  series: readonly CanvasSeries[];
  /** A dot at (x, value) filled `fill` and ringed in `ring`, drawn where it lies inside the plot. */
  dot: { x: number; value: number; r: number; fill: string; ring: string } | null;
  /** Which settings the lines show, as the canvas's `data-shows` (see settingsKey). */
  shows?: string;
  /** Called once θ's line has first been drawn (the chart had its scales). */
  onDrawn?: () => void;
}

/**
 * Lines and a dot on the overlay's canvas (see PlotOverlay; only a chart with one draws them),
 * redrawn whenever they change. While it draws θ's line, the canvas carries that line's class
 * (`plot-line plot-theta`), as the SVG path would.
 */
export function CanvasLines(p: CanvasLinesProps) {
  const overlay = useContext(OverlayContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  const { rows, series, dot, shows, onDrawn } = p;
  const picture = useMemo<LinePicture | null>(() => {
    if (!area || !x || !y) return null;
    const lines = series.flatMap((l) => {
      const d = pathOf(rows, x, y, 'step', l.yKey, l.connect ?? false);
      return d ? [{ d, ...l }] : [];
    });
    const theta = series[series.length - 1];
    if (!theta || !lines.some((l) => l.className === theta.className)) return null;
    const cx = dot ? x(dot.x) : undefined;
    const cy = dot ? y(dot.value) : undefined;
    const inside =
      cx !== undefined &&
      cy !== undefined &&
      Number.isFinite(cy) &&
      cy >= area.y - 0.5 &&
      cy <= area.y + area.height + 0.5 &&
      cx >= area.x - 0.5 &&
      cx <= area.x + area.width + 0.5;
    return {
      lines: lines.map(({ d, stroke, strokeWidth, dash, opacity, className }) => ({
        d,
        stroke,
        strokeWidth,
        dash,
        opacity,
        className,
      })),
      clip: { x: area.x, y: area.y, width: area.width, height: area.height },
      dot: inside && dot ? { cx, cy, r: dot.r, fill: dot.fill, ring: dot.ring } : null,
    };
  }, [rows, series, dot, area, x, y]);
  const drawn = picture !== null;
  useEffect(() => {
    if (drawn && overlay) onDrawn?.();
  }, [drawn, onDrawn, overlay]);
  useLayoutEffect(() => {
    if (!overlay) return;
    const { canvas } = overlay;
    paintLine(canvas, picture, overlay.width, overlay.height);
    canvas.classList.toggle('plot-line', picture !== null);
    canvas.classList.toggle('plot-theta', picture !== null);
    if (shows) canvas.setAttribute('data-shows', shows);
    else canvas.removeAttribute('data-shows');
  }, [overlay, picture, shows]);
  useLayoutEffect(() => {
    if (!overlay) return;
    const { canvas } = overlay;
    return () => {
      paintLine(canvas, null, overlay.width, overlay.height);
      canvas.classList.remove('plot-line', 'plot-theta');
      canvas.removeAttribute('data-shows');
    };
  }, [overlay]);
  return null;
}

/** A vertical rule at one x value (the playhead, θ on the height axis), cut at the plot's edges. */
export const PlotRule = memo(function PlotRule(p: {
  x: number;
  stroke: string;
  strokeWidth?: number;
}) {
  const x = useXAxisScale();
  const area = usePlotArea();
  const at = x?.(p.x);
  if (at === undefined || !area || at < area.x - 0.5 || at > area.x + area.width + 0.5) return null;
  return (
    <ZIndexLayer zIndex={LINE_Z}>
      <line
        className="plot-rule"
        x1={at}
        x2={at}
        y1={area.y}
        y2={area.y + area.height}
        stroke={p.stroke}
        strokeWidth={p.strokeWidth ?? 1}
      />
    </ZIndexLayer>
  );
});

/** A dot at (x, value), hidden when the value lies outside the framed domain. */
export const PlotDot = memo(function PlotDot(p: {
  x: number;
  value: number;
  r: number;
  fill: string;
  stroke: string;
  /** Shown when pointing at the dot (the browser's own tooltip). */
  title?: string;
  className?: string;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  const cx = x?.(p.x);
  const cy = y?.(p.value);
  if (cx === undefined || cy === undefined || !area || !Number.isFinite(cy)) return null;
  if (cy < area.y - 0.5 || cy > area.y + area.height + 0.5) return null;
  if (cx < area.x - 0.5 || cx > area.x + area.width + 0.5) return null;
  return (
    <ZIndexLayer zIndex={MARK_Z}>
      <circle
        className={p.className ?? 'plot-dot'}
        cx={cx}
        cy={cy}
        r={p.r}
        fill={p.fill}
        stroke={p.stroke}
        strokeWidth={2}
      >
        {p.title ? <title>{p.title}</title> : null}
      </circle>
    </ZIndexLayer>
  );
});

export interface HoverSeries {
  key: string;
  name: string;
  color: string;
}

export interface PlotHoverProps {
  rows: readonly Row[];
  /** Which field is the x value; 'step' unless told. Rows are sorted by it. */
  xKey?: string;
  series: readonly HoverSeries[];
  /** The x value's label, e.g. "Step 120 (fine-tuning step 20)". */
  label: (x: number) => string;
  value: (v: number) => string;
  fontSize: number;
  background: string;
  text: string;
  border: string;
}

/** Index of the value in a sorted list nearest to `at`, or -1 for an empty list. */
export function nearestIndex(xs: readonly number[], at: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= at) lo = mid;
    else hi = mid;
  }
  return Math.abs(xs[hi]! - at) < Math.abs(xs[lo]! - at) ? hi : lo;
}

/**
 * Pointing at the plot shows the step and each series' value there, in a box that stays inside
 * the plot. Keyboard and screen-reader users have the readout and the captions instead.
 */
export function PlotHover(p: PlotHoverProps) {
  const area = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  const invert = useXAxisInverseScale();
  const [at, setAt] = useState<number | null>(null);
  const xKey = p.xKey ?? 'step';
  const xs = useMemo(() => p.rows.map((r) => valueOf(r, xKey) ?? NaN), [p.rows, xKey]);
  if (!area || !x || !y || !invert) return null;

  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const v = Number(invert(e.clientX - box.left));
    setAt(Number.isFinite(v) ? v : null);
  };
  const i = at === null ? -1 : nearestIndex(xs, at);
  const row = i >= 0 ? p.rows[i]! : null;
  const lines = row
    ? p.series
        .map((s) => ({ ...s, v: valueOf(row, s.key) }))
        .filter((s): s is HoverSeries & { v: number } => Number.isFinite(s.v))
        .map((s) => ({ ...s, text: `${s.name}: ${p.value(s.v)}` }))
    : [];
  const title = row ? p.label(xs[i]!) : '';
  const px = row ? (x(xs[i]) ?? NaN) : NaN;
  const lineH = p.fontSize * 1.35;
  // Text is not measured: estimated widths (Chinese characters counted wide) are enough for these
  // short labels, with room for each line's dot.
  const width =
    (Math.max(estimateEms(title), ...lines.map((l) => estimateEms(l.text) + 1.8)) * p.fontSize) | 0;
  const height = lineH * (lines.length + 1) + p.fontSize * 0.6;
  // Beside the pointer, on the side with room; never past the chart's left edge on a narrow phone.
  const left = Math.max(2, px + 12 + width > area.x + area.width ? px - 12 - width : px + 12);
  const top = area.y + 8;
  return (
    <InLayer layer="hover" zIndex={HOVER_Z}>
      {/* Above the reference areas, which would otherwise take the pointer. */}
      <rect
        className="plot-hover-target"
        x={area.x}
        y={area.y}
        width={area.width}
        height={area.height}
        fill="transparent"
        pointerEvents="all"
        onPointerMove={onMove}
        onPointerLeave={() => setAt(null)}
      />
      {row && Number.isFinite(px) ? (
        <>
          <g className="plot-hover" pointerEvents="none">
            <line
              x1={px}
              x2={px}
              y1={area.y}
              y2={area.y + area.height}
              stroke={p.text}
              strokeOpacity={0.5}
            />
            {lines.map((l) => {
              const cy = y(l.v);
              return cy === undefined ? null : (
                <circle
                  key={l.key}
                  cx={px}
                  cy={cy}
                  r={4}
                  fill={l.color}
                  stroke={p.background}
                  strokeWidth={1.5}
                />
              );
            })}
            <rect
              x={left}
              y={top}
              width={width}
              height={height}
              rx={4}
              fill={p.background}
              stroke={p.border}
            />
            <text
              x={left + p.fontSize * 0.5}
              y={top + lineH}
              fontSize={p.fontSize}
              fill={p.text}
              fontWeight={600}
            >
              {title}
            </text>
            {lines.map((l, k) => (
              <g key={l.key}>
                <circle
                  cx={left + p.fontSize * 0.8}
                  cy={top + lineH * (k + 2) - p.fontSize * 0.35}
                  r={p.fontSize * 0.3}
                  fill={l.color}
                />
                <text
                  x={left + p.fontSize * 1.4}
                  y={top + lineH * (k + 2)}
                  fontSize={p.fontSize}
                  fill={p.text}
                >
                  {l.text}
                </text>
              </g>
            ))}
          </g>
        </>
      ) : null}
    </InLayer>
  );
}
