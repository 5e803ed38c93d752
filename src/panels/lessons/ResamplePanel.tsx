/** The experiment rerun over hundreds of resamples: how much each strategy's θ moves with the luck of the draw. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { formatInt } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { SpreadChart } from '../../charts/SpreadChart';
import { useStableDomain } from '../../charts/domain';
import {
  COMPARED_ORDER,
  RESAMPLE_REPLICATES,
  selectResampling,
  strategyLabel,
} from '../../state/lessons';
import { Tex } from '../explain/Tex';
import { GLOSSARY, Term } from '../Term';
import type { ComparedStrategy } from '../../core/index';
import { selectGoal } from '../../state/goal';
import { goalWho } from '../goalWords';
import { ScrollBox } from '../../ui/ScrollBox';
import { useView } from '../../state/hooks';
import { datasetName } from '../../state/view';
import { t } from '../../i18n/catalogue';
import { RichMessage } from '../../ui/RichMessage';
import { listOf, sentences } from './joining';

function ResamplePanelView({ s }: DeferredProps) {
  const palette = usePalette();
  const view = useView();
  const units = useLengthFormat();
  const res = selectResampling(s);
  const keys = COMPARED_ORDER.filter((k) => res.thetaSpread[k]);
  const rows = keys.map((k) => {
    const q = res.thetaSpread[k]!;
    return {
      key: k,
      label: strategyLabel(k),
      median: q.median,
      wide: [q.median - q.q05, q.q95 - q.median] as [number, number],
      mid: [q.median - q.q25, q.q75 - q.median] as [number, number],
    };
  });
  let lo = Math.min(s.oldMean, s.newMean);
  let hi = Math.max(s.oldMean, s.newMean);
  for (const k of keys) {
    lo = Math.min(lo, res.thetaSpread[k]!.q05);
    hi = Math.max(hi, res.thetaSpread[k]!.q95);
  }
  const xDomain = useStableDomain([lo, hi], 0.05);
  const range = (k: 'naive' | 'joint') => {
    const q = res.thetaSpread[k];
    return q
      ? t('lessons.resample.range', {
          low: units.length(q.q05),
          high: units.length(q.q95),
          width: units.length(q.q95 - q.q05),
        })
      : null;
  };
  const naiveRange = range('naive');
  const replicates = formatInt(RESAMPLE_REPLICATES);
  const joint = range('joint') ?? '—';
  const spread = naiveRange
    ? t('lessons.resample.caption.spread', { replicates, naive: naiveRange, joint })
    : t('lessons.resample.caption.naiveDiverges', { replicates, joint });
  const divergedNames = COMPARED_ORDER.filter((k) => (res.diverged[k] ?? 0) > 0).map((k) =>
    t('lessons.resample.divergedCount', {
      strategy: strategyLabel(k),
      count: formatInt(res.diverged[k] ?? 0),
      replicates,
    }),
  );
  const divergedNote = divergedNames.length
    ? t('lessons.resample.caption.diverged', { strategies: listOf(divergedNames) })
    : '';
  const area = (x: number) => units.area(x);
  const goal = selectGoal(s);
  const who = goalWho(goal);
  const best = keys.reduce<ComparedStrategy | null>(
    (a, k) => (a === null || res.excessGoalSpread[k]!.mean < res.excessGoalSpread[a]!.mean ? k : a),
    null,
  );
  const bestNote = best
    ? t('lessons.resample.caption.best', {
        who,
        strategy: strategyLabel(best),
        excess: area(res.excessGoalSpread[best]!.mean),
      })
    : '';
  return (
    <ChartFrame
      id="resample"
      title={t('lessons.resample.title', { replicates })}
      caption={sentences(spread, t('lessons.resample.caption.key'), bestNote, divergedNote)}
      className="chart-wide"
      legend={
        <ChartLegend
          items={[
            { label: t('lessons.resample.legend.median'), color: palette.theta, dot: true },
            { label: t('lessons.resample.legend.bars'), color: palette.theta },
            {
              label: t('lessons.resample.legend.trueMean', { dataset: datasetName(view, 'old') }),
              color: palette.old,
              dash: '8 5',
            },
            {
              label: t('lessons.resample.legend.trueMean', { dataset: datasetName(view, 'new') }),
              color: palette.new,
              dash: '8 5',
            },
          ]}
        />
      }
    >
      <div className="split">
        <div className="split-chart">
          <SpreadChart
            rows={rows}
            xDomain={xDomain}
            oldMean={s.oldMean}
            newMean={s.newMean}
            palette={palette}
            units={units}
          />
        </div>
        <ScrollBox className="table-wrap" label={t('lessons.resample.table.label')}>
          <table className="data-table">
            <caption className="visually-hidden">
              {t('lessons.resample.table.caption', { who })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('lessons.table.strategy')}</th>
                <th scope="col">{t('lessons.resample.table.theta')}</th>
                <th scope="col">
                  <Term word={t('lessons.term.excess')} tip={GLOSSARY.excess}>
                    {t('lessons.resample.table.excessMean', { who })}
                  </Term>
                </th>
                <th scope="col">{t('lessons.resample.table.excessQ95', { who })}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => {
                const q = res.thetaSpread[k]!;
                const e = res.excessGoalSpread[k]!;
                return (
                  <tr key={k} className={k === best ? 'is-best' : undefined}>
                    <th scope="row">{strategyLabel(k)}</th>
                    <td>
                      {t('lessons.resample.table.range', {
                        low: units.length(q.q05),
                        high: units.length(q.q95),
                      })}
                    </td>
                    <td>{units.area(e.mean)}</td>
                    <td>{units.area(e.q95)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      </div>
      <p className="lesson">
        {t('lessons.resample.lesson', {
          count: s.newSize,
          wobble: units.length(s.newStd / Math.sqrt(s.newSize), 2),
        })}
      </p>
      <details>
        <summary>{t('lessons.showMaths')}</summary>
        <p>
          <RichMessage
            id="lessons.resample.maths"
            parts={{
              distribution: <Tex>{'\\bar y \\sim \\mathcal N(\\mu, \\sigma^2/n)'}</Tex>,
              variances: <Tex>{'\\sigma^2\\chi^2_{n-1}/n'}</Tex>,
            }}
            values={{
              count: s.oldSize + s.newSize,
              sd: units.length(s.newStd / Math.sqrt(s.newSize), 3),
            }}
          />
        </p>
      </details>
    </ChartFrame>
  );
}

export const ResamplePanel = deferred(ResamplePanelView, 'ResamplePanel');
