/** The dataset-size sweep: fine-tuning's end point against the ideal as the new data's share grows. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { sharePercent } from '../shareText';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { SweepChart } from '../../charts/SweepChart';
import { useStableDomain } from '../../charts/domain';
import { sweepRows } from '../../state/figures';
import { selectIdeals, selectRun } from '../../state/derived';
import { useProjectedFont } from './useProjectedFont';
import { useView } from '../../state/hooks';
import { selectGoal } from '../../state/goal';
import { idealName, idealShort } from '../goalWords';
import { t } from '../../i18n/catalogue';

function SweepPanelView({ s }: DeferredProps) {
  const ideals = selectIdeals(s);
  const run = selectRun(s);
  const palette = usePalette();
  const units = useLengthFormat();
  const view = useView();
  const projectedFont = useProjectedFont(view.presenter);
  // A diverged run has no end point to set beside the ideal.
  const end =
    run.result && !run.result.diverged ? run.result.theta[run.result.theta.length - 1]! : NaN;
  const goal = selectGoal(s);
  const rows = sweepRows(ideals.oldSummary, ideals.newSummary, goal.tau, end);
  const share = s.newSize / (s.oldSize + s.newSize);
  const idealNow = goal.ideal;
  const withTau = goal.tau > 0;
  const m = [ideals.oldSummary.mean, ideals.newSummary.mean];
  const lo = Math.min(...m, Number.isFinite(end) ? end : m[0]!);
  const hi = Math.max(...m, Number.isFinite(end) ? end : m[0]!);
  const yDomain = useStableDomain([lo, hi]);
  const caption = Number.isFinite(end)
    ? t('figures.sweep.caption', {
        share: sharePercent(share),
        ideal: idealName(goal, units),
        value: units.length(idealNow),
        end: units.length(end),
      })
    : t('figures.sweep.unfinished');
  return (
    <ChartFrame
      id="sweep"
      title={t('app.chart.sweep')}
      caption={caption}
      legend={
        <ChartLegend
          items={[
            {
              label: withTau
                ? t('figures.sweep.pooled')
                : t('figures.sweep.idealPooled', { ideal: idealShort(goal, units) }),
              color: palette.ideal,
            },
            ...(withTau
              ? [{ label: idealShort(goal, units), color: palette.posterior, dash: '2 4' }]
              : []),
            { label: t('figures.sweep.end'), color: palette.theta },
          ]}
        />
      }
    >
      <SweepChart
        big={view.presenter}
        fontSize={projectedFont}
        rows={rows}
        share={share}
        endNow={end}
        idealNow={idealNow}
        yDomain={yDomain}
        showPosterior={withTau}
        palette={palette}
        units={units}
      />
    </ChartFrame>
  );
}

export const SweepPanel = deferred(SweepPanelView, 'SweepPanel');
