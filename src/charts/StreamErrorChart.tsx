/**
 * Each stream learner's mean excess error over the rounds, as bars on a log axis (the worst can be
 * hundreds of times the best, and the lesson is in how close the best few are), the best marked.
 */
import { useMemo } from 'react';
import { BarChart, ZIndexLayer, useXAxisScale, useYAxisScale } from 'recharts';
import { StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import type { StreamErrorBar } from '../ui/chartRows';
import {
  axisLook,
  chartScale,
  GRID_AT_TICKS,
  numberAxis,
  tickStyle,
  useCategoryRows,
  xTitle,
} from './chartStyle';
import { tickText } from './domain';
import { FitBox } from './FitBox';

export interface StreamErrorChartProps {
  bars: StreamErrorBar[];
  palette: Palette;
  units: LengthFormat;
  big?: boolean;
}

/** Powers of ten (and their 2 and 5 multiples when the range is short) across [lo, hi]. */
function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  const short = hi / lo < 100;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const f of short ? [1, 2, 5] : [1]) {
      const v = f * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
    }
  }
  return out;
}

function Bars(p: {
  bars: StreamErrorBar[];
  units: LengthFormat;
  font: number;
  c: Palette;
  lo: number;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const x0 = x(p.lo) ?? 0;
  return (
    <ZIndexLayer zIndex={300}>
      {p.bars.map((b) => {
        const top = y(b.label, { position: 'start' });
        const bottom = y(b.label, { position: 'end' });
        if (top === undefined || bottom === undefined) return null;
        const band = bottom - top;
        const finite = Number.isFinite(b.meanExcess);
        const xv = finite ? (x(Math.max(b.meanExcess, p.lo)) ?? x0) : (x(Infinity) ?? x0);
        const end = Number.isFinite(xv) ? xv : x0;
        const text = finite ? p.units.area(b.meanExcess) : t('charts.streamError.diverges');
        return (
          <g
            key={b.id}
            className="stream-error-bar"
            data-learner={b.id}
            data-best={b.best || undefined}
          >
            <rect
              x={x0}
              y={top + band * 0.18}
              width={Math.max(0, end - x0)}
              height={band * 0.64}
              fill={b.color}
              fillOpacity={b.best ? 0.95 : 0.55}
              stroke={b.best ? p.c.text : 'none'}
              strokeWidth={b.best ? 2 : 0}
            >
              <title>{t('charts.streamError.bar', { learner: b.label, value: text })}</title>
            </rect>
            <text
              x={end + 6}
              y={top + band / 2}
              dominantBaseline="central"
              fontSize={p.font}
              fill={p.c.text}
              fontWeight={b.best ? 700 : 400}
            >
              {b.best ? t('charts.streamError.best', { value: text }) : text}
            </text>
          </g>
        );
      })}
    </ZIndexLayer>
  );
}

function StreamErrorChartView({ bars, palette: c, units, big }: StreamErrorChartProps) {
  const scale = useMemo(() => chartScale(big, 72), [big]);
  const font = scale.font;
  const finite = bars.map((b) => b.meanExcess).filter((v) => Number.isFinite(v) && v > 0);
  const least = finite.length ? Math.min(...finite) : 1;
  const most = finite.length ? Math.max(...finite) : 1;
  // Room on the right for the value written at the end of the longest bar.
  const lo = 10 ** Math.floor(Math.log10(least) - 0.3);
  const hi = 10 ** Math.ceil(Math.log10(most) + 0.6);
  const domain = useMemo(() => [lo, hi] as [number, number], [lo, hi]);
  const ticks = useMemo(() => logTicks(lo, hi), [lo, hi]);
  const fixed = useMemo(
    () => ({
      tick: tickStyle(c, font),
      xLabel: xTitle(
        t('charts.streamError.axis', { unit: units.areaUnit }),
        c,
        font,
        scale.xOffset,
      ),
      areaTick: (v: number) => tickText(Number(units.toShownArea(v).toPrecision(2))),
    }),
    [c, font, units, scale],
  );
  const categories = useCategoryRows(bars.map((b) => b.label));
  return (
    <FitBox>
      {(size) => (
        <BarChart
          data={categories}
          layout="vertical"
          width={size.width}
          height={size.height}
          margin={scale.margin}
          accessibilityLayer={false}
        >
          <StableGrid stroke={c.grid} strokeDasharray="3 3" {...GRID_AT_TICKS} />
          <StableXAxis
            {...numberAxis(domain, fixed.tick, c.muted)}
            scale="log"
            ticks={ticks}
            tickFormatter={fixed.areaTick}
            label={fixed.xLabel}
          />
          <StableYAxis
            {...axisLook(fixed.tick, c.muted)}
            type="category"
            dataKey="label"
            width={big ? 300 : 150}
          />
          <Bars bars={bars} units={units} font={font} c={c} lo={lo} />
        </BarChart>
      )}
    </FitBox>
  );
}

export const StreamErrorChart = chartMemo(StreamErrorChartView);
