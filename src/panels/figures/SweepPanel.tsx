/** The dataset-size sweep: fine-tuning's end point against the ideal as the new data's share grows. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { formatPercent } from '../../app/format';
import { useLengthFormat } from '../../app/useLengthFormat';
import { usePalette } from '../../app/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { SweepChart } from '../../charts/SweepChart';
import { useStableDomain } from '../../charts/domain';
import { sweepRows } from '../../state/figures';
import { selectIdeals, selectRun } from '../../state/derived';

function SweepPanelView({ s }: DeferredProps) {
  const ideals = selectIdeals(s);
  const run = selectRun(s);
  const palette = usePalette();
  const units = useLengthFormat();
  const end = run.result ? run.result.theta[run.result.theta.length - 1]! : NaN;
  const rows = sweepRows(ideals.oldSummary, ideals.newSummary, s.tau, end);
  const share = s.newSize / (s.oldSize + s.newSize);
  const idealNow = s.tau > 0 ? ideals.posterior : ideals.pooled;
  const m = [ideals.oldSummary.mean, ideals.newSummary.mean];
  const lo = Math.min(...m, Number.isFinite(end) ? end : m[0]!);
  const hi = Math.max(...m, Number.isFinite(end) ? end : m[0]!);
  const yDomain = useStableDomain([lo, hi]);
  const caption = Number.isFinite(end)
    ? `New data is ${formatPercent(share)} of all heights; the ideal there is ${units.length(idealNow)} and this fine-tuning ends at ${units.length(end)}. Its end point does not read the dataset sizes, so it stays flat while the ideal moves with the share (sample means held at their current values).`
    : 'The run did not finish, so it has no end point to compare.';
  return (
    <ChartFrame
      id="sweep"
      title="Dataset size sweep: the ideal moves, fine-tuning does not"
      caption={caption}
      legend={
        <ChartLegend
          items={[
            { label: 'Size-weighted ideal', color: palette.ideal },
            ...(s.tau > 0
              ? [{ label: 'Posterior ideal (τ)', color: palette.posterior, dash: '2 4' }]
              : []),
            { label: 'Where fine-tuning ends', color: palette.theta },
          ]}
        />
      }
    >
      <SweepChart
        rows={rows}
        share={share}
        endNow={end}
        idealNow={idealNow}
        yDomain={yDomain}
        showPosterior={s.tau > 0}
        palette={palette}
        units={units}
      />
    </ChartFrame>
  );
}

export const SweepPanel = deferred(SweepPanelView, 'SweepPanel');
