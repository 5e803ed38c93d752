/**
 * θ's path as the drift chart draws it for one scenario at the step shown: the rows up to that
 * step, the dot at its end, and the vertical frame the path is cut to. The drift panel computes it
 * for the figures' scenario; θ's own line computes it for the settings of this very moment, so it
 * moves in the frame that shows the slider (see LiveTheta).
 */
import type { DriftRow } from '../ui/chartRows';
import type { IdealsDerived, RunDerived } from './derived';
import { cutAtFrameExit, driftFrame, thetaAt, trajectoryRows } from './figures';
import type { LossRow } from '../ui/chartRows';
import { selectGoal } from './goal';
import { closedFormAt } from './lessons';
import { keepLastTwo } from './memo';
import type { Scenario } from './scenario';

export interface DriftPath {
  /** Drift rows (θ, and the faint naive continuation of an early stop) and loss rows. */
  rows: { drift: DriftRow[]; loss: LossRow[] } | null;
  /** θ at the step shown, or null without a run. */
  thetaNow: number | null;
  /** The step of `thetaNow`: the one shown, or where the run ended before it. */
  thetaStep: number;
  /** Where an early stop ended the run, on the whole-run axis; null otherwise or while asking. */
  stoppedAt: number | null;
  /** The heights the chart must show, and whether θ's path leaves them. */
  frame: { lo: number; hi: number; clipped: boolean };
}

export function driftPath(
  s: Readonly<Scenario>,
  run: RunDerived,
  ideals: IdealsDerived,
  shownStep: number,
  predicting: boolean,
): DriftPath {
  const result = run.result;
  const goal = selectGoal(s);
  const frame = driftFrame([ideals.oldSummary.mean, ideals.newSummary.mean, goal.ideal], result);
  const stopped =
    s.strategy === 'early' && run.ftStepsRun < s.ftSteps ? s.preSteps + run.ftStepsRun : null;
  if (!result) return { rows: null, thetaNow: null, thetaStep: 0, stoppedAt: stopped, frame };
  const rows = trajectoryRows(
    result,
    shownStep,
    predicting ? null : run.continuation,
    predicting ? null : stopped,
  );
  return {
    rows,
    thetaNow: thetaAt(result, shownStep),
    thetaStep: Math.min(shownStep, result.theta.length - 1),
    stoppedAt: predicting ? null : stopped,
    frame,
  };
}

/** θ's rows cut where the path first leaves the chart's heights, when the frame says it does. */
export function thetaInFrame(
  rows: readonly DriftRow[],
  [lo, hi]: readonly [number, number],
  clipped: boolean,
): readonly DriftRow[] {
  return clipped ? cutAtFrameExit(rows, lo, hi) : rows;
}

/**
 * The drift rows with the closed form θ_k beside θ on each fine-tuning row where it applies, θ
 * cut as thetaInFrame says and the closed form where it first leaves the chart's heights (a
 * diverging run's would swing off and back every step).
 */
export function driftRowsInFrame(
  s: Readonly<Scenario>,
  drift: readonly DriftRow[],
  heights: readonly [number, number],
  clipped: boolean,
): DriftRow[] {
  return rowsInFrameMemo({ s, drift, lo: heights[0], hi: heights[1], clipped });
}

// θ's own line and the drift panel ask for the same rows once the figures have caught up, and on
// every frame of playback: they are worked out once for both.
const rowsInFrameMemo = keepLastTwo(
  (k: {
    s: Readonly<Scenario>;
    drift: readonly DriftRow[];
    lo: number;
    hi: number;
    clipped: boolean;
  }): DriftRow[] => {
    const exact = new Map(
      closedFormAt(
        k.s,
        k.drift.map((r) => r.step),
      ).map((r) => [r.step, r.exact]),
    );
    const rows = k.drift.map((r) => (exact.has(r.step) ? { ...r, exact: exact.get(r.step)! } : r));
    return cutAtFrameExit(thetaInFrame(rows, [k.lo, k.hi], k.clipped), k.lo, k.hi, 'exact');
  },
);
