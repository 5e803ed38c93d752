/** The loss chart wired to the scenario, zoomed on the fine-tuning phase so forgetting is visible. */
import { runName } from '../../state/runs';
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
import { datasetName } from '../../state/view';
import { t } from '../../i18n/catalogue';
import { datasetNames } from '../goalWords';

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
    () => pins.map((p) => ({ id: p.id, name: runName(p.scenario), rows: pinRows(p).loss })),
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

  let caption = t('figures.losses.noRun');
  if (result?.diverged) {
    caption = t('figures.losses.diverged', { step: formatInt(result.divergedAt!) });
  } else if (result) {
    const b = Math.min(result.boundary, result.theta.length - 1);
    const e = result.theta.length - 1;
    const oldRise = result.lossOld[e]! - result.lossOld[b]!;
    const newFall = result.lossNew[b]! - result.lossNew[e]!;
    caption =
      t('figures.losses.caption', {
        oldWay: oldRise >= 0 ? 'rises' : 'falls',
        oldBy: units.area(Math.abs(oldRise)),
        forgetting: oldRise > 0 ? 'yes' : 'no',
        newWay: newFall >= 0 ? 'falls' : 'rises',
        newBy: units.area(Math.abs(newFall)),
      }) +
      // Begins with the gap its language leaves between sentences.
      (zoom && whole[1] > yDomain[1] ? t('figures.losses.zoomed') : '');
  }
  const tools = (
    <label className="check small">
      <input type="checkbox" checked={zoom} onChange={(e) => setZoom(e.target.checked)} />
      {t('figures.losses.zoom')}
    </label>
  );
  return (
    <ChartFrame
      id="losses"
      title={t('app.chart.losses')}
      caption={caption}
      tools={tools}
      legend={
        <ChartLegend
          items={[
            { label: t('figures.losses.on', datasetNames(view, 'old')), color: palette.old },
            {
              label: t('figures.losses.on', datasetNames(view, 'new')),
              color: palette.new,
              dash: '10 4',
            },
            ...pins.map((p, i) => ({
              label: t('figures.losses.pinned', {
                index: formatInt(i + 1),
                name: runName(p.scenario),
              }),
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
          oldLabel={datasetName(view, 'old')}
          newLabel={datasetName(view, 'new')}
          units={units}
        />
      ) : (
        <p className="chart-empty">{run.error}</p>
      )}
    </ChartFrame>
  );
}

export const LossPanel = deferred(LossPanelView, 'LossPanel', true);
