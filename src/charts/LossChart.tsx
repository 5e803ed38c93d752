/** MSE on the old and on the new data against step: forgetting shows as the old loss climbing. */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { RefLine, RefArea } from './stableReferences';
import { formatInt, formatSig, areaUnit, toShownArea } from '../app/format';
import type { Palette } from '../app/theme';
import { tickStyle, xTitle, yTitle, tooltipStyle } from './chartStyle';
import type { Domain } from './domain';

export interface LossRow {
  step: number;
  lossOld: number;
  lossNew: number;
}

export interface LossChartProps {
  rows: LossRow[];
  total: number;
  boundary: number;
  playhead: number;
  yDomain: Domain;
  palette: Palette;
  oldLabel?: string;
  newLabel?: string;
  /** Earlier runs kept for comparison, drawn faintly. */
  pins?: { id: number; name: string; rows: LossRow[] }[];
  big?: boolean;
}

export function LossChart(p: LossChartProps) {
  const { palette: c, big } = p;
  const font = big ? 24 : 13;
  const stroke = big ? 5 : 2.5;
  return (
    <LineChart
      data={p.rows}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 12, right: 24, bottom: 24, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <RefArea x1={0} x2={p.boundary} fill={c.phasePre} ifOverflow="hidden" />
      <RefArea
        x1={p.boundary}
        x2={Math.max(p.total, p.boundary + 1)}
        fill={c.phaseFt}
        ifOverflow="hidden"
      />
      <XAxis
        dataKey="step"
        type="number"
        domain={[0, Math.max(p.total, 1)]}
        allowDecimals={false}
        tick={tickStyle(c, font)}
        stroke={c.muted}
        label={xTitle('Training step', c, font)}
      />
      <YAxis
        type="number"
        domain={p.yDomain as [number, number]}
        allowDataOverflow
        tick={tickStyle(c, font)}
        stroke={c.muted}
        width={72}
        tickFormatter={(v: number) => formatSig(toShownArea(v), 3)}
        label={yTitle(`MSE (${areaUnit()})`, c, font)}
      />
      <RefLine x={p.playhead} stroke={c.muted} />
      <Tooltip
        formatter={(v) => `${formatSig(toShownArea(Number(v)), 4)} ${areaUnit()}`}
        labelFormatter={(l) => `Step ${formatInt(Number(l))}`}
        contentStyle={tooltipStyle(c, font)}
      />
      <Legend verticalAlign="top" height={30} wrapperStyle={{ fontSize: font }} />
      {(p.pins ?? []).flatMap((pin) => [
        <Line
          key={`${pin.id}-old`}
          data={pin.rows}
          name={`${pin.name}: old`}
          dataKey="lossOld"
          stroke={c.old}
          strokeOpacity={0.35}
          strokeWidth={stroke * 0.8}
          dot={false}
          isAnimationActive={false}
          legendType="none"
        />,
        <Line
          key={`${pin.id}-new`}
          data={pin.rows}
          name={`${pin.name}: new`}
          dataKey="lossNew"
          stroke={c.new}
          strokeOpacity={0.35}
          strokeDasharray="10 4"
          strokeWidth={stroke * 0.8}
          dot={false}
          isAnimationActive={false}
          legendType="none"
        />,
      ])}
      <Line
        name={`Loss on ${p.oldLabel ?? 'old data'}`}
        dataKey="lossOld"
        stroke={c.old}
        strokeWidth={stroke}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        name={`Loss on ${p.newLabel ?? 'new data'}`}
        dataKey="lossNew"
        stroke={c.new}
        strokeWidth={stroke}
        dot={false}
        isAnimationActive={false}
        strokeDasharray="10 4"
      />
    </LineChart>
  );
}
