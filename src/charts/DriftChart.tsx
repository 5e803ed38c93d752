/** The headline chart: θ against training step, both phases, with the data means and the ideals. */
import { LineChart } from 'recharts';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import { RefArea, RefLine, StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import { CanvasLines, PlotHover, PlotLine, PlotOverlay, PlotRule } from './plotLayers';
import type { CanvasSeries } from './plotLayers';
import { PlotLabels } from './PlotLabels';
import type { ChartLabel } from './PlotLabels';
import type { HoverSeries } from './plotLayers';
import { useMemo } from 'react';
import type { ComponentType } from 'react';
import { formatInt } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import {
  chartScale,
  GRID_AT_TICKS,
  numberAxis,
  pinDash,
  tickStyle,
  xTitle,
  yTitle,
} from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import type { DriftRow } from '../ui/chartRows';
import { FitBox } from './FitBox';

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
  /** A lecturer's own names for the datasets, which the mean lines' labels use instead of old/new. */
  oldName?: string | null;
  newName?: string | null;
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
  /** Type size in px when projected; 24 unless told. */
  fontSize?: number;
  /** Called once θ's path is first on screen. */
  onDrawn?: () => void;
  /** The page's length unit: axis, labels and hover readout are in it. */
  units: LengthFormat;
  /**
   * Draws θ's line and dot in place of `rows` and `thetaNow`, from settings of its own: the page's
   * draws the settings of this very moment, ahead of the rest of the chart. A stable component.
   */
  Theta?: ComponentType<ThetaLayerProps>;
}

/**
 * How θ's line, its closed form, an early stop's naive continuation and θ's dot look, for a layer
 * that draws them itself (DriftChartProps.Theta).
 */
export interface ThetaLayerProps {
  /** The chart's heights: a path leaving them is cut where it first leaves. */
  yDomain: readonly [number, number];
  /** The closed form, the naive continuation and θ, in drawing order (rows' `exact`, `ghost`, `theta`). */
  series: readonly CanvasSeries[];
  dot: { r: number; fill: string; ring: string };
  onDrawn?: () => void;
}

const stepLabel = (boundary: number) => (step: number) =>
  step <= boundary
    ? t('charts.drift.hover.preTraining', { step: formatInt(step) })
    : t('charts.drift.hover.fineTuning', {
        step: formatInt(step),
        fineTuningStep: formatInt(step - boundary),
      });

function DriftChartView(p: DriftChartProps) {
  const { palette: c, big } = p;
  const scale = useMemo(() => chartScale(big, 72, p.fontSize), [big, p.fontSize]);
  const font = scale.font;
  const stroke = big ? 5 : 2.5;
  // Labels sit on the outer side of each line (new above, old below when new is taller) so they do not collide.
  const newAbove = p.newMean >= p.oldMean;
  const { units } = p;
  // Recharts copies props such as the margin, the axis domain and formatters into its own store
  // and recomputes every scale and point when one of them is a new object. Moving a slider must
  // only hand it new rows, so everything else keeps its identity between renders.
  const fixed = useMemo(
    () => ({
      margin: scale.margin,
      tick: tickStyle(c, font),
      xLabel: xTitle(t('charts.axis.trainingStep'), c, font, scale.xOffset),
      yLabel: yTitle(
        t('charts.drift.axisY', { unit: units.unit }),
        c,
        font,
        big ? -4 : 0,
        // θ and the unit say what the axis is in any language.
        `θ (${units.unit})`,
      ),
      tickFormatter: (v: number) => tickText(units.toShown(v)),
      hoverValue: (v: number) => units.length(v, 2),
    }),
    [c, font, big, units, scale],
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
    if (hasExact) list.push({ key: 'exact', name: t('charts.drift.series.exact'), color: c.text });
    if (hasGhost) list.push({ key: 'ghost', name: t('charts.drift.series.ghost'), color: c.theta });
    return list;
  }, [c, hasExact, hasGhost]);
  const thetaSeries = useMemo<CanvasSeries[]>(
    () => [
      {
        yKey: 'exact',
        stroke: c.text,
        strokeWidth: 1.25,
        dash: [2, 3],
        connect: true,
        className: 'plot-line plot-exact',
      },
      {
        yKey: 'ghost',
        stroke: c.theta,
        strokeWidth: stroke * 0.7,
        dash: [5, 5],
        opacity: 0.35,
        className: 'plot-line plot-ghost',
      },
      { yKey: 'theta', stroke: c.theta, strokeWidth: stroke, className: 'plot-line plot-theta' },
    ],
    [c, stroke],
  );
  const dotStyle = useMemo(() => ({ r: big ? 9 : 6, fill: c.theta, ring: c.surface }), [big, c]);
  // The most important label keeps its place; the others step aside or, with no room, stay out.
  const { oldMean, newMean, ideal, idealLabel, guess, passAt, stoppedAt, validatedAt, pins } = p;
  const oldName = p.oldName ?? null;
  const newName = p.newName ?? null;
  const labels = useMemo(() => {
    const list: ChartLabel[] = [
      {
        id: 'pre',
        text: t('charts.phase.preTraining'),
        color: c.old,
        priority: 2,
        anchor: { kind: 'corner', corner: 'topLeft' },
      },
      {
        id: 'ft',
        text: t('charts.phase.fineTuning'),
        color: c.new,
        priority: 2,
        anchor: { kind: 'corner', corner: 'topRight' },
      },
      {
        id: 'old',
        text: oldName
          ? t('charts.drift.label.named', { name: oldName, value: units.length(oldMean) })
          : t('charts.drift.label.old', { value: units.length(oldMean) }),
        color: c.old,
        priority: 7,
        bold: true,
        anchor: {
          kind: 'hline',
          value: oldMean,
          prefer: newAbove ? 'below' : 'above',
          edge: 'right',
        },
      },
      {
        id: 'new',
        text: newName
          ? t('charts.drift.label.named', { name: newName, value: units.length(newMean) })
          : t('charts.drift.label.new', { value: units.length(newMean) }),
        color: c.new,
        priority: 8,
        bold: true,
        anchor: {
          kind: 'hline',
          value: newMean,
          prefer: newAbove ? 'above' : 'below',
          edge: 'right',
        },
      },
    ];
    if (ideal !== null)
      list.push({
        id: 'ideal',
        text: t('charts.drift.label.ideal', { name: idealLabel, value: units.length(ideal) }),
        color: c.ideal,
        priority: 10,
        bold: true,
        anchor: {
          kind: 'hline',
          value: ideal,
          prefer: newAbove ? 'above' : 'below',
          edge: 'right',
        },
      });
    if (guess !== null && guess !== undefined)
      list.push({
        id: 'guess',
        text: t('charts.drift.label.guess', { value: units.length(guess) }),
        color: c.text,
        priority: 9,
        bold: true,
        anchor: { kind: 'hline', value: guess, prefer: 'above', edge: 'left' },
      });
    if (passAt !== null && passAt !== undefined)
      list.push({
        id: 'kstar',
        text: 'k*',
        color: c.ideal,
        priority: 6,
        anchor: { kind: 'vline', value: passAt, edge: 'top' },
      });
    if (stoppedAt !== null)
      list.push({
        id: 'stopped',
        text: t('charts.drift.label.stopped'),
        color: c.theta,
        priority: 5,
        anchor: { kind: 'vline', value: stoppedAt, edge: 'bottom' },
      });
    if (validatedAt !== null && validatedAt !== undefined)
      list.push({
        id: 'validation',
        text: t('charts.drift.label.validation'),
        color: c.text,
        priority: 4,
        anchor: { kind: 'vline', value: validatedAt, edge: 'bottom' },
      });
    // Each pinned run is named where it ends, so two faint lines are told apart without the legend.
    pins?.forEach((pin, i) => {
      const last = [...pin.rows].reverse().find((r) => r.theta !== undefined)?.theta;
      if (last !== undefined && Number.isFinite(last))
        list.push({
          id: `pin-${pin.id}`,
          text: t('charts.drift.label.pin', { index: formatInt(i + 1) }),
          color: c.text,
          priority: 3,
          anchor: { kind: 'hline', value: last, prefer: 'above', edge: 'right' },
        });
    });
    return list;
  }, [
    c,
    units,
    newAbove,
    oldMean,
    newMean,
    oldName,
    newName,
    ideal,
    idealLabel,
    guess,
    passAt,
    stoppedAt,
    validatedAt,
    pins,
  ]);
  return (
    <FitBox>
      {(size) => (
        <PlotOverlay width={size.width} height={size.height}>
          <LineChart
            width={size.width}
            height={size.height}
            margin={fixed.margin}
            accessibilityLayer={false}
          >
            <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
            <RefArea x1={0} x2={p.boundary} fill={c.phasePre} ifOverflow="hidden" />
            <RefArea
              x1={p.boundary}
              x2={Math.max(p.total, p.boundary + 1)}
              fill={c.phaseFt}
              ifOverflow="hidden"
            />
            <StableXAxis
              {...numberAxis(xDomain, fixed.tick, c.muted)}
              dataKey="step"
              allowDecimals={false}
              label={fixed.xLabel}
            />
            <StableYAxis
              {...numberAxis(yDomain, fixed.tick, c.muted)}
              ticks={yTicks}
              width={scale.yWidth}
              tickFormatter={fixed.tickFormatter}
              label={fixed.yLabel}
            />
            <RefLine
              y={p.oldMean}
              stroke={c.old}
              strokeWidth={stroke * 0.8}
              strokeDasharray="8 5"
            />
            <RefLine
              y={p.newMean}
              stroke={c.new}
              strokeWidth={stroke * 0.8}
              strokeDasharray="8 5"
            />
            {p.ideal !== null ? (
              <RefLine y={p.ideal} stroke={c.ideal} strokeWidth={stroke * 0.8} />
            ) : null}
            {p.guess !== null && p.guess !== undefined ? (
              <RefLine
                y={p.guess}
                stroke={c.text}
                strokeWidth={stroke}
                strokeDasharray="12 4 2 4"
                ifOverflow="hidden"
              />
            ) : null}
            {(p.pins ?? []).map((pin, i) => (
              <PlotLine
                key={pin.id}
                rows={pin.rows}
                yKey="theta"
                className="plot-line plot-pin"
                stroke={c.text}
                opacity={0.6}
                strokeWidth={stroke * 0.8}
                dash={pinDash(i)}
              />
            ))}
            {p.stoppedAt !== null ? (
              <RefLine x={p.stoppedAt} stroke={c.theta} strokeDasharray="4 4" />
            ) : null}
            {p.passAt !== null && p.passAt !== undefined ? (
              <RefLine x={p.passAt} stroke={c.ideal} strokeDasharray="3 3" ifOverflow="hidden" />
            ) : null}
            {p.validatedAt !== null && p.validatedAt !== undefined ? (
              <RefLine
                x={p.validatedAt}
                stroke={c.text}
                strokeDasharray="1 4"
                ifOverflow="hidden"
              />
            ) : null}
            <PlotRule x={p.playhead} stroke={c.muted} />
            {p.Theta ? (
              <p.Theta yDomain={yDomain} series={thetaSeries} dot={dotStyle} onDrawn={p.onDrawn} />
            ) : (
              <CanvasLines
                rows={p.rows}
                series={thetaSeries}
                dot={
                  p.thetaNow === null ? null : { x: p.thetaStep, value: p.thetaNow, ...dotStyle }
                }
                onDrawn={p.onDrawn}
              />
            )}
            <PlotLabels labels={labels} fontSize={font} halo={c.surface} />
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
        </PlotOverlay>
      )}
    </FitBox>
  );
}

export const DriftChart = chartMemo(DriftChartView);
