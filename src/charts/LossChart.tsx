/** MSE on the old and on the new data against step: forgetting shows as the old loss climbing. */
import { useMemo } from 'react';
import { LineChart } from 'recharts';
import { chartMemo } from './chartMemo';
import { t } from '../i18n/catalogue';
import { datasetInSentence } from '../ui/datasetName';
import { RefArea, StableGrid, StableXAxis, StableYAxis } from './stableReferences';
import { PlotHover, PlotLine, PlotRule } from './plotLayers';
import type { HoverSeries } from './plotLayers';
import { formatInt } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { Palette } from '../ui/palette';
import {
  chartScale,
  GRID_AT_TICKS,
  numberAxis,
  pinDash,
  tickStyle,
  xTitle,
  yTitle,
} from './chartStyle';
import { niceTicksIn, tickText } from './domain';
import type { Domain } from './domain';
import type { LossRow } from '../ui/chartRows';
import { FitBox } from './FitBox';

export interface LossChartProps {
  rows: LossRow[];
  total: number;
  boundary: number;
  playhead: number;
  yDomain: Domain;
  palette: Palette;
  /** The datasets' names as written mid-sentence ("old data"); '' or none for the language's own. */
  oldLabel?: string;
  newLabel?: string;
  /** Earlier runs kept for comparison, drawn faintly. */
  pins?: { id: number; name: string; rows: LossRow[] }[];
  big?: boolean;
  /** Type size in px when projected; 24 unless told. */
  fontSize?: number;
  /** The page's length unit: losses are in its square. */
  units: LengthFormat;
}

const stepLabel = (step: number) => t('charts.loss.hover', { step: formatInt(step) });

function LossChartView(p: LossChartProps) {
  const { palette: c, big } = p;
  const scale = useMemo(() => chartScale(big, 72, p.fontSize), [big, p.fontSize]);
  const font = scale.font;
  const stroke = big ? 5 : 2.5;
  const { units } = p;
  // Stable identities: Recharts recomputes its scales whenever one of these is a new object.
  const fixed = useMemo(
    () => ({
      tick: tickStyle(c, font),
      xLabel: xTitle(t('charts.axis.trainingStep'), c, font, scale.xOffset),
      yLabel: yTitle(t('charts.loss.axisY', { unit: units.areaUnit }), c, font),
      tickFormatter: (v: number) => tickText(units.toShownArea(v)),
      hoverValue: (v: number) => units.area(v, 4),
    }),
    [c, font, units, scale],
  );
  const xDomain = useMemo(() => [0, Math.max(p.total, 1)], [p.total]);
  const [yLo, yHi] = p.yDomain;
  const yDomain = useMemo(() => [yLo, yHi] as [number, number], [yLo, yHi]);
  const yTicks = useMemo(
    () => niceTicksIn([yLo, yHi], units.toShownArea, units.fromShownArea, 5),
    [yLo, yHi, units],
  );
  const oldName = t('charts.loss.series', { name: datasetInSentence(p.oldLabel, 'old') });
  const newName = t('charts.loss.series', { name: datasetInSentence(p.newLabel, 'new') });
  const series = useMemo<HoverSeries[]>(
    () => [
      { key: 'lossOld', name: oldName, color: c.old },
      { key: 'lossNew', name: newName, color: c.new },
    ],
    [c, oldName, newName],
  );
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
          <RefArea x1={0} x2={p.boundary} fill={c.phasePre} ifOverflow="hidden" />
          <RefArea
            x1={p.boundary}
            x2={Math.max(p.total, p.boundary + 1)}
            fill={c.phaseFt}
            ifOverflow="hidden"
          />
          <StableXAxis
            {...numberAxis(xDomain, fixed.tick, c.muted)}
            dataKey="step"
            allowDecimals={false}
            label={fixed.xLabel}
          />
          <StableYAxis
            {...numberAxis(yDomain, fixed.tick, c.muted)}
            width={scale.yWidth}
            ticks={yTicks}
            tickFormatter={fixed.tickFormatter}
            label={fixed.yLabel}
          />
          <PlotRule x={p.playhead} stroke={c.muted} />
          {(p.pins ?? []).flatMap((pin, i) => [
            <PlotLine
              key={`${pin.id}-old`}
              rows={pin.rows}
              yKey="lossOld"
              className="plot-line plot-pin"
              stroke={c.old}
              opacity={0.5}
              dash={pinDash(i)}
              strokeWidth={stroke * 0.8}
            />,
            <PlotLine
              key={`${pin.id}-new`}
              rows={pin.rows}
              yKey="lossNew"
              className="plot-line plot-pin"
              stroke={c.new}
              opacity={0.5}
              dash={pinDash(i)}
              strokeWidth={stroke * 0.8}
            />,
          ])}
          <PlotLine
            rows={p.rows}
            yKey="lossOld"
            className="plot-line plot-loss-old"
            stroke={c.old}
            strokeWidth={stroke}
          />
          <PlotLine
            rows={p.rows}
            yKey="lossNew"
            className="plot-line plot-loss-new"
            stroke={c.new}
            strokeWidth={stroke}
            dash="10 4"
          />
          <PlotHover
            rows={p.rows}
            series={series}
            label={stepLabel}
            value={fixed.hoverValue}
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

export const LossChart = chartMemo(LossChartView);
