/** Overlaid histograms of the two datasets, with lines at both means, the ideal and the current θ. */
import { useMemo } from 'react';
import { Area, ComposedChart, Tooltip } from 'recharts';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import { RefLine, StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import { PlotRule } from './plotLayers';
import { formatSig } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import {
  axisLook,
  chartScale,
  GRID_AT_TICKS,
  numberAxis,
  tickStyle,
  tooltipStyle,
  xTitle,
  yTitle,
} from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import type { DataRow } from '../ui/chartRows';
import { FitBox } from './FitBox';

export interface DataChartProps {
  rows: DataRow[];
  xDomain: Domain;
  /** Each histogram's name as the tooltip shows it. */
  oldLabel: string;
  newLabel: string;
  oldMean: number;
  newMean: number;
  ideal: number;
  theta: number | null;
  palette: Palette;
  /** The page's length unit: the height axis and the tooltip are in it. */
  units: LengthFormat;
  /** Projected type (presenter mode). */
  big?: boolean;
  /** Type size in px when projected; 24 unless told. */
  fontSize?: number;
}

const shareTick = (v: number) => `${formatSig(v, 2)}`;
const shareValue = (v: unknown) => t('charts.data.share', { value: formatSig(Number(v), 3) });

function DataChartView(p: DataChartProps) {
  const c = p.palette;
  const scale = useMemo(() => chartScale(p.big, 56, p.fontSize), [p.big, p.fontSize]);
  const font = scale.font;
  const { units } = p;
  // Stable identities: with the histograms unchanged, moving θ must not make Recharts recompute.
  const fixed = useMemo(
    () => ({
      tick: tickStyle(c, font),
      xLabel: xTitle(t('charts.data.axisX', { unit: units.unit }), c, font, scale.xOffset),
      yLabel: yTitle(t('charts.data.axisY'), c, font),
      xTick: (v: number) => tickText(units.toShown(v)),
      binLabel: (l: unknown) => t('charts.data.bin', { length: units.length(Number(l)) }),
      tooltip: tooltipStyle(c, font),
    }),
    [c, font, units, scale],
  );
  const [xLo, xHi] = p.xDomain;
  const xDomain = useMemo(() => [xLo, xHi] as [number, number], [xLo, xHi]);
  // Round heights in the unit on show: 60, 65, 70 in rather than inch values of round cm.
  const xTicks = useMemo(
    () => niceTicksIn([xLo, xHi], units.toShown, units.fromShown, 5),
    [xLo, xHi, units],
  );
  return (
    <FitBox>
      {(size) => (
        <ComposedChart
          data={p.rows}
          width={size.width}
          height={size.height}
          margin={scale.margin}
          accessibilityLayer
        >
          <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
          <StableXAxis
            {...numberAxis(xDomain, fixed.tick, c.muted)}
            dataKey="x"
            ticks={xTicks}
            tickFormatter={fixed.xTick}
            label={fixed.xLabel}
          />
          <StableYAxis
            {...axisLook(fixed.tick, c.muted)}
            width={scale.yWidth}
            tickFormatter={shareTick}
            label={fixed.yLabel}
          />
          <Tooltip
            formatter={shareValue}
            labelFormatter={fixed.binLabel}
            contentStyle={fixed.tooltip}
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
          {p.theta !== null ? <PlotRule x={p.theta} stroke={c.theta} strokeWidth={3} /> : null}
        </ComposedChart>
      )}
    </FitBox>
  );
}

export const DataChart = chartMemo(DataChartView);
