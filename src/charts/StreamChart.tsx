/** θ of each learner after every round of a stream, against the true mean μ_k and the round means m_k. */
import { memo, useMemo } from 'react';
import { LineChart, ZIndexLayer, useXAxisScale, useYAxisScale } from 'recharts';
import { StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import { PlotHover, PlotLine } from './plotLayers';
import type { HoverSeries } from './plotLayers';
import { formatInt } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import type { StreamRow } from '../ui/chartRows';
import { chartScale, GRID_AT_TICKS, numberAxis, tickStyle, xTitle, yTitle } from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import { FitBox } from './FitBox';

/** One learner's line: which field of the rows, its name, colour and dash. */
export interface StreamSeries {
  key: Exclude<keyof StreamRow, 'k' | 'mu' | 'm'>;
  name: string;
  color: string;
  dash?: string;
  /** Relative width of the line. */
  weight?: number;
  opacity?: number;
  /**
   * Named when pointing at the chart but drawn as no line: "latest only" is the round means
   * themselves, which the dots already show, and its zigzag would hide every other learner.
   */
  dotsOnly?: boolean;
}

export interface StreamChartProps {
  rows: StreamRow[];
  series: StreamSeries[];
  /** Colour of the round means' dots. */
  dotColor: string;
  yDomain: Domain;
  palette: Palette;
  units: LengthFormat;
  big?: boolean;
}

const roundLabel = (k: number) =>
  k === 0 ? t('charts.phase.preTraining') : t('charts.stream.round', { round: formatInt(k) });

/**
 * The round means as one path of small circles: up to a thousand dots in a single element, which
 * the browser draws far faster than a thousand <circle>s.
 */
const RoundMeans = memo(function RoundMeans(p: { rows: StreamRow[]; r: number; fill: string }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const d = useMemo(() => {
    if (!x || !y) return '';
    const parts: string[] = [];
    for (const row of p.rows) {
      if (row.k === 0) continue;
      const cx = x(row.k);
      const cy = y(row.m);
      if (cx === undefined || cy === undefined || !Number.isFinite(cy)) continue;
      parts.push(
        `M${(cx - p.r).toFixed(1)},${cy.toFixed(1)}a${p.r},${p.r} 0 1,0 ${2 * p.r},0a${p.r},${p.r} 0 1,0 ${-2 * p.r},0`,
      );
    }
    return parts.join('');
  }, [p.rows, p.r, x, y]);
  if (!d) return null;
  return (
    <ZIndexLayer zIndex={350}>
      <path className="plot-round-means" d={d} fill={p.fill} fillOpacity={0.4} />
    </ZIndexLayer>
  );
});

function StreamChartView(p: StreamChartProps) {
  const { palette: c, big, units } = p;
  const scale = useMemo(() => chartScale(big, 72), [big]);
  const font = scale.font;
  const stroke = big ? 4 : 2.2;
  const fixed = useMemo(
    () => ({
      tick: tickStyle(c, font),
      xLabel: xTitle(t('charts.stream.axisX'), c, font, scale.xOffset),
      yLabel: yTitle(t('charts.stream.axisY', { unit: units.unit }), c, font),
      tickFormatter: (v: number) => tickText(units.toShown(v)),
      hoverValue: (v: number) => units.length(v, 2),
    }),
    [c, font, units, scale],
  );
  const last = p.rows.length ? p.rows[p.rows.length - 1]!.k : 1;
  const xDomain = useMemo(() => [0, Math.max(1, last)] as [number, number], [last]);
  const [yLo, yHi] = p.yDomain;
  const yDomain = useMemo(() => [yLo, yHi] as [number, number], [yLo, yHi]);
  const yTicks = useMemo(
    () => niceTicksIn([yLo, yHi], units.toShown, units.fromShown, 5),
    [yLo, yHi, units],
  );
  const hover = useMemo<HoverSeries[]>(
    () => [
      { key: 'mu', name: t('charts.stream.series.trueMean'), color: c.text },
      ...p.series.map((s) => ({ key: s.key, name: s.name, color: s.color })),
    ],
    [c, p.series],
  );
  return (
    <FitBox>
      {(size) => (
        <LineChart
          width={size.width}
          height={size.height}
          // The last round's tick ("1,000") sits on the right edge: room for half of it.
          margin={{
            ...scale.margin,
            right: Math.max(scale.margin.right, Math.round(scale.font * 1.8)),
          }}
          accessibilityLayer={false}
        >
          <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
          <StableXAxis
            {...numberAxis(xDomain, fixed.tick, c.muted)}
            dataKey="k"
            allowDecimals={false}
            label={fixed.xLabel}
          />
          <StableYAxis
            {...numberAxis(yDomain, fixed.tick, c.muted)}
            width={scale.yWidth}
            ticks={yTicks}
            tickFormatter={fixed.tickFormatter}
            label={fixed.yLabel}
          />
          <RoundMeans rows={p.rows} r={big ? 3 : 1.8} fill={p.dotColor} />
          {p.series
            .filter((s) => !s.dotsOnly)
            .map((s) => (
              <PlotLine
                key={s.key}
                rows={p.rows}
                xKey="k"
                yKey={s.key}
                className={`plot-line plot-stream-${s.key}`}
                stroke={s.color}
                strokeWidth={stroke * (s.weight ?? 1)}
                dash={s.dash}
                opacity={s.opacity}
              />
            ))}
          <PlotLine
            rows={p.rows}
            xKey="k"
            yKey="mu"
            className="plot-line plot-stream-mu"
            stroke={c.text}
            strokeWidth={stroke * 0.9}
            dash="7 4"
          />
          <PlotHover
            rows={p.rows}
            xKey="k"
            series={hover}
            label={roundLabel}
            value={fixed.hoverValue}
            fontSize={big ? font * 0.8 : font}
            background={c.surface}
            text={c.text}
            border={c.grid}
          />
        </LineChart>
      )}
    </FitBox>
  );
}

export const StreamChart = chartMemo(StreamChartView);
