/** Overlaid histograms of the two datasets, with lines at both means, the ideal and the current θ. */
import { Area, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { RefLine } from './stableReferences';
import { formatCm, formatSig, lengthUnit, toShownLength } from '../app/format';
import type { Palette } from '../app/theme';
import { tickStyle, xTitle, yTitle, tooltipStyle } from './chartStyle';
import type { Domain } from './domain';

export interface DataRow {
  /** Left edge of the bin, cm. */
  x: number;
  /** Percentage of the old / new dataset in this bin. */
  old: number;
  new: number;
}

export interface DataChartProps {
  rows: DataRow[];
  xDomain: Domain;
  oldLabel: string;
  newLabel: string;
  oldMean: number;
  newMean: number;
  ideal: number;
  theta: number | null;
  palette: Palette;
}

export function DataChart(p: DataChartProps) {
  const c = p.palette;
  const font = 13;
  return (
    <ComposedChart
      data={p.rows}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 12, right: 24, bottom: 24, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="x"
        type="number"
        domain={p.xDomain as [number, number]}
        allowDataOverflow
        tickFormatter={(v: number) => toShownLength(v).toFixed(0)}
        tick={tickStyle(c, font)}
        stroke={c.muted}
        label={xTitle(`Height (${lengthUnit()})`, c, font)}
      />
      <YAxis
        tick={tickStyle(c, font)}
        stroke={c.muted}
        width={56}
        tickFormatter={(v: number) => `${formatSig(v, 2)}`}
        label={yTitle('Share of dataset (%)', c, font)}
      />
      <Tooltip
        formatter={(v) => `${formatSig(Number(v), 3)} %`}
        labelFormatter={(l) => `From ${formatCm(Number(l))}`}
        contentStyle={tooltipStyle(c, font)}
      />
      <Area
        name={p.oldLabel}
        dataKey="old"
        type="stepAfter"
        stroke={c.old}
        fill={c.old}
        fillOpacity={0.25}
        strokeWidth={2}
        isAnimationActive={false}
      />
      <Area
        name={p.newLabel}
        dataKey="new"
        type="stepAfter"
        stroke={c.new}
        fill={c.new}
        fillOpacity={0.25}
        strokeWidth={2}
        isAnimationActive={false}
      />
      <RefLine
        x={p.oldMean}
        stroke={c.old}
        strokeWidth={2}
        strokeDasharray="8 5"
        ifOverflow="hidden"
      />
      <RefLine
        x={p.newMean}
        stroke={c.new}
        strokeWidth={2}
        strokeDasharray="8 5"
        ifOverflow="hidden"
      />
      <RefLine x={p.ideal} stroke={c.ideal} strokeWidth={2} ifOverflow="hidden" />
      {p.theta !== null ? (
        <RefLine x={p.theta} stroke={c.theta} strokeWidth={3} ifOverflow="hidden" />
      ) : null}
    </ComposedChart>
  );
}
