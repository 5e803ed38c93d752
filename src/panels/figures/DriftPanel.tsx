/** The drift chart wired to the scenario, with a caption that says what the run did. */
import { formatCm, formatInt } from '../../app/format';
import { usePalette } from '../../app/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import type { LegendItem } from '../../charts/ChartLegend';
import { DriftChart } from '../../charts/DriftChart';
import { useStableDomain } from '../../charts/domain';
import { driftFrame, thetaAt, trajectoryRows } from '../../state/figures';
import { useIdeals, usePlayhead, useRun, useScenario, useTotalSteps } from '../../state/hooks';

export function DriftPanel({ big = false }: { big?: boolean }) {
  const s = useScenario();
  const run = useRun();
  const ideals = useIdeals();
  const playhead = usePlayhead();
  const total = useTotalSteps();
  const palette = usePalette();
  const posterior = s.tau > 0 ? ideals.posterior : null;
  const landmarks = [ideals.oldSummary.mean, ideals.newSummary.mean, ideals.pooled];
  if (posterior !== null) landmarks.push(posterior);
  const frame = driftFrame(landmarks, run.result);
  const yDomain = useStableDomain([frame.lo, frame.hi]);
  const result = run.result;
  const stoppedAt =
    s.strategy === 'early' && run.ftStepsRun < s.ftSteps ? s.preSteps + run.ftStepsRun : null;
  const rows = result ? trajectoryRows(result, playhead, run.continuation, stoppedAt) : null;
  const thetaNow = result ? thetaAt(result, playhead) : null;
  const end = result ? result.theta[result.theta.length - 1]! : NaN;

  let caption: string;
  if (!result) {
    caption = `No run: ${run.error ?? 'the settings were refused'}.`;
  } else if (result.diverged) {
    caption = `The run diverged at step ${formatInt(result.divergedAt!)}: the learning rate is past the stability limit, so each step overshoots further. The chart shows the run up to step ${formatInt(result.theta.length - 1)}.`;
  } else {
    caption = `Pre-training takes θ to ${formatCm(run.thetaPre)}; fine-tuning ends at ${formatCm(end)}. The data means are ${formatCm(ideals.oldSummary.mean)} (old) and ${formatCm(ideals.newSummary.mean)} (new); the size-weighted ideal is ${formatCm(ideals.pooled)}.`;
  }
  if (frame.clipped)
    caption += ' Part of the path lies outside the frame, which is set around the two means.';
  const legend: LegendItem[] = [
    { label: 'θ, the learned height', color: palette.theta },
    { label: 'Old data mean', color: palette.old, dash: '8 5' },
    { label: 'New data mean', color: palette.new, dash: '8 5' },
    { label: 'Size-weighted ideal', color: palette.ideal },
  ];
  if (posterior !== null)
    legend.push({ label: 'Posterior ideal (τ)', color: palette.posterior, dash: '2 4' });
  if (stoppedAt !== null)
    legend.push({ label: 'Naive, had it not stopped', color: palette.theta, dash: '5 5' });
  return (
    <ChartFrame
      id="drift"
      title="Drift: where θ goes during training"
      caption={caption}
      className="chart-drift"
      legend={<ChartLegend items={legend} />}
    >
      {rows ? (
        <DriftChart
          rows={rows.drift}
          total={total}
          boundary={s.preSteps}
          playhead={Math.min(playhead, total)}
          thetaNow={thetaNow}
          oldMean={ideals.oldSummary.mean}
          newMean={ideals.newSummary.mean}
          pooled={ideals.pooled}
          posterior={posterior}
          stoppedAt={stoppedAt}
          yDomain={yDomain}
          palette={palette}
          big={big}
        />
      ) : (
        <p className="chart-empty">{run.error}</p>
      )}
    </ChartFrame>
  );
}
