/**
 * θ's line and dot on the drift chart, with its closed form and an early stop's naive continuation,
 * drawn from the settings of this very moment rather than the figures' (which trail a slider by a
 * background render): the run is cheap to recompute and the lines are drawn on a canvas (see
 * PlotOverlay), so θ moves in the same frame as the slider, its closed form with it.
 */
import { useMemo } from 'react';
import { CanvasLines } from '../../charts/plotLayers';
import type { ThetaLayerProps } from '../../charts/DriftChart';
import { selectIdeals, selectRun } from '../../state/derived';
import { settingsKey } from '../../state/displayed';
import { driftPath, driftRowsInFrame } from '../../state/driftPath';
import { useQuestionOpen, useScenario, useShownStep } from '../../state/hooks';

export function LiveTheta(p: ThetaLayerProps) {
  const s = useScenario();
  const predicting = useQuestionOpen();
  const shownStep = useShownStep(s.preSteps);
  const path = driftPath(s, selectRun(s), selectIdeals(s), shownStep, predicting);
  const drift = path.rows?.drift;
  const [lo, hi] = p.yDomain;
  const { clipped } = path.frame;
  const rows = useMemo(
    () => (drift ? driftRowsInFrame(s, drift, [lo, hi], clipped) : null),
    [s, drift, lo, hi, clipped],
  );
  const { thetaNow, thetaStep } = path;
  const dot = useMemo(
    () => (thetaNow === null ? null : { x: thetaStep, value: thetaNow, ...p.dot }),
    [thetaNow, thetaStep, p.dot],
  );
  if (!rows) return null;
  return (
    <CanvasLines
      rows={rows}
      series={p.series}
      dot={dot}
      shows={settingsKey(s)}
      onDrawn={p.onDrawn}
    />
  );
}
