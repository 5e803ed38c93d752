/**
 * θ's line and dot on the drift chart, drawn from the settings of this very moment rather than the
 * figures' (which trail a slider by a background render): the run is cheap to recompute and the
 * line is one path on a canvas (see PlotOverlay), so θ moves in the same frame as the slider.
 */
import { useMemo } from 'react';
import { CanvasLine } from '../../charts/plotLayers';
import type { ThetaLayerProps } from '../../charts/DriftChart';
import { selectIdeals, selectRun } from '../../state/derived';
import { settingsKey, useLiveScenario } from '../../state/displayed';
import { driftPath, thetaInFrame } from '../../state/driftPath';
import { useQuestionOpen, useShownStep } from '../../state/hooks';

export function LiveTheta(p: ThetaLayerProps) {
  const s = useLiveScenario();
  const predicting = useQuestionOpen();
  const shownStep = useShownStep(s.preSteps);
  const path = driftPath(s, selectRun(s), selectIdeals(s), shownStep, predicting);
  const drift = path.rows?.drift;
  const [lo, hi] = p.yDomain;
  const { clipped } = path.frame;
  const rows = useMemo(
    () => (drift ? thetaInFrame(drift, [lo, hi], clipped) : null),
    [drift, lo, hi, clipped],
  );
  if (!rows) return null;
  return (
    <CanvasLine
      rows={rows}
      yKey="theta"
      stroke={p.stroke}
      strokeWidth={p.strokeWidth}
      dot={
        path.thetaNow === null
          ? null
          : { x: path.thetaStep, value: path.thetaNow, r: p.dotRadius, ring: p.dotRing }
      }
      shows={settingsKey(s)}
      onDrawn={p.onDrawn}
    />
  );
}
