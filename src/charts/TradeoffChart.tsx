/** Loss on old data against loss on new data: the fine-tuning path, the Pareto front and every strategy's end. */
import { useMemo } from 'react';
import { ComposedChart } from 'recharts';
import { StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import { datasetInSentence } from '../ui/datasetName';
import { PlotDot, PlotLine } from './plotLayers';
import { PlotLabels } from './PlotLabels';
import { formatSig } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import { GRID_AT_TICKS, MARGIN_TIGHT, numberAxis, tickStyle, xTitle, yTitle } from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import { FitBox } from './FitBox';

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
  /** The datasets' names as written mid-sentence ("old data"); '' for the language's own. */
  oldLabel: string;
  newLabel: string;
  /** The page's length unit: losses are in its square. */
  units: LengthFormat;
}

const FONT = 13;

function TradeoffChartView(p: TradeoffChartProps) {
  const c = p.palette;
  const { units } = p;
  const fixed = useMemo(
    () => ({
      tick: tickStyle(c, FONT),
      xLabel: xTitle(
        t('charts.tradeoff.axis', {
          name: datasetInSentence(p.oldLabel, 'old'),
          unit: units.areaUnit,
        }),
        c,
        FONT,
      ),
      yLabel: yTitle(
        t('charts.tradeoff.axis', {
          name: datasetInSentence(p.newLabel, 'new'),
          unit: units.areaUnit,
        }),
        c,
        FONT,
      ),
      areaTick: (v: number) => tickText(units.toShownArea(v)),
    }),
    [c, p.oldLabel, p.newLabel, units],
  );
  const [xLo, xHi] = p.xDomain;
  const [yLo, yHi] = p.yDomain;
  const xDomain = useMemo(() => [xLo, xHi] as [number, number], [xLo, xHi]);
  const yDomain = useMemo(() => [yLo, yHi] as [number, number], [yLo, yHi]);
  // Round losses in the square of the unit on show, not converted round cm².
  const xTicks = useMemo(
    () => niceTicksIn([xLo, xHi], units.toShownArea, units.fromShownArea, 5),
    [xLo, xHi, units],
  );
  const yTicks = useMemo(
    () => niceTicksIn([yLo, yHi], units.toShownArea, units.fromShownArea, 5),
    [yLo, yHi, units],
  );
  const where = (q: LossPoint) => {
    const values = { old: formatSig(units.toShownArea(q.x), 4), new: units.area(q.y, 4) };
    return q.label
      ? t('charts.tradeoff.pointNamed', { label: q.label, ...values })
      : t('charts.tradeoff.point', values);
  };
  return (
    <FitBox>
      {(size) => (
        <ComposedChart
          width={size.width}
          height={size.height}
          margin={MARGIN_TIGHT}
          accessibilityLayer={false}
        >
          <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
          <StableXAxis
            {...numberAxis(xDomain, fixed.tick, c.muted)}
            dataKey="x"
            ticks={xTicks}
            tickFormatter={fixed.areaTick}
            label={fixed.xLabel}
          />
          <StableYAxis
            {...numberAxis(yDomain, fixed.tick, c.muted)}
            dataKey="y"
            width={64}
            ticks={yTicks}
            tickFormatter={fixed.areaTick}
            label={fixed.yLabel}
          />
          <PlotLine
            rows={p.front}
            xKey="x"
            yKey="y"
            className="plot-line plot-front"
            stroke={c.ideal}
            strokeWidth={6}
            opacity={0.35}
          />
          <PlotLine
            rows={p.path}
            xKey="x"
            yKey="y"
            className="plot-line plot-path"
            stroke={c.theta}
            strokeWidth={2.5}
          />
          {p.ends.map((q, i) => (
            <PlotDot
              key={q.label ?? i}
              x={q.x}
              value={q.y}
              r={5}
              fill={c.text}
              stroke={c.surface}
              title={where(q)}
              className="plot-dot plot-end"
            />
          ))}
          {/* Each end point named beside it where there is room: a slide cannot be pointed at. */}
          <PlotLabels
            labels={p.ends.flatMap((q, i) =>
              q.label
                ? [
                    {
                      id: `end-${i}`,
                      text: q.label,
                      color: c.text,
                      priority: p.ends.length - i,
                      anchor: { kind: 'point' as const, x: q.x, y: q.y },
                    },
                  ]
                : [],
            )}
            fontSize={12}
            halo={c.surface}
          />
          {p.now ? (
            <PlotDot
              x={p.now.x}
              value={p.now.y}
              r={7}
              fill={c.theta}
              stroke={c.surface}
              title={where(p.now)}
            />
          ) : null}
        </ComposedChart>
      )}
    </FitBox>
  );
}

export const TradeoffChart = chartMemo(TradeoffChartView);
