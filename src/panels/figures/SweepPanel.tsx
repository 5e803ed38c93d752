/** The dataset-size sweep: fine-tuning's end point against the ideal as the new data's share grows. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { formatPercent } from '../../ui/format';
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
    ? `New data is ${formatPercent(share)} of all heights; the ${idealName(goal, units)} there is ${units.length(idealNow)} and this fine-tuning ends at ${units.length(end)}. Its end point does not read the dataset sizes, so it stays flat while the ideal moves with the share (sample means held at their current values).`
    : 'The run did not finish, so it has no end point to compare.';
  return (
    <ChartFrame
      id="sweep"
      title="Dataset size sweep: the ideal moves, fine-tuning does not"
      caption={caption}
      legend={
        <ChartLegend
          items={[
            {
              label: withTau ? 'Size-weighted mean' : `${idealShort(goal, units)} (size-weighted)`,
              color: palette.ideal,
            },
            ...(withTau
              ? [{ label: idealShort(goal, units), color: palette.posterior, dash: '2 4' }]
              : []),
            { label: 'Where fine-tuning ends', color: palette.theta },
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
