/** The headline chart: θ against training step, both phases, with the data means and the ideals. */
import { CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import { chartMemo } from './chartMemo';
import { RefArea, RefLine } from './stableReferences';
import { PlotDot, PlotHover, PlotLine, PlotRule } from './plotLayers';
import type { HoverSeries } from './plotLayers';
import { useMemo } from 'react';
import { formatInt } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import { tickStyle, xTitle, yTitle, FILL } from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import type { DriftRow } from '../ui/chartRows';

export interface DriftChartProps {
  rows: DriftRow[];
  total: number;
  boundary: number;
  playhead: number;
  thetaNow: number | null;
  /** Step of `thetaNow`: the playhead, or where the run stopped if it stopped before it. */
  thetaStep: number;
  oldMean: number;
  newMean: number;
  /** Null hides the ideal lines (predict mode, before the reveal). */
  /** The goal's ideal, or null while it is hidden (predict first). */
  ideal: number | null;
  /** Whom the ideal is for, as its line's label says: "ideal for everyone". */
  idealLabel: string;
  /** The student's guess, drawn as a line they can drag. */
  guess?: number | null;
  /** Earlier runs kept for comparison, drawn faintly. */
  pins?: { id: number; name: string; rows: DriftRow[] }[];
  stoppedAt: number | null;
  /** Step where naive fine-tuning comes closest to the ideal (k*), on the whole-run axis. */
  passAt?: number | null;
  /** Step chosen by validation, on the whole-run axis. */
  validatedAt?: number | null;
  yDomain: Domain;
  palette: Palette;
  /** Larger type and thicker lines for projection. */
  big?: boolean;
  /** Called once θ's path is first on screen. */
  onDrawn?: () => void;
  /** The page's length unit: axis, labels and hover readout are in it. */
  units: LengthFormat;
}

const stepLabel = (boundary: number) => (step: number) =>
  step <= boundary
    ? `Step ${formatInt(step)} (pre-training)`
    : `Step ${formatInt(step)} (fine-tuning step ${formatInt(step - boundary)})`;

const PIN_DASHES = ['6 3', '2 3', '10 3 2 3'];

function DriftChartView(p: DriftChartProps) {
  const { palette: c, big } = p;
  const font = big ? 24 : 13;
  const stroke = big ? 5 : 2.5;
  const refLabel = (
    text: string,
    color: string,
    position:
      | 'insideTopRight'
      | 'insideBottomRight'
      | 'insideTopLeft'
      | 'insideBottomLeft' = 'insideTopRight',
  ) => ({
    value: text,
    position,
    fill: color,
    fontSize: font,
    fontWeight: 600,
  });
  // Labels sit on the outer side of each line (new above, old below when new is taller) so they do not collide.
  const newAbove = p.newMean >= p.oldMean;
  const { units } = p;
  // Recharts copies props such as the margin, the axis domain and formatters into its own store
  // and recomputes every scale and point when one of them is a new object. Moving a slider must
  // only hand it new rows, so everything else keeps its identity between renders.
  const fixed = useMemo(
    () => ({
      margin: { top: 12, right: 24, bottom: big ? 44 : 24, left: big ? 24 : 8 },
      tick: tickStyle(c, font),
      xLabel: xTitle('Training step', c, font, big ? -36 : -12),
      yLabel: yTitle(`θ, predicted height (${units.unit})`, c, font, big ? -4 : 0),
      tickFormatter: (v: number) => tickText(units.toShown(v)),
      preLabel: {
        value: 'Pre-training',
        position: 'insideTopLeft' as const,
        fill: c.old,
        fontSize: font,
      },
      ftLabel: {
        value: 'Fine-tuning',
        position: 'insideTopRight' as const,
        fill: c.new,
        fontSize: font,
      },
      hoverValue: (v: number) => units.length(v, 2),
    }),
    [c, font, big, units],
  );
  const xDomain = useMemo(() => [0, Math.max(p.total, 1)], [p.total]);
  const [yLo, yHi] = p.yDomain;
  const yDomain = useMemo(() => [yLo, yHi] as [number, number], [yLo, yHi]);
  // Round heights in the unit on show, so an inch axis reads 64, 66, 68 rather than converted cm.
  const yTicks = useMemo(
    () => niceTicksIn([yLo, yHi], units.toShown, units.fromShown),
    [yLo, yHi, units],
  );
  const tooltipLabel = useMemo(() => stepLabel(p.boundary), [p.boundary]);
  const hasExact = p.rows.some((r) => r.exact !== undefined);
  const hasGhost = p.rows.some((r) => r.ghost !== undefined);
  const hoverSeries = useMemo(() => {
    const list: HoverSeries[] = [{ key: 'theta', name: 'θ', color: c.theta }];
    if (hasExact) list.push({ key: 'exact', name: 'closed form', color: c.text });
    if (hasGhost) list.push({ key: 'ghost', name: 'without stopping', color: c.theta });
    return list;
  }, [c, hasExact, hasGhost]);
  return (
    <LineChart responsive style={FILL} margin={fixed.margin} accessibilityLayer={false}>
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <RefArea
        x1={0}
        x2={p.boundary}
        fill={c.phasePre}
        ifOverflow="hidden"
        label={fixed.preLabel}
      />
      <RefArea
        x1={p.boundary}
        x2={Math.max(p.total, p.boundary + 1)}
        fill={c.phaseFt}
        ifOverflow="hidden"
        label={fixed.ftLabel}
      />
      <XAxis
        dataKey="step"
        type="number"
        domain={xDomain}
        allowDataOverflow
        allowDecimals={false}
        tick={fixed.tick}
        stroke={c.muted}
        label={fixed.xLabel}
      />
      <YAxis
        type="number"
        domain={yDomain}
        allowDataOverflow
        ticks={yTicks}
        tick={fixed.tick}
        stroke={c.muted}
        width={big ? 110 : 72}
        tickFormatter={fixed.tickFormatter}
        label={fixed.yLabel}
      />
      <RefLine
        y={p.oldMean}
        stroke={c.old}
        strokeWidth={stroke * 0.8}
        strokeDasharray="8 5"
        label={refLabel(
          `old ${units.length(p.oldMean)}`,
          c.old,
          newAbove ? 'insideTopRight' : 'insideBottomRight',
        )}
      />
      <RefLine
        y={p.newMean}
        stroke={c.new}
        strokeWidth={stroke * 0.8}
        strokeDasharray="8 5"
        label={refLabel(
          `new ${units.length(p.newMean)}`,
          c.new,
          newAbove ? 'insideBottomRight' : 'insideTopRight',
        )}
      />
      {p.ideal !== null ? (
        <RefLine
          y={p.ideal}
          stroke={c.ideal}
          strokeWidth={stroke * 0.8}
          label={refLabel(
            `${p.idealLabel} ${units.length(p.ideal)}`,
            c.ideal,
            newAbove ? 'insideBottomRight' : 'insideTopRight',
          )}
        />
      ) : null}
      {p.guess !== null && p.guess !== undefined ? (
        <RefLine
          y={p.guess}
          stroke={c.text}
          strokeWidth={stroke}
          strokeDasharray="12 4 2 4"
          ifOverflow="hidden"
          label={refLabel(`your guess ${units.length(p.guess)}`, c.text, 'insideTopLeft')}
        />
      ) : null}
      {(p.pins ?? []).map((pin, i) => (
        <PlotLine
          key={pin.id}
          rows={pin.rows}
          yKey="theta"
          className="plot-line plot-pin"
          stroke={c.muted}
          opacity={0.6}
          strokeWidth={stroke * 0.8}
          dash={PIN_DASHES[i % PIN_DASHES.length]}
        />
      ))}
      {p.stoppedAt !== null ? (
        <RefLine
          x={p.stoppedAt}
          stroke={c.theta}
          strokeDasharray="4 4"
          label={{ value: 'stopped', position: 'insideBottomLeft', fill: c.theta, fontSize: font }}
        />
      ) : null}
      {p.passAt !== null && p.passAt !== undefined ? (
        <RefLine
          x={p.passAt}
          stroke={c.ideal}
          strokeDasharray="3 3"
          ifOverflow="hidden"
          label={{ value: 'k*', position: 'insideTopLeft', fill: c.ideal, fontSize: font }}
        />
      ) : null}
      {p.validatedAt !== null && p.validatedAt !== undefined ? (
        <RefLine
          x={p.validatedAt}
          stroke={c.text}
          strokeDasharray="1 4"
          ifOverflow="hidden"
          label={{
            value: 'validation',
            position: 'insideBottomRight',
            fill: c.text,
            fontSize: font,
          }}
        />
      ) : null}
      <PlotRule x={p.playhead} stroke={c.muted} />
      {hasExact ? (
        <PlotLine
          rows={p.rows}
          yKey="exact"
          className="plot-line plot-exact"
          stroke={c.text}
          strokeWidth={1.25}
          dash="2 3"
          connect
        />
      ) : null}
      {hasGhost ? (
        <PlotLine
          rows={p.rows}
          yKey="ghost"
          className="plot-line plot-ghost"
          stroke={c.theta}
          opacity={0.35}
          dash="5 5"
          strokeWidth={stroke * 0.7}
        />
      ) : null}
      <PlotLine
        rows={p.rows}
        yKey="theta"
        className="plot-line plot-theta"
        stroke={c.theta}
        strokeWidth={stroke}
        onDrawn={p.onDrawn}
      />
      {p.thetaNow !== null ? (
        <PlotDot
          x={p.thetaStep}
          value={p.thetaNow}
          r={big ? 9 : 6}
          fill={c.theta}
          stroke={c.surface}
        />
      ) : null}
      <PlotHover
        rows={p.rows}
        series={hoverSeries}
        label={tooltipLabel}
        value={fixed.hoverValue}
        fontSize={font}
        background={c.surface}
        text={c.text}
        border={c.grid}
      />
    </LineChart>
  );
}

export const DriftChart = chartMemo(DriftChartView);
