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
  STRATEGY_LABELS,
} from '../../state/lessons';
import { Tex } from '../explain/Tex';
import { GLOSSARY, Term } from '../Term';
import type { ComparedStrategy } from '../../core/index';
import { selectGoal } from '../../state/goal';
import { goalWho } from '../goalWords';
import { ScrollBox } from '../../ui/ScrollBox';
import { useView } from '../../state/hooks';

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
      label: STRATEGY_LABELS[k],
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
      ? `${units.length(q.q05)}–${units.length(q.q95)} (90 % of runs, ${units.length(q.q95 - q.q05)} wide)`
      : null;
  };
  const naiveRange = range('naive');
  const caption = `Over ${RESAMPLE_REPLICATES} resamples, ${naiveRange ? `naive fine-tuning's θ lands anywhere in ${naiveRange}` : 'naive fine-tuning diverges every time'}; joint training's in ${range('joint')}. Dots are medians, thick bars the middle 50 %, whiskers 90 %.`;
  const divergedNames = COMPARED_ORDER.filter((k) => (res.diverged[k] ?? 0) > 0).map(
    (k) => `${STRATEGY_LABELS[k]} (${res.diverged[k]} of ${RESAMPLE_REPLICATES})`,
  );
  const divergedNote = divergedNames.length
    ? ` Runs that diverged are left out: ${divergedNames.join(', ')}.`
    : '';
  const area = (x: number) => units.area(x);
  const goal = selectGoal(s);
  const who = goalWho(goal);
  const best = keys.reduce<ComparedStrategy | null>(
    (a, k) => (a === null || res.excessGoalSpread[k]!.mean < res.excessGoalSpread[a]!.mean ? k : a),
    null,
  );
  const bestNote = best
    ? ` For ${who}, the least excess error on average is ${STRATEGY_LABELS[best]}'s (${area(res.excessGoalSpread[best]!.mean)}).`
    : '';
  return (
    <ChartFrame
      id="resample"
      title="How sure are we? Each strategy over 400 resamples"
      caption={caption + bestNote + divergedNote}
      className="chart-wide"
      legend={
        <ChartLegend
          items={[
            { label: 'Median final θ', color: palette.theta, dot: true },
            { label: 'Middle 50 % of runs (thick), 90 % (thin)', color: palette.theta },
            { label: `${view.oldLabel}: true mean`, color: palette.old, dash: '8 5' },
            { label: `${view.newLabel}: true mean`, color: palette.new, dash: '8 5' },
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
        <ScrollBox className="table-wrap" label="Resampling spread table">
          <table className="data-table">
            <caption className="visually-hidden">
              Spread of each strategy's final θ and of its excess error for {who}
            </caption>
            <thead>
              <tr>
                <th scope="col">Strategy</th>
                <th scope="col">θ, 90 % of runs</th>
                <th scope="col">
                  <Term word="excess error" tip={GLOSSARY.excess}>
                    Excess for {who}, mean
                  </Term>
                </th>
                <th scope="col">Excess for {who}, 95th percentile</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => {
                const q = res.thetaSpread[k]!;
                const e = res.excessGoalSpread[k]!;
                return (
                  <tr key={k} className={k === best ? 'is-best' : undefined}>
                    <th scope="row">{STRATEGY_LABELS[k]}</th>
                    <td>
                      {units.length(q.q05)} – {units.length(q.q95)}
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
        With {formatInt(s.newSize)} new heights the new sample mean wobbles by about{' '}
        {units.length(s.newStd / Math.sqrt(s.newSize), 2)} from draw to draw. Strategies that go all
        the way to it inherit that wobble; strategies that keep the old data trade some of it for a
        pull toward the old mean. Drag the new data size and watch the bars.
      </p>
      <details>
        <summary>Show the maths</summary>
        <p>
          The mean of n draws from N(μ, σ²) is distributed{' '}
          <Tex>{'\\bar y \\sim \\mathcal N(\\mu, \\sigma^2/n)'}</Tex>, so each rerun draws the two
          sample means (and variances, from <Tex>{'\\sigma^2\\chi^2_{n-1}/n'}</Tex>) directly
          instead of {formatInt(s.oldSize + s.newSize)} heights. Naive fine-tuning's θ is m_new,
          with standard deviation σ_new/√n_new = {units.length(s.newStd / Math.sqrt(s.newSize), 3)}.
        </p>
      </details>
    </ChartFrame>
  );
}

export const ResamplePanel = deferred(ResamplePanelView, 'ResamplePanel');
