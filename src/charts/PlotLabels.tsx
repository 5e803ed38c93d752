/**
 * A chart's text labels (line names, phase names, k*), drawn with the chart's own scales and
 * placed by labelPlacement so that no two cover each other at any size: Recharts' own labels sit
 * where their line is, whatever else is there.
 */
import { memo } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { InLayer } from './plotLayers';
import { labelCandidates, placeLabels } from './labelPlacement';
import { estimateEms } from './chartStyle';
import type { Box, LabelAnchor, LabelRequest } from './labelPlacement';

/** A label in data coordinates: a height for a line's label, a step for a rule's. */
export type ChartLabelAnchor =
  | { kind: 'hline'; value: number; prefer: 'above' | 'below'; edge: 'left' | 'right' }
  | { kind: 'vline'; value: number; edge: 'top' | 'bottom' }
  | { kind: 'corner'; corner: 'topLeft' | 'topRight' }
  | { kind: 'point'; x: number; y: number };

export interface ChartLabel {
  id: string;
  text: string;
  color: string;
  priority: number;
  anchor: ChartLabelAnchor;
  bold?: boolean;
}

const LABEL_Z = 1300;

let measureContext: CanvasRenderingContext2D | null | undefined;

/**
 * Measures text in px where a canvas can, else estimates it (about 0.6 em a letter, a Chinese
 * character about twice that).
 */
function textMeasurer(fontSize: number): (text: string, bold: boolean) => number {
  if (measureContext === undefined) {
    // jsdom has no canvas and says so on the console: estimate there.
    const canMeasure = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
    measureContext = canMeasure ? document.createElement('canvas').getContext('2d') : null;
  }
  const ctx = measureContext;
  if (!ctx) return (text) => estimateEms(text) * fontSize;
  // One style lookup for all the labels of a chart, not one per label.
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  return (text, bold) => {
    ctx.font = `${bold ? 600 : 400} ${fontSize}px ${family}`;
    return ctx.measureText(text).width;
  };
}

export const PlotLabels = memo(function PlotLabels(p: {
  labels: readonly ChartLabel[];
  fontSize: number;
  /** Drawn around each label's letters so a line behind it does not cut through them. */
  halo: string;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const plot: Box = { x0: area.x, y0: area.y, x1: area.x + area.width, y1: area.y + area.height };
  const height = Math.ceil(p.fontSize * 1.25);
  const textWidth = textMeasurer(p.fontSize);
  const requests: LabelRequest[] = [];
  for (const l of p.labels) {
    const a = l.anchor;
    let anchor: LabelAnchor;
    if (a.kind === 'hline') {
      const py = y(a.value);
      if (py === undefined || !Number.isFinite(py)) continue;
      anchor = { kind: 'hline', y: py, prefer: a.prefer, edge: a.edge };
    } else if (a.kind === 'vline') {
      const px = x(a.value);
      if (px === undefined || !Number.isFinite(px)) continue;
      anchor = { kind: 'vline', x: px, edge: a.edge };
    } else if (a.kind === 'point') {
      const px = x(a.x);
      const py = y(a.y);
      if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py))
        continue;
      anchor = { kind: 'point', x: px, y: py };
    } else {
      anchor = a;
    }
    const width = Math.ceil(textWidth(l.text, l.bold ?? false)) + 2;
    requests.push({
      id: l.id,
      priority: l.priority,
      candidates: labelCandidates(anchor, width, height, plot),
    });
  }
  const placed = placeLabels(requests, plot);
  return (
    <InLayer layer="labels" zIndex={LABEL_Z}>
      <g className="plot-labels" pointerEvents="none">
        {p.labels.map((l) => {
          const box = placed.get(l.id);
          if (!box) return null;
          return (
            <text
              key={l.id}
              className="plot-label"
              data-label={l.id}
              x={box.x0 + 1}
              y={(box.y0 + box.y1) / 2}
              dominantBaseline="central"
              fontSize={p.fontSize}
              fontWeight={l.bold ? 600 : 400}
              fill={l.color}
              stroke={p.halo}
              strokeWidth={Math.max(3, p.fontSize / 5)}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              {l.text}
            </text>
          );
        })}
      </g>
    </InLayer>
  );
});
