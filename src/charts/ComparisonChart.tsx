/** Excess squared error of each strategy on the old and on the new population, as paired bars. */
import { useMemo } from 'react';
import { BarChart, ZIndexLayer, useXAxisScale, useYAxisScale } from 'recharts';
import { StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/catalogue';
import { datasetInSentence } from '../ui/datasetName';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import { ChartLegend } from './ChartLegend';
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
import { niceTicksIn, tickText, useStableDomain } from './domain';
import { FitBox } from './FitBox';

export interface ComparisonBar {
  label: string;
  excessOld: number;
  excessNew: number;
}

const FONT = 13;

/**
 * The paired bars, drawn with the chart's scales: the old population's bar in the upper half of
 * each strategy's band, the new one's in the lower half. Pointing at a bar names its number.
 */
function Bars({
  rows,
  oldColor,
  newColor,
  units,
}: {
  rows: ComparisonBar[];
  oldColor: string;
  newColor: string;
  units: LengthFormat;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const x0 = x(0) ?? 0;
  return (
    <ZIndexLayer zIndex={300}>
      {rows.map((r) => {
        const top = y(r.label, { position: 'start' });
        const bottom = y(r.label, { position: 'end' });
        if (top === undefined || bottom === undefined) return null;
        // 28 % of the band is left empty, half above and half below the pair.
        const band = bottom - top;
        const h = (band * 0.72) / 2 - 0.5;
        const y1 = top + band * 0.14;
        const bar = (v: number, yy: number, fill: string, title: MessageKey) => {
          const xv = x(v);
          if (xv === undefined || !Number.isFinite(xv)) return null;
          return (
            <rect x={x0} y={yy} width={Math.max(0, xv - x0)} height={h} fill={fill}>
              <title>{t(title, { strategy: r.label, value: units.area(v) })}</title>
            </rect>
          );
        };
        return (
          <g key={r.label} className="comparison-bars">
            {bar(r.excessOld, y1, oldColor, 'charts.comparison.barOld')}
            {bar(r.excessNew, y1 + h + 1, newColor, 'charts.comparison.barNew')}
          </g>
        );
      })}
    </ZIndexLayer>
  );
}

function ComparisonChartView({
  rows,
  palette: c,
  oldLabel,
  newLabel,
  units,
}: {
  rows: ComparisonBar[];
  palette: Palette;
  /** The datasets' names as written mid-sentence ("old data"); '' for the language's own. */
  oldLabel: string;
  newLabel: string;
  /** The page's length unit: errors are in its square. */
  units: LengthFormat;
}) {
  const fixed = useMemo(
    () => ({
      tick: tickStyle(c, FONT),
      yTick: categoryTick(c, CATEGORY_FONT, CATEGORY_WIDTH),
      xLabel: xTitle(t('charts.comparison.axis', { unit: units.areaUnit }), c, FONT),
      areaTick: (v: number) => tickText(units.toShownArea(v)),
    }),
    [c, units],
  );
  const max = Math.max(
    0,
    ...rows.flatMap((r) => [r.excessOld, r.excessNew]).filter(Number.isFinite),
  );
  const [lo, hi] = useStableDomain([0, max], 0.02, 1e-9);
  const domain = useMemo(() => [Math.max(0, lo), hi] as [number, number], [lo, hi]);
  // As many ticks as the plot's width keeps apart: a phone's plot beside the strategy names is
  // narrow. A list per count, made once, so Recharts is handed the same ticks draw after draw.
  const ticksByParts = useMemo(
    () =>
      TICK_PARTS.map((parts) => niceTicksIn(domain, units.toShownArea, units.fromShownArea, parts)),
    [domain, units],
  );
  const ticksFor = (plotWidth: number) => ticksByParts[tickParts(plotWidth) - TICK_PARTS[0]!]!;
  const categories = useCategoryRows(rows.map((r) => r.label));
  const onPopulation = (which: 'old' | 'new') =>
    t('charts.comparison.legend', {
      name: datasetInSentence(which === 'old' ? oldLabel : newLabel, which),
    });
  return (
    <div className="chart-with-legend">
      <ChartLegend
        items={[
          { label: onPopulation('old'), color: c.old, box: true },
          { label: onPopulation('new'), color: c.new, box: true },
        ]}
      />
      <div className="chart-with-legend-body">
        <FitBox>
          {(size) => (
            <BarChart
              data={categories}
              layout="vertical"
              width={size.width}
              height={size.height}
              margin={MARGIN_TIGHT}
              accessibilityLayer={false}
            >
              <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
              <StableXAxis
                {...numberAxis(domain, fixed.tick, c.muted)}
                ticks={ticksFor(
                  size.width - CATEGORY_WIDTH - MARGIN_TIGHT.left - MARGIN_TIGHT.right,
                )}
                tickFormatter={fixed.areaTick}
                label={fixed.xLabel}
              />
              <StableYAxis
                {...axisLook(fixed.yTick, c.muted)}
                type="category"
                dataKey="label"
                width={CATEGORY_WIDTH}
              />
              <Bars rows={rows} oldColor={c.old} newColor={c.new} units={units} />
            </BarChart>
          )}
        </FitBox>
      </div>
    </div>
  );
}

export const ComparisonChart = chartMemo(ComparisonChartView);
