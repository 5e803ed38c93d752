/** Where fine-tuning ends, against the ideal, as the new data's share of all heights goes from 0 to 1. */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { RefLine, RefDot } from './stableReferences';
import { formatCm, formatPercent, lengthUnit, toShownLength } from '../app/format';
import type { Palette } from '../app/theme';
import { tickStyle, xTitle, yTitle, tooltipStyle } from './chartStyle';
import type { Domain } from './domain';

export interface SweepRow {
  share: number;
  pooled: number;
  posterior?: number;
  /** Absent when the run did not finish (it diverged or was refused). */
  end?: number;
}

export interface SweepChartProps {
  rows: SweepRow[];
  share: number;
  endNow: number;
  idealNow: number;
  yDomain: Domain;
  showPosterior: boolean;
  palette: Palette;
}

export function SweepChart(p: SweepChartProps) {
  const c = p.palette;
  const font = 13;
  return (
    <LineChart
      data={p.rows}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 12, right: 24, bottom: 24, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="share"
        type="number"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={(v: number) => formatPercent(v)}
        tick={tickStyle(c, font)}
        stroke={c.muted}
        label={xTitle('New data share n_new / (n_old + n_new)', c, font)}
      />
      <YAxis
        type="number"
        domain={p.yDomain as [number, number]}
        allowDataOverflow
        tick={tickStyle(c, font)}
        stroke={c.muted}
        width={72}
        tickFormatter={(v: number) => toShownLength(v).toFixed(0)}
        label={yTitle(`Final θ (${lengthUnit()})`, c, font)}
      />
      <Tooltip
        formatter={(v) => formatCm(Number(v), 2)}
        labelFormatter={(l) => `New data share ${formatPercent(Number(l))}`}
        contentStyle={tooltipStyle(c, font)}
      />
      <Legend verticalAlign="top" height={30} wrapperStyle={{ fontSize: font }} />
      <Line
        name="Size-weighted ideal"
        dataKey="pooled"
        stroke={c.ideal}
        strokeWidth={2.5}
        dot={false}
        isAnimationActive={false}
      />
      {p.showPosterior ? (
        <Line
          name="Posterior ideal (τ)"
          dataKey="posterior"
          stroke={c.posterior}
          strokeDasharray="2 4"
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
      ) : null}
      <Line
        name="Where fine-tuning ends"
        dataKey="end"
        stroke={c.theta}
        strokeWidth={2.5}
        dot={false}
        isAnimationActive={false}
      />
      <RefLine
        x={p.share}
        stroke={c.muted}
        strokeDasharray="4 4"
        label={{ value: 'now', position: 'insideTopLeft', fill: c.text, fontSize: font }}
      />
      <RefDot
        x={p.share}
        y={p.idealNow}
        r={6}
        fill={c.ideal}
        stroke={c.surface}
        ifOverflow="hidden"
      />
      {Number.isFinite(p.endNow) ? (
        <RefDot
          x={p.share}
          y={p.endNow}
          r={6}
          fill={c.theta}
          stroke={c.surface}
          ifOverflow="hidden"
        />
      ) : null}
    </LineChart>
  );
}
