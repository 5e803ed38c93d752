/** The loss chart wired to the scenario, zoomed on the fine-tuning phase so forgetting is visible. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { useState } from 'react';
import { useLengthFormat } from '../../state/useLengthFormat';
import { formatInt } from '../../ui/format';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { pinDash } from '../../charts/chartStyle';
import { LossChart } from '../../charts/LossChart';
import { useStableDomain } from '../../charts/domain';
import { lossZoom, pinRows, rangeOfWhole, trajectoryRows } from '../../state/figures';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { useMemo } from 'react';

const pinsSelector = (st: AppState) => st.pins;
import { selectRun } from '../../state/derived';
import { useProjectedFont } from './useProjectedFont';
import { useView } from '../../state/hooks';
import { totalSteps } from '../../state/store';

function LossPanelView({ s, playhead }: DeferredProps) {
  const run = selectRun(s);
  const total = totalSteps(s);
  const palette = usePalette();
  const view = useView();
  const projectedFont = useProjectedFont(view.presenter);
  const units = useLengthFormat();
  const [zoom, setZoom] = useState(true);
  const pins = useAppStore(pinsSelector);
  const pinLines = useMemo(
    () => pins.map((p) => ({ id: p.id, name: p.name, rows: pinRows(p).loss })),
    [pins],
  );
  const result = run.result;
  const whole: [number, number] = result
    ? (() => {
        const [a, b] = rangeOfWhole(result.lossOld);
        const [c, d] = rangeOfWhole(result.lossNew);
        return [Math.min(a, c), Math.max(b, d)];
      })()
    : [0, 1];
  const needed = result ? (zoom ? lossZoom(result) : whole) : whole;
  const yDomain = useStableDomain([Math.max(0, needed[0]), needed[1]], 0.1, 0.5);
  const rows = result ? trajectoryRows(result, playhead, null, null) : null;

  let caption = 'No run to show.';
  if (result?.diverged) {
    caption = `The run diverged at step ${formatInt(result.divergedAt!)}: each step overshot further, so both losses grew without bound. The chart stops at the last finite step.`;
  } else if (result) {
    const b = Math.min(result.boundary, result.theta.length - 1);
    const e = result.theta.length - 1;
    const oldRise = result.lossOld[e]! - result.lossOld[b]!;
    const newFall = result.lossNew[b]! - result.lossNew[e]!;
    caption =
      `During fine-tuning the loss on old data ${oldRise >= 0 ? 'rises' : 'falls'} by ${units.area(Math.abs(oldRise))} (${oldRise > 0 ? 'forgetting' : 'no forgetting'}) while the loss on new data ${newFall >= 0 ? 'falls' : 'rises'} by ${units.area(Math.abs(newFall))}.` +
      (zoom && whole[1] > yDomain[1]
        ? ' The y-axis is zoomed on the fine-tuning phase; early pre-training losses run off the top.'
        : '');
  }
  const tools = (
    <label className="check small">
      <input type="checkbox" checked={zoom} onChange={(e) => setZoom(e.target.checked)} />
      Zoom on fine-tuning
    </label>
  );
  return (
    <ChartFrame
      id="losses"
      title="Losses: old data against new data"
      caption={caption}
      tools={tools}
      legend={
        <ChartLegend
          items={[
            { label: `Loss on ${view.oldLabel}`, color: palette.old },
            { label: `Loss on ${view.newLabel}`, color: palette.new, dash: '10 4' },
            ...pins.map((p, i) => ({
              label: `Pinned ${i + 1}: ${p.name} (both losses, faint)`,
              color: palette.muted,
              dash: pinDash(i),
            })),
          ]}
        />
      }
    >
      {rows ? (
        <LossChart
          big={view.presenter}
          fontSize={projectedFont}
          rows={rows.loss}
          total={total}
          boundary={s.preSteps}
          playhead={Math.min(playhead, total)}
          yDomain={yDomain}
          palette={palette}
          pins={pinLines}
          oldLabel={view.oldLabel}
          newLabel={view.newLabel}
          units={units}
        />
      ) : (
        <p className="chart-empty">{run.error}</p>
      )}
    </ChartFrame>
  );
}

export const LossPanel = deferred(LossPanelView, 'LossPanel', true);
