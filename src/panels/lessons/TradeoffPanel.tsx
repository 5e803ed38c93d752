/** The trade-off: loss on old data against loss on new data, with the fine-tuning path and every strategy's end. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { TradeoffChart } from '../../charts/TradeoffChart';
import { useStableDomain } from '../../charts/domain';
import { mseAt } from '../../core/index';
import { thetaAt, trajectoryRows } from '../../state/figures';
import { selectIdeals, selectRun } from '../../state/derived';
import { useView } from '../../state/hooks';
import { datasetNameInSentence } from '../../state/view';
import { t } from '../../i18n/catalogue';
import { selectComparison } from '../../state/lessons';

function TradeoffPanelView({ s, playhead }: DeferredProps) {
  const run = selectRun(s);
  const ideals = selectIdeals(s);
  const view = useView();
  const palette = usePalette();
  const units = useLengthFormat();
  const { oldSummary: old, newSummary: neu } = ideals;
  const result = run.result;
  const rows = result ? trajectoryRows(result, result.theta.length - 1, null, null).loss : [];
  const path = rows
    .filter((r) => r.step >= s.preSteps)
    .map((r) => ({ x: r.lossOld, y: r.lossNew }));
  const front = Array.from({ length: 41 }, (_, i) => {
    const th = old.mean + (i / 40) * (neu.mean - old.mean);
    return { x: mseAt(th, old), y: mseAt(th, neu) };
  });
  const ends = selectComparison(s).map((r) => ({
    x: mseAt(r.theta, old),
    y: mseAt(r.theta, neu),
    label: r.label,
  }));
  const th = result ? thetaAt(result, playhead) : null;
  const now =
    th !== null && playhead >= s.preSteps ? { x: mseAt(th, old), y: mseAt(th, neu) } : null;
  const xs = [...front, ...ends].map((p) => p.x);
  const ys = [...front, ...ends].map((p) => p.y);
  const xDomain = useStableDomain([Math.min(...xs), Math.max(...xs)], 0.08, 0.5);
  const yDomain = useStableDomain([Math.min(...ys), Math.max(...ys)], 0.08, 0.5);
  const gap = (neu.mean - old.mean) ** 2;
  return (
    <ChartFrame
      id="tradeoff"
      className="chart-wide"
      title={t('lessons.tradeoff.title')}
      legend={
        <ChartLegend
          items={[
            { label: t('lessons.tradeoff.legend.front'), color: palette.ideal },
            { label: t('lessons.tradeoff.legend.path'), color: palette.theta },
            {
              label: t('lessons.tradeoff.legend.ends'),
              color: palette.text,
              dot: true,
            },
          ]}
        />
      }
      caption={t('lessons.tradeoff.caption', { loss: units.area(gap) })}
    >
      <div className="chart-body-inner">
        <TradeoffChart
          path={path}
          front={front}
          ends={ends}
          now={now}
          xDomain={xDomain}
          yDomain={yDomain}
          palette={palette}
          oldLabel={datasetNameInSentence(view, 'old')}
          newLabel={datasetNameInSentence(view, 'new')}
          units={units}
        />
      </div>
    </ChartFrame>
  );
}

export const TradeoffPanel = deferred(TradeoffPanelView, 'TradeoffPanel', true);
