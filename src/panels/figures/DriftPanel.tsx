/** The drift chart wired to the scenario, with a caption that says what the run did. */
import { formatInt } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { pinDash } from '../../charts/chartStyle';
import type { LegendItem } from '../../charts/ChartLegend';
import { DriftChart } from '../../charts/DriftChart';
import { useStableDomain } from '../../charts/domain';
import {
  cutAtFrameExit,
  driftFrame,
  pinOf,
  pinRows,
  thetaAt,
  trajectoryRows,
} from '../../state/figures';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { useGuessDrag } from '../../charts/useGuessDrag';
import { useMemo } from 'react';
import { firstChartDrawn } from './firstChart';
import { closedFormAt, selectValidationStop } from '../../state/lessons';
import { selectGoal, selectIdealStop } from '../../state/goal';
import { idealName, idealShort } from '../goalWords';
import { usePlayhead, useQuestionOpen, useView } from '../../state/hooks';
import { useProjectedFont } from './useProjectedFont';
import {
  useDisplayedIdeals,
  useDisplayedRun,
  useDisplayedScenario,
  useDisplayedTotal,
} from '../../state/displayed';

const pinsSelector = (st: AppState) => st.pins;
const guessSelector = (st: AppState) => st.guess;
const revealedSelector = (st: AppState) => st.revealed;

export function DriftPanel({ big = false }: { big?: boolean }) {
  const s = useDisplayedScenario();
  const run = useDisplayedRun();
  const ideals = useDisplayedIdeals();
  const playhead = usePlayhead();
  const total = useDisplayedTotal();
  const palette = usePalette();
  const view = useView();
  const projectedFont = useProjectedFont(big);
  const units = useLengthFormat();
  const pins = useAppStore(pinsSelector);
  const guess = useAppStore(guessSelector);
  const revealed = useAppStore(revealedSelector);
  const predicting = useQuestionOpen();
  // While a question is open, θ is drawn up to the end of pre-training only: the rest is the answer.
  const shownStep = predicting ? Math.min(playhead, s.preSteps) : playhead;
  const pinLines = useMemo(
    () => pins.map((p) => ({ id: p.id, name: p.name, rows: pinRows(p).drift })),
    [pins],
  );
  const goal = selectGoal(s);
  const landmarks = [ideals.oldSummary.mean, ideals.newSummary.mean, goal.ideal];
  const frame = driftFrame(landmarks, run.result);
  const yDomain = useStableDomain([frame.lo, frame.hi]);
  const [yLo, yHi] = yDomain;
  const drag = useGuessDrag(
    yDomain,
    view.predict && !revealed ? (g) => useAppStore.getState().setGuess(g) : null,
  );
  const result = run.result;
  const stoppedAt =
    s.strategy === 'early' && run.ftStepsRun < s.ftSteps ? s.preSteps + run.ftStepsRun : null;
  const baseRows = result
    ? trajectoryRows(
        result,
        shownStep,
        predicting ? null : run.continuation,
        predicting ? null : stoppedAt,
      )
    : null;
  const rows = useMemo(() => {
    if (!baseRows) return null;
    const exact = new Map(
      closedFormAt(
        s,
        baseRows.drift.map((r) => r.step),
      ).map((r) => [r.step, r.exact]),
    );
    const drift = baseRows.drift.map((r) =>
      exact.has(r.step) ? { ...r, exact: exact.get(r.step)! } : r,
    );
    return { ...baseRows, drift };
  }, [baseRows, s]);
  // A path that leaves the frame is drawn to the edge and stops there (the caption says so).
  const driftRows = rows && frame.clipped ? cutAtFrameExit(rows.drift, yLo, yHi) : rows?.drift;
  const idealStop = predicting ? null : selectIdealStop(s);
  const passStep = idealStop?.step ?? null;
  const validated = predicting ? null : selectValidationStop(s);
  const thetaNow = result ? thetaAt(result, shownStep) : null;
  const end = result ? result.theta[result.theta.length - 1]! : NaN;

  let caption: string;
  if (!result) {
    caption = `No run: ${run.error ?? 'the settings were refused'}.`;
  } else if (result.diverged) {
    caption = `The run diverged at step ${formatInt(result.divergedAt!)}: the learning rate is past the stability limit, so each step overshoots further. The chart shows the run up to step ${formatInt(result.theta.length - 1)}.`;
  } else {
    caption = predicting
      ? `Pre-training takes θ to ${units.length(run.thetaPre)}. The data means are ${units.length(ideals.oldSummary.mean)} (old) and ${units.length(ideals.newSummary.mean)} (new). Where fine-tuning takes θ, and where it should end, stay hidden until the answer is shown.`
      : `Pre-training takes θ to ${units.length(run.thetaPre)}; fine-tuning ends at ${units.length(end)}. The data means are ${units.length(ideals.oldSummary.mean)} (old) and ${units.length(ideals.newSummary.mean)} (new); the ${idealName(goal, units)} is ${units.length(goal.ideal)}.`;
  }
  if (frame.clipped)
    caption += ' Part of the path lies outside the frame, which is set around the two means.';
  const legend: LegendItem[] = [
    { label: 'θ, the learned height', color: palette.theta },
    { label: `${view.oldLabel} mean`, color: palette.old, dash: '8 5' },
    { label: `${view.newLabel} mean`, color: palette.new, dash: '8 5' },
  ];
  if (!predicting) legend.push({ label: idealShort(goal, units), color: palette.ideal });
  if (rows?.drift.some((r) => r.exact !== undefined))
    legend.push({
      label: 'Closed form θ_k = t + (1 − 2ηc)^k (θ_pre − t)',
      color: palette.text,
      dash: '2 3',
    });
  if (passStep !== null)
    legend.push({
      // k* counts fine-tuning steps; the axis counts every step, so say where it sits on it too.
      label: `k* = ${formatInt(passStep)}: naive fine-tuning's step closest to the ideal (step ${formatInt(s.preSteps + passStep)} on the axis)`,
      color: palette.ideal,
      dash: '3 3',
    });
  if (validated !== null)
    legend.push({
      label: `Fine-tuning step chosen by validation: ${formatInt(validated)} (step ${formatInt(s.preSteps + validated)} on the axis)`,
      color: palette.text,
      dash: '1 4',
    });
  if (guess !== null && view.predict)
    legend.push({ label: 'Your guess', color: palette.text, dash: '12 4 2 4' });
  pins.forEach((p, i) =>
    legend.push({ label: `Pinned ${i + 1}: ${p.name}`, color: palette.text, dash: pinDash(i) }),
  );
  if (stoppedAt !== null && !predicting)
    legend.push({ label: 'Naive, had it not stopped', color: palette.theta, dash: '5 5' });
  return (
    <ChartFrame
      id="drift"
      title="Drift: where θ goes during training"
      caption={caption}
      className="chart-drift"
      legend={<ChartLegend items={legend} />}
      tools={
        <>
          <button
            type="button"
            onClick={() => result && useAppStore.getState().pin(pinOf(result, s))}
            disabled={!result}
            title="Keep this run on the charts to compare with the next (up to three)"
          >
            Pin this run
          </button>
          {pins.length ? (
            <button
              type="button"
              className="ghost"
              onClick={() => pins.forEach((p) => useAppStore.getState().unpin(p.id))}
            >
              Clear pins
            </button>
          ) : null}
        </>
      }
    >
      {rows ? (
        <div
          className={`drift-surface ${view.predict && !revealed ? 'is-guessing' : ''}`}
          {...drag}
        >
          <DriftChart
            rows={driftRows!}
            total={total}
            boundary={s.preSteps}
            playhead={Math.min(playhead, total)}
            thetaNow={thetaNow}
            thetaStep={result ? Math.min(shownStep, result.theta.length - 1) : 0}
            oldMean={ideals.oldSummary.mean}
            newMean={ideals.newSummary.mean}
            ideal={predicting ? null : goal.ideal}
            idealLabel={goal.goal === 'everyone' ? 'ideal, everyone' : 'ideal, new'}
            guess={view.predict ? guess : null}
            pins={pinLines}
            stoppedAt={predicting ? null : stoppedAt}
            passAt={passStep === null ? null : s.preSteps + passStep}
            validatedAt={validated === null ? null : s.preSteps + validated}
            yDomain={yDomain}
            palette={palette}
            big={big}
            fontSize={projectedFont}
            onDrawn={firstChartDrawn}
            units={units}
          />
        </div>
      ) : (
        <p className="chart-empty">{run.error}</p>
      )}
    </ChartFrame>
  );
}
