/** The two datasets as overlaid histograms, with the means, the ideal and the current θ marked. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { GALTON_CREDIT } from '../../data/realGroups';
import { formatInt, formatPeople } from '../../ui/format';
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
import { datasetName } from '../../state/view';
import { t } from '../../i18n/catalogue';
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
      : total !== undefined && size < total
        ? t('figures.data.galtonSample', {
            group: REAL_GROUP_NAMES[src],
            size: formatInt(size),
            total: formatInt(total),
          })
        : t('figures.data.galton', { group: REAL_GROUP_NAMES[src] });
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
  const oldCredit = oldReal && t('figures.data.realOld', { real: oldReal });
  const newCredit = newReal && t('figures.data.realNew', { real: newReal });
  const credit =
    oldCredit && newCredit
      ? t('figures.data.creditBoth', { old: oldCredit, new: newCredit, source: GALTON_CREDIT })
      : oldCredit || newCredit
        ? t('figures.data.credit', { real: oldCredit || newCredit, source: GALTON_CREDIT })
        : '';
  // The sentences that follow the first begin with the gap their language leaves between sentences.
  const caption =
    t('figures.data.caption', {
      oldCount: ideals.oldSummary.n,
      oldN: formatPeople(ideals.oldSummary.n),
      oldMean: units.length(ideals.oldSummary.mean),
      oldSd: units.length(Math.sqrt(ideals.oldSummary.variance)),
      newCount: ideals.newSummary.n,
      newN: formatPeople(ideals.newSummary.n),
      newMean: units.length(ideals.newSummary.mean),
      newSd: units.length(Math.sqrt(ideals.newSummary.variance)),
    }) +
    (sampled ? t('figures.data.sampled', { count: formatInt(HISTOGRAM_SAMPLE) }) : '') +
    credit;
  const oldLabel = t('figures.data.set', {
    name: datasetName(view, 'old'),
    n: formatPeople(ideals.oldSummary.n),
  });
  const newLabel = t('figures.data.set', {
    name: datasetName(view, 'new'),
    n: formatPeople(ideals.newSummary.n),
  });
  const thetaNow = t('words.thetaNow');
  return (
    <ChartFrame
      id="data"
      title={t('app.chart.data')}
      caption={caption}
      legend={
        <ChartLegend
          items={[
            {
              label: oldLabel,
              color: palette.old,
              box: true,
            },
            {
              label: newLabel,
              color: palette.new,
              box: true,
            },
            { label: t('figures.data.means'), color: palette.muted, dash: '8 5' },
            {
              label: `${idealShort(goal, units)} ${units.length(ideal)}`,
              color: palette.ideal,
            },
            {
              label: theta !== null ? `${thetaNow} ${heightText(units, theta)}` : thetaNow,
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
        oldLabel={oldLabel}
        newLabel={newLabel}
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

export const DataPanel = deferred(DataPanelView, 'DataPanel', true);
