/** Where each strategy's θ lands over many resamples: the median with its middle 50 % and 90 % ranges. */
import { memo } from 'react';
import { CartesianGrid, ErrorBar, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { RefLine } from './stableReferences';
import { formatCm, lengthUnit, toShownLength } from '../app/format';
import type { Palette } from '../app/theme';
import { tickStyle, xTitle, tooltipStyle } from './chartStyle';
import type { Domain } from './domain';

export interface SpreadRow {
  label: string;
  median: number;
  /** [median − q05, q95 − median] */
  wide: [number, number];
  /** [median − q25, q75 − median] */
  mid: [number, number];
}

export interface SpreadChartProps {
  rows: SpreadRow[];
  xDomain: Domain;
  oldMean: number;
  newMean: number;
  palette: Palette;
}

function SpreadChartView({ rows, xDomain, oldMean, newMean, palette: c }: SpreadChartProps) {
  const font = 13;
  return (
    <ScatterChart
      layout="vertical"
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 24, bottom: 24, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="median"
        domain={xDomain as [number, number]}
        allowDataOverflow
        tick={tickStyle(c, font)}
        stroke={c.muted}
        tickFormatter={(v: number) => toShownLength(v).toFixed(1)}
        label={xTitle(`Final θ (${lengthUnit()})`, c, font)}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={190}
        tick={{ fill: c.text, fontSize: 12 }}
        stroke={c.muted}
      />
      <RefLine
        x={oldMean}
        stroke={c.old}
        strokeDasharray="8 5"
        strokeWidth={2}
        ifOverflow="hidden"
      />
      <RefLine
        x={newMean}
        stroke={c.new}
        strokeDasharray="8 5"
        strokeWidth={2}
        ifOverflow="hidden"
      />
      <Tooltip
        formatter={(v, name) => (name === 'median' ? formatCm(Number(v), 2) : String(v))}
        contentStyle={tooltipStyle(c, font)}
      />
      <Scatter data={rows} fill={c.theta} isAnimationActive={false} name="Median final θ">
        <ErrorBar dataKey="wide" direction="x" width={6} stroke={c.theta} strokeWidth={1.5} />
        <ErrorBar
          dataKey="mid"
          direction="x"
          width={0}
          stroke={c.theta}
          strokeWidth={6}
          strokeOpacity={0.45}
        />
      </Scatter>
    </ScatterChart>
  );
}

/** Skipped by React while its props are unchanged, so Recharts is not asked to recompute. */
export const SpreadChart = memo(SpreadChartView);
