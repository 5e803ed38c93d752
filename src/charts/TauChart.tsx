/** The ideal for the new population as τ grows: from the size-weighted answer (τ = 0) to the new mean (τ → ∞). */
import { useMemo } from 'react';
import { Line, LineChart, Tooltip } from 'recharts';
import { PlotLabels } from './PlotLabels';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import { RefDot, RefLine, StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import type { LengthFormat, LengthUnit } from '../ui/format';
import type { Palette } from '../ui/palette';
import {
  axisLook,
  GRID_AT_TICKS,
  MARGIN_TIGHT,
  numberAxis,
  tickStyle,
  tooltipStyle,
  xTitle,
  yTitle,
} from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import { FitBox } from './FitBox';

export interface TauRow {
  /** log10(1 + τ), so small τ get room on the axis. */
  x: number;
  tau: number;
  posterior: number;
}

export interface TauChartProps {
  rows: TauRow[];
  yDomain: Domain;
  current: { x: number; posterior: number };
  best: { x: number; posterior: number } | null;
  trueNewMean: number;
  newMean: number;
  pooled: number;
  palette: Palette;
  /** The page's length unit: τ, the heights and the tooltip are in it. */
  units: LengthFormat;
}

const tauOf = (x: number) => 10 ** x - 1;
/** log10(1 + τ) from τ = 0 to 100 cm. */
const X_DOMAIN: [number, number] = [0, Math.log10(101)];

/** Round values of τ in each unit, up to the largest τ (100 cm, about 39 in) the axis shows. */
const TAU_TICKS: Record<LengthUnit, number[]> = {
  cm: [0, 0.5, 1, 2, 5, 10, 20, 50, 100],
  in: [0, 0.2, 0.5, 1, 2, 5, 10, 20],
};

function TauChartView(p: TauChartProps) {
  const c = p.palette;
  const { units } = p;
  const font = 13;
  // Kept between renders, as in the other charts, so the memoised axes skip a render that would
  // draw them the same.
  const axes = useMemo(() => {
    const tick = tickStyle(c, font);
    return {
      tick,
      xTicks: TAU_TICKS[units.unit].map((tau) => Math.log10(1 + units.fromShown(tau))),
      xTickFormatter: (x: number) => tickText(units.toShown(tauOf(x))),
      xLabel: xTitle(t('charts.tau.axisX', { unit: units.unit }), c, font),
      yTickFormatter: (v: number) => tickText(units.toShown(v)),
      yLabel: yTitle(t('charts.tau.axisY', { unit: units.unit }), c, font),
    };
  }, [c, units]);
  const [yLo, yHi] = p.yDomain;
  const yDomain = useMemo(() => [yLo, yHi] as [number, number], [yLo, yHi]);
  const yTicks = useMemo(
    () => niceTicksIn([yLo, yHi], units.toShown, units.fromShown, 5),
    [yLo, yHi, units],
  );
  return (
    <FitBox>
      {(size) => (
        <LineChart
          data={p.rows}
          width={size.width}
          height={size.height}
          margin={MARGIN_TIGHT}
          accessibilityLayer
        >
          <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
          <StableXAxis
            {...axisLook(axes.tick, c.muted)}
            type="number"
            dataKey="x"
            domain={X_DOMAIN}
            ticks={axes.xTicks}
            tickFormatter={axes.xTickFormatter}
            label={axes.xLabel}
          />
          <StableYAxis
            {...numberAxis(yDomain, axes.tick, c.muted)}
            width={64}
            ticks={yTicks}
            tickFormatter={axes.yTickFormatter}
            label={axes.yLabel}
          />
          <RefLine y={p.newMean} stroke={c.new} strokeDasharray="8 5" />
          {/* Dashed: it shares the posterior's colour, and the legend tells them apart by the dash. */}
          <RefLine y={p.pooled} stroke={c.ideal} strokeDasharray="6 3" />
          <RefLine y={p.trueNewMean} stroke={c.text} strokeDasharray="2 3" ifOverflow="hidden" />
          {/* On the side away from the sample's mean line, so the name cannot be read as that line's. */}
          <PlotLabels
            labels={[
              {
                id: 'true-new',
                text: t('charts.tau.trueNewMean'),
                color: c.text,
                priority: 1,
                anchor: {
                  kind: 'hline',
                  value: p.trueNewMean,
                  prefer: p.trueNewMean >= p.newMean ? 'above' : 'below',
                  edge: 'left',
                },
              },
            ]}
            fontSize={12}
            halo={c.surface}
          />
          <Tooltip
            formatter={(v) => units.length(Number(v), 2)}
            labelFormatter={(x) => `τ = ${units.length(tauOf(Number(x)), 2)}`}
            contentStyle={tooltipStyle(c, font)}
          />
          <Line
            name={t('charts.tau.line')}
            dataKey="posterior"
            stroke={c.posterior}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <RefDot
            x={p.current.x}
            y={p.current.posterior}
            r={7}
            fill={c.theta}
            stroke={c.surface}
            ifOverflow="hidden"
          />
          {p.best && Number.isFinite(p.best.posterior) ? (
            <RefDot
              x={p.best.x}
              y={p.best.posterior}
              r={7}
              fill={c.text}
              stroke={c.surface}
              ifOverflow="hidden"
            />
          ) : null}
        </LineChart>
      )}
    </FitBox>
  );
}

export const TauChart = chartMemo(TauChartView);
