/** Where fine-tuning ends, against the ideal, as the new data's share of all heights goes from 0 to 1. */
import { useMemo } from 'react';
import { LineChart } from 'recharts';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import { RefLine, StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import { PlotDot, PlotHover, PlotLine } from './plotLayers';
import type { HoverSeries } from './plotLayers';
import { formatPercent } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import {
  chartScale,
  cornerLabel,
  GRID_AT_TICKS,
  numberAxis,
  tickStyle,
  xTitle,
  yTitle,
} from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import type { SweepRow } from '../ui/chartRows';
import { FitBox } from './FitBox';

export interface SweepChartProps {
  rows: SweepRow[];
  share: number;
  endNow: number;
  idealNow: number;
  yDomain: Domain;
  showPosterior: boolean;
  palette: Palette;
  /** The page's length unit: the height axis and the hover readout are in it. */
  units: LengthFormat;
  /** Projected type (presenter mode). */
  big?: boolean;
  /** Type size in px when projected; 24 unless told. */
  fontSize?: number;
}

const X_DOMAIN: [number, number] = [0, 1];
const X_TICKS = [0, 0.25, 0.5, 0.75, 1];
const shareLabel = (v: number) => t('charts.sweep.hover', { share: formatPercent(v) });
const shareTick = (v: number) => formatPercent(v);

function SweepChartView(p: SweepChartProps) {
  const c = p.palette;
  const { units } = p;
  const scale = useMemo(() => chartScale(p.big, 72, p.fontSize), [p.big, p.fontSize]);
  const font = scale.font;
  // Stable identities: Recharts recomputes its scales whenever one of these is a new object.
  const fixed = useMemo(
    () => ({
      tick: tickStyle(c, font),
      xLabel: xTitle(
        t('charts.sweep.axisX', { formula: 'n_new / (n_old + n_new)' }),
        c,
        font,
        scale.xOffset,
      ),
      yLabel: yTitle(t('charts.axis.finalTheta', { unit: units.unit }), c, font),
      yTick: (v: number) => tickText(units.toShown(v)),
      heightValue: (v: number) => units.length(v, 2),
      nowRight: cornerLabel(t('charts.sweep.now'), c, font, 'right'),
      nowLeft: cornerLabel(t('charts.sweep.now'), c, font, 'left'),
    }),
    [c, units, font, scale],
  );
  const [yLo, yHi] = p.yDomain;
  const yDomain = useMemo(() => [yLo, yHi] as [number, number], [yLo, yHi]);
  const yTicks = useMemo(
    () => niceTicksIn([yLo, yHi], units.toShown, units.fromShown, 5),
    [yLo, yHi, units],
  );
  const series = useMemo(() => {
    const list: HoverSeries[] = [
      { key: 'pooled', name: t('charts.sweep.series.pooled'), color: c.ideal },
    ];
    if (p.showPosterior)
      list.push({
        key: 'posterior',
        name: t('charts.sweep.series.posterior'),
        color: c.posterior,
      });
    list.push({ key: 'end', name: t('charts.sweep.series.end'), color: c.theta });
    return list;
  }, [c, p.showPosterior]);
  return (
    <FitBox>
      {(size) => (
        <LineChart
          width={size.width}
          height={size.height}
          margin={scale.margin}
          accessibilityLayer={false}
        >
          <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
          <StableXAxis
            {...numberAxis(X_DOMAIN, fixed.tick, c.muted)}
            dataKey="share"
            ticks={X_TICKS}
            tickFormatter={shareTick}
            label={fixed.xLabel}
          />
          <StableYAxis
            {...numberAxis(yDomain, fixed.tick, c.muted)}
            width={scale.yWidth}
            ticks={yTicks}
            tickFormatter={fixed.yTick}
            label={fixed.yLabel}
          />
          <RefLine
            x={p.share}
            stroke={c.muted}
            strokeDasharray="4 4"
            label={p.share > 0.85 ? fixed.nowLeft : fixed.nowRight}
          />
          <PlotLine
            rows={p.rows}
            xKey="share"
            yKey="pooled"
            className="plot-line plot-pooled"
            stroke={c.ideal}
            strokeWidth={2.5}
          />
          {p.showPosterior ? (
            <PlotLine
              rows={p.rows}
              xKey="share"
              yKey="posterior"
              className="plot-line plot-posterior"
              stroke={c.posterior}
              dash="2 4"
              strokeWidth={2.5}
            />
          ) : null}
          <PlotLine
            rows={p.rows}
            xKey="share"
            yKey="end"
            className="plot-line plot-end"
            stroke={c.theta}
            strokeWidth={2.5}
          />
          <PlotDot x={p.share} value={p.idealNow} r={6} fill={c.ideal} stroke={c.surface} />
          {Number.isFinite(p.endNow) ? (
            <PlotDot x={p.share} value={p.endNow} r={6} fill={c.theta} stroke={c.surface} />
          ) : null}
          <PlotHover
            rows={p.rows}
            xKey="share"
            series={series}
            label={shareLabel}
            value={fixed.heightValue}
            fontSize={font}
            background={c.surface}
            text={c.text}
            border={c.grid}
          />
        </LineChart>
      )}
    </FitBox>
  );
}

export const SweepChart = chartMemo(SweepChartView);
