/**
 * A line drawn on a canvas over a chart (see PlotOverlay), and what was drawn, so the chart's
 * picture for a slide can draw the same line as SVG. Plain DOM, no React.
 */

/** One line: the path in the chart's pixels (the string an SVG path would carry) and its look. */
export interface PictureLine {
  d: string;
  stroke: string;
  strokeWidth: number;
  /** Dash and gap lengths in px, for a dashed line. */
  dash?: number[];
  opacity?: number;
  /** The class its SVG path would have, e.g. `plot-line plot-theta`. */
  className: string;
}

export interface LinePicture {
  /** Drawn in this order, the last on top. */
  lines: PictureLine[];
  /** The plot area: the lines are cut at its edges. */
  clip: { x: number; y: number; width: number; height: number };
  /** The dot at the line's head, or null where it lies outside the plot. */
  dot: { cx: number; cy: number; r: number; fill: string; ring: string } | null;
}

const pictures = new WeakMap<HTMLCanvasElement, LinePicture>();

/** What `paintLine` last drew on the canvas, or null. */
export function linePictureOf(canvas: HTMLCanvasElement): LinePicture | null {
  return pictures.get(canvas) ?? null;
}

// jsdom has no canvas and says so on the console for every attempt.
const canPaint = typeof navigator === 'undefined' || !/jsdom/i.test(navigator.userAgent);

/** Clears the canvas (sized to `width` × `height` CSS px, sharp on any screen) and draws `line`'s lines and dot. */
export function paintLine(
  canvas: HTMLCanvasElement,
  line: LinePicture | null,
  width: number,
  height: number,
): void {
  if (line) pictures.set(canvas, line);
  else pictures.delete(canvas);
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const cssW = `${width}px`;
  const cssH = `${height}px`;
  if (canvas.style.width !== cssW) canvas.style.width = cssW;
  if (canvas.style.height !== cssH) canvas.style.height = cssH;
  const ctx = canPaint ? canvas.getContext('2d') : null;
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  if (!line) return;
  const { clip, dot } = line;
  ctx.save();
  ctx.beginPath();
  ctx.rect(clip.x, clip.y, clip.width, clip.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  for (const l of line.lines) {
    ctx.strokeStyle = l.stroke;
    ctx.lineWidth = l.strokeWidth;
    ctx.globalAlpha = l.opacity ?? 1;
    ctx.setLineDash(l.dash ?? []);
    ctx.stroke(new Path2D(l.d));
  }
  ctx.restore();
  if (dot) {
    ctx.beginPath();
    ctx.arc(dot.cx, dot.cy, dot.r, 0, 2 * Math.PI);
    ctx.fillStyle = dot.fill;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = dot.ring;
    ctx.stroke();
  }
}
