/** Every strategy side by side: where θ lands and its expected error on the old and the new population. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { areaUnit, formatCm, formatSig, toShownArea } from '../../app/format';
import { usePalette } from '../../app/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ComparisonChart } from '../../charts/ComparisonChart';
import { useView } from '../../state/hooks';
import { selectComparison } from '../../state/lessons';
import { Tex } from '../explain/Tex';
import { ScrollBox } from '../../app/ScrollBox';

const area = (x: number) => `${formatSig(toShownArea(x), 3)} ${areaUnit()}`;

function ComparePanelView({ s }: DeferredProps) {
  const view = useView();
  const palette = usePalette();
  const rows = selectComparison(s);
  if (!rows.length) return null;
  const best = rows.reduce((a, b) => (b.excessNew < a.excessNew ? b : a));
  const naive = rows.find((r) => r.key === 'naive')!;
  const posterior = rows.find((r) => r.key === 'posterior')!;
  const caption = `On the new population the best here is “${best.label}” (excess ${area(best.excessNew)}). Naive fine-tuning's excess is ${area(naive.excessNew)}; the posterior ideal's is ${area(posterior.excessNew)}. Errors are exact for these samples: (θ − μ)² + σ² with the populations' true μ and σ.`;
  return (
    <ChartFrame
      id="compare"
      title="Which strategy wins? Every strategy on both populations"
      caption={caption}
      className="chart-wide"
    >
      <div className="split">
        <div className="split-chart">
          <ComparisonChart
            rows={rows.map((r) => ({
              label: r.label,
              excessOld: r.excessOld,
              excessNew: r.excessNew,
            }))}
            palette={palette}
            oldLabel={view.oldLabel}
            newLabel={view.newLabel}
          />
        </div>
        <ScrollBox className="table-wrap" label="Strategy comparison table">
          <table className="data-table">
            <caption className="visually-hidden">
              Each strategy's final θ and its expected squared error on each population
            </caption>
            <thead>
              <tr>
                <th scope="col">Strategy</th>
                <th scope="col">θ lands at</th>
                <th scope="col">Error, {view.oldLabel.toLowerCase()} population</th>
                <th scope="col">Error, {view.newLabel.toLowerCase()} population</th>
                <th scope="col">Excess, {view.newLabel.toLowerCase()}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className={r === best ? 'is-best' : undefined}>
                  <th scope="row">{r.label}</th>
                  <td>{formatCm(r.theta, 2)}</td>
                  <td>{area(r.errorOld)}</td>
                  <td>{area(r.errorNew)}</td>
                  <td>{area(r.excessNew)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
      <p className="lesson">
        A θ that fits the new people well is far from the old ones, and the other way round: no
        single number is best for both. What matters is the new population, and there the answer
        depends on how noisy the new mean is and how different the populations are.
      </p>
      <details>
        <summary>Show the maths</summary>
        <p>
          For a population N(μ, σ²) the expected squared error of θ is{' '}
          <Tex>{'\\mathbb{E}[(y-\\theta)^2] = (\\theta-\\mu)^2 + \\sigma^2'}</Tex>; the excess over
          the best possible, <Tex>{'(\\theta-\\mu)^2'}</Tex>, is what a strategy controls. Here
          μ_new = {formatCm(s.newMean)} and σ_new = {formatCm(s.newStd)}.
        </p>
      </details>
    </ChartFrame>
  );
}

export const ComparePanel = deferred(ComparePanelView, 'ComparePanel');
