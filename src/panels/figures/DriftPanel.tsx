/** The drift chart wired to the scenario, with a caption that says what the run did. */
import { runName } from '../../state/runs';
import { formatInt } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { pinDash } from '../../charts/chartStyle';
import type { LegendItem } from '../../charts/ChartLegend';
import { DriftChart } from '../../charts/DriftChart';
import { useStableDomain } from '../../charts/domain';
import { pinOf, pinRows } from '../../state/figures';
import { driftPath, driftRowsInFrame } from '../../state/driftPath';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { useGuessDrag } from '../../charts/useGuessDrag';
import { useMemo } from 'react';
import { firstChartDrawn } from './firstChart';
import { LiveTheta } from './LiveTheta';
import { selectValidationStop } from '../../state/lessons';
import { selectGoal, selectIdealStop } from '../../state/goal';
import { datasetNames, idealName, idealShort } from '../goalWords';
import { useQuestionOpen, useShownStep, useView } from '../../state/hooks';
import { useProjectedFont } from './useProjectedFont';
import { t } from '../../i18n/catalogue';
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
  const total = useDisplayedTotal();
  const palette = usePalette();
  const view = useView();
  const projectedFont = useProjectedFont(big);
  const units = useLengthFormat();
  const pins = useAppStore(pinsSelector);
  const guess = useAppStore(guessSelector);
  const revealed = useAppStore(revealedSelector);
  const predicting = useQuestionOpen();
  // While a question is open, θ and the playhead's rule stop at the end of pre-training: the rest
  // is the answer, and a rule moving on through it would show where it lies.
  const shownStep = useShownStep(s.preSteps);
  // A pinned run shows where θ ended too: while a question is open it stops where θ's own line
  // does, at the end of pre-training.
  const pinLines = useMemo(
    () =>
      pins.map((p) => {
        const rows = pinRows(p).drift;
        return {
          id: p.id,
          name: runName(p.scenario),
          rows: predicting ? rows.filter((r) => r.step <= s.preSteps) : rows,
        };
      }),
    [pins, predicting, s.preSteps],
  );
  const goal = selectGoal(s);
  const {
    frame,
    stoppedAt,
    thetaNow,
    thetaStep,
    rows: baseRows,
  } = useMemo(
    () => driftPath(s, run, ideals, shownStep, predicting),
    [s, run, ideals, shownStep, predicting],
  );
  const yDomain = useStableDomain([frame.lo, frame.hi]);
  const drag = useGuessDrag(
    yDomain,
    view.predict && !revealed ? (g) => useAppStore.getState().setGuess(g) : null,
  );
  const result = run.result;
  // A path that leaves the frame is drawn to the edge and stops there (the caption says so).
  const driftRows = useMemo(
    () => (baseRows ? driftRowsInFrame(s, baseRows.drift, yDomain, frame.clipped) : null),
    [baseRows, s, yDomain, frame.clipped],
  );
  const idealStop = predicting ? null : selectIdealStop(s);
  const passStep = idealStop?.step ?? null;
  const validated = predicting ? null : selectValidationStop(s);
  const end = result ? result.theta[result.theta.length - 1]! : NaN;

  let caption: string;
  if (!result) {
    caption = t('figures.drift.noRun', { error: run.error ?? t('words.refused') });
  } else if (result.diverged) {
    caption = t('figures.drift.diverged', {
      step: formatInt(result.divergedAt!),
      last: formatInt(result.theta.length - 1),
    });
  } else {
    const means = {
      pre: units.length(run.thetaPre),
      oldMean: units.length(ideals.oldSummary.mean),
      newMean: units.length(ideals.newSummary.mean),
    };
    caption = predicting
      ? t('figures.drift.captionHidden', means)
      : t('figures.drift.caption', {
          ...means,
          end: units.length(end),
          ideal: idealName(goal, units),
          value: units.length(goal.ideal),
        });
  }
  // Begins with the gap its language leaves between sentences.
  if (frame.clipped) caption += t('figures.drift.clipped');
  const legend: LegendItem[] = [
    { label: t('figures.drift.theta'), color: palette.theta },
    { label: t('words.datasetMean', datasetNames(view, 'old')), color: palette.old, dash: '8 5' },
    { label: t('words.datasetMean', datasetNames(view, 'new')), color: palette.new, dash: '8 5' },
  ];
  if (!predicting) legend.push({ label: idealShort(goal, units), color: palette.ideal });
  if (driftRows?.some((r) => r.exact !== undefined))
    legend.push({
      label: t('figures.drift.closedForm', { formula: 'θ_k = t + (1 − 2ηc)^k (θ_pre − t)' }),
      color: palette.text,
      dash: '2 3',
    });
  if (passStep !== null)
    legend.push({
      // k* counts fine-tuning steps; the axis counts every step, so say where it sits on it too.
      // Projected, the plot labels the line and the lecturer explains it: a short entry keeps the
      // legend from taking the chart's height.
      label: t(big ? 'figures.drift.kStar.short' : 'figures.drift.kStar', {
        k: formatInt(passStep),
        step: formatInt(s.preSteps + passStep),
      }),
      color: palette.ideal,
      dash: '3 3',
    });
  if (validated !== null)
    legend.push({
      label: t(big ? 'figures.drift.validated.short' : 'figures.drift.validated', {
        k: formatInt(validated),
        step: formatInt(s.preSteps + validated),
      }),
      color: palette.text,
      dash: '1 4',
    });
  if (guess !== null && view.predict)
    legend.push({ label: t('figures.drift.guess'), color: palette.text, dash: '12 4 2 4' });
  pins.forEach((p, i) =>
    legend.push({
      label: t('figures.pinned', { index: formatInt(i + 1), name: runName(p.scenario) }),
      color: palette.text,
      dash: pinDash(i),
    }),
  );
  if (stoppedAt !== null)
    legend.push({ label: t('figures.drift.ghost'), color: palette.theta, dash: '5 5' });
  return (
    <ChartFrame
      id="drift"
      title={t('app.chart.drift')}
      caption={caption}
      className="chart-drift"
      legend={<ChartLegend items={legend} />}
      tools={
        <>
          <button
            type="button"
            onClick={() => result && useAppStore.getState().pin(pinOf(result, s))}
            disabled={!result}
            title={t('figures.drift.pinTitle')}
          >
            {t('figures.drift.pin')}
          </button>
          {pins.length ? (
            <button
              type="button"
              className="ghost"
              onClick={() => pins.forEach((p) => useAppStore.getState().unpin(p.id))}
            >
              {t('figures.drift.clearPins')}
            </button>
          ) : null}
        </>
      }
    >
      {driftRows ? (
        <div
          className={`drift-surface ${view.predict && !revealed ? 'is-guessing' : ''}`}
          {...drag}
        >
          <DriftChart
            rows={driftRows}
            total={total}
            boundary={s.preSteps}
            playhead={Math.min(shownStep, total)}
            thetaNow={thetaNow}
            thetaStep={thetaStep}
            oldMean={ideals.oldSummary.mean}
            newMean={ideals.newSummary.mean}
            oldName={view.oldLabel || null}
            newName={view.newLabel || null}
            ideal={predicting ? null : goal.ideal}
            idealLabel={t(
              goal.goal === 'everyone' ? 'figures.drift.idealEveryone' : 'figures.drift.idealNew',
            )}
            guess={view.predict ? guess : null}
            pins={pinLines}
            stoppedAt={stoppedAt}
            passAt={passStep === null ? null : s.preSteps + passStep}
            validatedAt={validated === null ? null : s.preSteps + validated}
            yDomain={yDomain}
            palette={palette}
            big={big}
            fontSize={projectedFont}
            onDrawn={firstChartDrawn}
            units={units}
            Theta={LiveTheta}
          />
        </div>
      ) : (
        <p className="chart-empty">{run.error}</p>
      )}
    </ChartFrame>
  );
}
