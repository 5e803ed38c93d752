/** The headline chart: θ against training step, both phases, with the data means and the ideals. */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCm, formatInt, lengthUnit, toShownLength } from '../app/format';
import type { Palette } from '../app/theme';
import { tickStyle, xTitle, yTitle, tooltipStyle } from './chartStyle';
import { niceTicks } from './domain';
import type { Domain } from './domain';

export interface DriftRow {
  step: number;
  /** Absent past an early stop, where only the naive continuation is drawn. */
  theta?: number;
  /** The early-stopped run's naive continuation, drawn faintly. */
  ghost?: number;
  /** The closed-form full-batch GD position at this step (fine-tuning only). */
  exact?: number;
}

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
  pooled: number | null;
  posterior: number | null;
  /** The student's guess, drawn as a line they can drag. */
  guess?: number | null;
  /** Earlier runs kept for comparison, drawn faintly. */
  pins?: { id: number; name: string; rows: DriftRow[] }[];
  stoppedAt: number | null;
  /** Step where naive fine-tuning first passes the ideal (k*), on the whole-run axis. */
  passAt?: number | null;
  /** Step chosen by validation, on the whole-run axis. */
  validatedAt?: number | null;
  yDomain: Domain;
  palette: Palette;
  /** Larger type and thicker lines for projection. */
  big?: boolean;
}

const stepLabel = (boundary: number) => (step: number) =>
  step <= boundary
    ? `Step ${formatInt(step)} (pre-training)`
    : `Step ${formatInt(step)} (fine-tuning step ${formatInt(step - boundary)})`;

export function DriftChart(p: DriftChartProps) {
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
  return (
    <LineChart
      data={p.rows}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 12, right: 24, bottom: big ? 44 : 24, left: big ? 24 : 8 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <ReferenceArea
        x1={0}
        x2={p.boundary}
        fill={c.phasePre}
        ifOverflow="hidden"
        label={{ value: 'Pre-training', position: 'insideTopLeft', fill: c.old, fontSize: font }}
      />
      <ReferenceArea
        x1={p.boundary}
        x2={Math.max(p.total, p.boundary + 1)}
        fill={c.phaseFt}
        ifOverflow="hidden"
        label={{ value: 'Fine-tuning', position: 'insideTopRight', fill: c.new, fontSize: font }}
      />
      <XAxis
        dataKey="step"
        type="number"
        domain={[0, Math.max(p.total, 1)]}
        allowDecimals={false}
        tick={tickStyle(c, font)}
        stroke={c.muted}
        label={xTitle('Training step', c, font, big ? -36 : -12)}
      />
      <YAxis
        type="number"
        domain={p.yDomain as [number, number]}
        allowDataOverflow
        ticks={niceTicks([toShownLength(p.yDomain[0]), toShownLength(p.yDomain[1])]).map(
          (t) => t / toShownLength(1),
        )}
        tick={tickStyle(c, font)}
        stroke={c.muted}
        width={big ? 110 : 72}
        tickFormatter={(v: number) => {
          const shown = toShownLength(v);
          return Number(shown.toFixed(2)).toString();
        }}
        label={yTitle(`θ, predicted height (${lengthUnit()})`, c, font, big ? -4 : 0)}
      />
      <ReferenceLine
        y={p.oldMean}
        stroke={c.old}
        strokeWidth={stroke * 0.8}
        strokeDasharray="8 5"
        label={refLabel(
          `old ${formatCm(p.oldMean)}`,
          c.old,
          newAbove ? 'insideTopRight' : 'insideBottomRight',
        )}
      />
      <ReferenceLine
        y={p.newMean}
        stroke={c.new}
        strokeWidth={stroke * 0.8}
        strokeDasharray="8 5"
        label={refLabel(
          `new ${formatCm(p.newMean)}`,
          c.new,
          newAbove ? 'insideBottomRight' : 'insideTopRight',
        )}
      />
      {p.pooled !== null ? (
        <ReferenceLine
          y={p.pooled}
          stroke={c.ideal}
          strokeWidth={stroke * 0.8}
          label={refLabel(
            `ideal ${formatCm(p.pooled)}`,
            c.ideal,
            newAbove ? 'insideBottomRight' : 'insideTopRight',
          )}
        />
      ) : null}
      {p.guess !== null && p.guess !== undefined ? (
        <ReferenceLine
          y={p.guess}
          stroke={c.text}
          strokeWidth={stroke}
          strokeDasharray="12 4 2 4"
          ifOverflow="hidden"
          label={refLabel(`your guess ${formatCm(p.guess)}`, c.text, 'insideTopLeft')}
        />
      ) : null}
      {(p.pins ?? []).map((pin, i) => (
        <Line
          key={pin.id}
          data={pin.rows}
          name={pin.name}
          dataKey="theta"
          stroke={c.muted}
          strokeOpacity={0.6}
          strokeWidth={stroke * 0.8}
          strokeDasharray={['6 3', '2 3', '10 3 2 3'][i % 3]}
          dot={false}
          isAnimationActive={false}
          legendType="none"
        />
      ))}
      {p.posterior !== null ? (
        <ReferenceLine
          y={p.posterior}
          stroke={c.posterior}
          strokeWidth={stroke * 0.8}
          strokeDasharray="2 4"
          label={refLabel(
            `posterior ${formatCm(p.posterior)}`,
            c.posterior,
            newAbove ? 'insideBottomLeft' : 'insideTopLeft',
          )}
        />
      ) : null}
      {p.stoppedAt !== null ? (
        <ReferenceLine
          x={p.stoppedAt}
          stroke={c.theta}
          strokeDasharray="4 4"
          label={{ value: 'stopped', position: 'insideBottomLeft', fill: c.theta, fontSize: font }}
        />
      ) : null}
      {p.passAt !== null && p.passAt !== undefined ? (
        <ReferenceLine
          x={p.passAt}
          stroke={c.ideal}
          strokeDasharray="3 3"
          ifOverflow="hidden"
          label={{ value: 'k*', position: 'insideTopLeft', fill: c.ideal, fontSize: font }}
        />
      ) : null}
      {p.validatedAt !== null && p.validatedAt !== undefined ? (
        <ReferenceLine
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
      <ReferenceLine x={p.playhead} stroke={c.muted} strokeWidth={1} />
      <Tooltip
        formatter={(v) => formatCm(Number(v), 2)}
        labelFormatter={(l) => stepLabel(p.boundary)(Number(l))}
        contentStyle={tooltipStyle(c, font)}
      />
      <Line
        name="θ (learned height)"
        dataKey="theta"
        type="linear"
        stroke={c.theta}
        strokeWidth={stroke}
        dot={false}
        isAnimationActive={false}
        connectNulls={false}
      />
      {p.rows.some((r) => r.exact !== undefined) ? (
        <Line
          name="Closed form, full-batch GD"
          dataKey="exact"
          type="linear"
          stroke={c.text}
          strokeWidth={1.25}
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
          connectNulls
        />
      ) : null}
      {p.rows.some((r) => r.ghost !== undefined) ? (
        <Line
          name="Without stopping (naive)"
          dataKey="ghost"
          type="linear"
          stroke={c.theta}
          strokeOpacity={0.35}
          strokeDasharray="5 5"
          strokeWidth={stroke * 0.7}
          dot={false}
          isAnimationActive={false}
        />
      ) : null}
      {p.thetaNow !== null ? (
        <ReferenceDot
          x={p.thetaStep}
          y={p.thetaNow}
          r={big ? 9 : 6}
          fill={c.theta}
          stroke={c.surface}
          strokeWidth={2}
          ifOverflow="hidden"
        />
      ) : null}
    </LineChart>
  );
}
