/** Excess squared error of each strategy on the old and on the new population, as paired bars. */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { areaUnit, formatSig, toShownArea } from '../app/format';
import type { Palette } from '../app/theme';
import { tickStyle, xTitle, tooltipStyle } from './chartStyle';

export interface ComparisonBar {
  label: string;
  excessOld: number;
  excessNew: number;
}

function ComparisonChartView({
  rows,
  palette: c,
  oldLabel,
  newLabel,
}: {
  rows: ComparisonBar[];
  palette: Palette;
  oldLabel: string;
  newLabel: string;
}) {
  const font = 13;
  return (
    <BarChart
      data={rows}
      layout="vertical"
      barCategoryGap="28%"
      barGap={1}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 24, bottom: 24, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis
        type="number"
        tick={tickStyle(c, font)}
        stroke={c.muted}
        tickFormatter={(v: number) => formatSig(toShownArea(v), 2)}
        label={xTitle(`Excess squared error (${areaUnit()})`, c, font)}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={190}
        tick={{ fill: c.text, fontSize: 12 }}
        stroke={c.muted}
      />
      <Tooltip
        formatter={(v) => `${formatSig(toShownArea(Number(v)), 3)} ${areaUnit()}`}
        contentStyle={tooltipStyle(c, font)}
      />
      <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: font }} />
      <Bar
        name={`On the ${oldLabel.toLowerCase()} population`}
        dataKey="excessOld"
        fill={c.old}
        isAnimationActive={false}
      />
      <Bar
        name={`On the ${newLabel.toLowerCase()} population`}
        dataKey="excessNew"
        fill={c.new}
        isAnimationActive={false}
      />
    </BarChart>
  );
}

/** Skipped by React while its props are unchanged, so Recharts is not asked to recompute. */
export const ComparisonChart = memo(ComparisonChartView);
