/** The two datasets as overlaid histograms, with the means, the ideal and the current θ marked. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { GALTON_CREDIT } from '../../data/realGroups';
import { formatInt } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { DataChart } from '../../charts/DataChart';
import { useStableDomain } from '../../charts/domain';
import { HISTOGRAM_SAMPLE, histogramDomain, histogramRows, thetaAt } from '../../state/figures';
import { selectData, selectIdeals, selectRun } from '../../state/derived';
import { selectGoal } from '../../state/goal';
import { idealShort } from '../goalWords';
import { heightText } from '../heightText';
import { useProjectedFont } from './useProjectedFont';
import { useView } from '../../state/hooks';
import { REAL_GROUP_NAMES } from '../../state/realData';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';

const realDataSelector = (st: AppState) => st.realData;

const BINS = 40;

function DataPanelView({ s, playhead }: DeferredProps) {
  const data = selectData(s);
  const ideals = selectIdeals(s);
  const run = selectRun(s);
  const palette = usePalette();
  const view = useView();
  const projectedFont = useProjectedFont(view.presenter);
  const units = useLengthFormat();
  const needed = histogramDomain(
    { mean: s.oldMean, std: s.oldStd },
    { mean: s.newMean, std: s.newStd },
  );
  const xDomain = useStableDomain(needed, 0, 2);
  const rows = histogramRows(
    data.oldBank,
    { mean: s.oldMean, std: s.oldStd, size: s.oldSize },
    data.newBank,
    { mean: s.newMean, std: s.newStd, size: s.newSize },
    xDomain,
    BINS,
  );
  const theta = run.result ? thetaAt(run.result, playhead) : null;
  const goal = selectGoal(s);
  const ideal = goal.ideal;
  const sampled = s.oldSize > HISTOGRAM_SAMPLE || s.newSize > HISTOGRAM_SAMPLE;
  const realWords = (src: typeof s.oldSource, size: number, total: number | undefined) =>
    src === 'normal'
      ? ''
      : `Galton’s ${REAL_GROUP_NAMES[src]}${total !== undefined && size < total ? ` (a seeded ${formatInt(size)} of ${formatInt(total)})` : ''}`;
  const real = useAppStore(realDataSelector);
  const oldReal = realWords(
    s.oldSource,
    s.oldSize,
    s.oldSource === 'normal' ? undefined : real?.[s.oldSource].n,
  );
  const newReal = realWords(
    s.newSource,
    s.newSize,
    s.newSource === 'normal' ? undefined : real?.[s.newSource].n,
  );
  const credit =
    oldReal || newReal
      ? ` Real heights: ${[oldReal && `old data ${oldReal}`, newReal && `new data ${newReal}`].filter(Boolean).join('; ')}. Source: ${GALTON_CREDIT}.`
      : '';
  const caption =
    `${formatInt(s.oldSize)} old heights (mean ${units.length(ideals.oldSummary.mean)}, sd ${units.length(Math.sqrt(ideals.oldSummary.variance))}) and ${formatInt(s.newSize)} new heights (mean ${units.length(ideals.newSummary.mean)}, sd ${units.length(Math.sqrt(ideals.newSummary.variance))}), each shown as a share of its own dataset.` +
    (sampled
      ? ` Shapes drawn from the first ${formatInt(HISTOGRAM_SAMPLE)} heights of each; means use all of them.`
      : '') +
    credit;
  return (
    <ChartFrame
      id="data"
      title="Data: the two sets of heights"
      caption={caption}
      legend={
        <ChartLegend
          items={[
            {
              label: `${view.oldLabel} (n = ${formatInt(s.oldSize)})`,
              color: palette.old,
              box: true,
            },
            {
              label: `${view.newLabel} (n = ${formatInt(s.newSize)})`,
              color: palette.new,
              box: true,
            },
            { label: 'Means', color: palette.muted, dash: '8 5' },
            {
              label: `${idealShort(goal, units)} ${units.length(ideal)}`,
              color: palette.ideal,
            },
            {
              label: `θ now${theta !== null ? ` ${heightText(units, theta)}` : ''}`,
              color: palette.theta,
            },
          ]}
        />
      }
    >
      <DataChart
        big={view.presenter}
        fontSize={projectedFont}
        rows={rows}
        xDomain={xDomain}
        oldLabel={`${view.oldLabel} (n = ${formatInt(s.oldSize)})`}
        newLabel={`${view.newLabel} (n = ${formatInt(s.newSize)})`}
        oldMean={ideals.oldSummary.mean}
        newMean={ideals.newSummary.mean}
        ideal={ideal}
        theta={theta}
        palette={palette}
        units={units}
      />
    </ChartFrame>
  );
}

export const DataPanel = deferred(DataPanelView, 'DataPanel');
