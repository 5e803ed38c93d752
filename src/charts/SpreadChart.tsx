/** Where each strategy's θ lands over many resamples: the median with its middle 50 % and 90 % ranges. */
import { useMemo } from 'react';
import { ScatterChart, ZIndexLayer, useXAxisScale, useYAxisScale } from 'recharts';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import { RefLine, StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import {
  axisLook,
  CATEGORY_FONT,
  CATEGORY_WIDTH,
  categoryTick,
  GRID_AT_TICKS,
  MARGIN_TIGHT,
  numberAxis,
  TICK_PARTS,
  tickParts,
  tickStyle,
  useCategoryRows,
  xTitle,
} from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import { FitBox } from './FitBox';

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
  /** The page's length unit: the θ axis and the hover text are in it. */
  units: LengthFormat;
}

const FONT = 13;

/**
 * The medians and their ranges, drawn with the chart's scales: a thin bar for the middle 90 %, a
 * thick one for the middle 50 %, a dot at the median. Pointing at a row names its numbers.
 */
function SpreadMarks({
  rows,
  color,
  surface,
  units,
}: {
  rows: SpreadRow[];
  color: string;
  surface: string;
  units: LengthFormat;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <ZIndexLayer zIndex={1200}>
      {rows.map((r) => {
        const cy = y(r.label, { position: 'middle' });
        const at = x(r.median);
        const lo90 = x(r.median - r.wide[0]);
        const hi90 = x(r.median + r.wide[1]);
        const lo50 = x(r.median - r.mid[0]);
        const hi50 = x(r.median + r.mid[1]);
        if ([cy, at, lo90, hi90, lo50, hi50].some((v) => v === undefined || !Number.isFinite(v)))
          return null;
        return (
          <g key={r.label} className="spread-row">
            <title>
              {t('charts.spread.row', {
                strategy: r.label,
                median: units.length(r.median, 2),
                low: units.length(r.median - r.wide[0], 2),
                high: units.length(r.median + r.wide[1], 2),
              })}
            </title>
            <line x1={lo90} x2={hi90} y1={cy} y2={cy} stroke={color} strokeWidth={1.5} />
            <line x1={lo90} x2={lo90} y1={cy! - 3} y2={cy! + 3} stroke={color} strokeWidth={1.5} />
            <line x1={hi90} x2={hi90} y1={cy! - 3} y2={cy! + 3} stroke={color} strokeWidth={1.5} />
            <line
              x1={lo50}
              x2={hi50}
              y1={cy}
              y2={cy}
              stroke={color}
              strokeWidth={6}
              strokeOpacity={0.45}
            />
            <circle cx={at} cy={cy} r={5} fill={color} stroke={surface} strokeWidth={1.5} />
          </g>
        );
      })}
    </ZIndexLayer>
  );
}

function SpreadChartView({ rows, xDomain, oldMean, newMean, palette: c, units }: SpreadChartProps) {
  const fixed = useMemo(
    () => ({
      tick: tickStyle(c, FONT),
      yTick: categoryTick(c, CATEGORY_FONT, CATEGORY_WIDTH),
      xLabel: xTitle(t('charts.axis.finalTheta', { unit: units.unit }), c, FONT),
      heightTick: (v: number) => tickText(units.toShown(v)),
    }),
    [c, units],
  );
  const [lo, hi] = xDomain;
  const domain = useMemo(() => [lo, hi] as [number, number], [lo, hi]);
  // As many ticks as the plot's width keeps apart: a phone's plot beside the strategy names is
  // narrow. A list per count, made once, so Recharts is handed the same ticks draw after draw.
  const ticksByParts = useMemo(
    () => TICK_PARTS.map((parts) => niceTicksIn([lo, hi], units.toShown, units.fromShown, parts)),
    [lo, hi, units],
  );
  const ticksFor = (plotWidth: number) => ticksByParts[tickParts(plotWidth) - TICK_PARTS[0]!]!;
  const categories = useCategoryRows(rows.map((r) => r.label));
  return (
    <FitBox>
      {(size) => (
        <ScatterChart
          layout="vertical"
          data={categories}
          width={size.width}
          height={size.height}
          margin={MARGIN_TIGHT}
          accessibilityLayer={false}
        >
          <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
          <StableXAxis
            {...numberAxis(domain, fixed.tick, c.muted)}
            dataKey="median"
            ticks={ticksFor(size.width - CATEGORY_WIDTH - MARGIN_TIGHT.left - MARGIN_TIGHT.right)}
            tickFormatter={fixed.heightTick}
            label={fixed.xLabel}
          />
          <StableYAxis
            {...axisLook(fixed.yTick, c.muted)}
            type="category"
            dataKey="label"
            width={CATEGORY_WIDTH}
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
          <SpreadMarks rows={rows} color={c.theta} surface={c.surface} units={units} />
        </ScatterChart>
      )}
    </FitBox>
  );
}

export const SpreadChart = chartMemo(SpreadChartView);
