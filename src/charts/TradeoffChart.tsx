/** Loss on old data against loss on new data: the fine-tuning path, the Pareto front and every strategy's end. */
import { memo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { RefDot } from './stableReferences';
import { areaUnit, formatSig, toShownArea } from '../app/format';
import type { Palette } from '../app/theme';
import { tickStyle, xTitle, yTitle, tooltipStyle } from './chartStyle';
import type { Domain } from './domain';

export interface LossPoint {
  x: number;
  y: number;
  label?: string;
}

export interface TradeoffChartProps {
  path: LossPoint[];
  front: LossPoint[];
  ends: LossPoint[];
  now: LossPoint | null;
  xDomain: Domain;
  yDomain: Domain;
  palette: Palette;
  oldLabel: string;
  newLabel: string;
}

function TradeoffChartView(p: TradeoffChartProps) {
  const c = p.palette;
  const font = 13;
  const tick = (v: number) => formatSig(toShownArea(v), 3);
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 24, bottom: 24, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        domain={p.xDomain as [number, number]}
        allowDataOverflow
        tickFormatter={tick}
        tick={tickStyle(c, font)}
        stroke={c.muted}
        label={xTitle(`Loss on ${p.oldLabel.toLowerCase()} (${areaUnit()})`, c, font)}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={p.yDomain as [number, number]}
        allowDataOverflow
        width={64}
        tickFormatter={tick}
        tick={tickStyle(c, font)}
        stroke={c.muted}
        label={yTitle(`Loss on ${p.newLabel.toLowerCase()} (${areaUnit()})`, c, font)}
      />
      <Tooltip
        formatter={(v) => `${formatSig(toShownArea(Number(v)), 4)} ${areaUnit()}`}
        contentStyle={tooltipStyle(c, font)}
      />
      <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: font }} />
      <Line
        data={p.front}
        dataKey="y"
        name="Best trade-offs (θ between the means)"
        stroke={c.ideal}
        strokeWidth={6}
        strokeOpacity={0.35}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        data={p.path}
        dataKey="y"
        name="Fine-tuning path"
        stroke={c.theta}
        strokeWidth={2.5}
        dot={false}
        isAnimationActive={false}
      />
      <Scatter
        data={p.ends}
        name="Strategies' end points"
        fill={c.text}
        isAnimationActive={false}
      />
      {p.now ? (
        <RefDot
          x={p.now.x}
          y={p.now.y}
          r={7}
          fill={c.theta}
          stroke={c.surface}
          strokeWidth={2}
          ifOverflow="hidden"
        />
      ) : null}
    </ComposedChart>
  );
}

/** Skipped by React while its props are unchanged, so Recharts is not asked to recompute. */
export const TradeoffChart = memo(TradeoffChartView);
