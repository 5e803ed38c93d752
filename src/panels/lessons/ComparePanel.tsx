/** Every strategy side by side: where its run ends, where it heads, and its error for the goal and on each population. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { formatInt, formatSig } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ComparisonChart } from '../../charts/ComparisonChart';
import { useView } from '../../state/hooks';
import { bestForGoal, selectComparison } from '../../state/lessons';
import type { ComparisonRow } from '../../state/lessons';
import { selectGoal } from '../../state/goal';
import { goalWho, idealName } from '../goalWords';
import { Tex } from '../explain/Tex';
import { GLOSSARY, Term } from '../Term';
import { ScrollBox } from '../../ui/ScrollBox';

function ComparePanelView({ s }: DeferredProps) {
  const view = useView();
  const palette = usePalette();
  const units = useLengthFormat();
  const rows = selectComparison(s);
  const goal = selectGoal(s);
  if (!rows.length) return null;
  const best = bestForGoal(rows);
  const naive = rows.find((r) => r.key === 'naive')!;
  const ideal = rows.find((r) => r.key === (goal.goal === 'everyone' ? 'joint' : 'posterior'))!;
  const who = goalWho(goal);
  const area = (x: number) => units.area(x);
  const excessOf = (r: ComparisonRow) => (r.diverges ? 'none: it diverges' : area(r.excessGoal));
  // The ideal is estimated from samples whose means miss the true ones a little, so another row can
  // land nearer the truth by luck; the page says so rather than let "ideal" and "best" disagree.
  const luck =
    best && best !== ideal && !goal.warning
      ? ` The ideal is computed from the samples, whose means miss the populations' true means a little, so with these samples “${best.label}” happens to land nearer the truth; the resamples below show how each does on average.`
      : '';
  const caption = `For ${who}, the best here is “${best?.label ?? 'none'}” (excess ${best ? area(best.excessGoal) : '—'}). Naive fine-tuning's excess is ${excessOf(naive)}; the ${idealName(goal, units)} has ${area(ideal.excessGoal)}. Runs end where ${formatInt(s.ftSteps)} steps at η = ${formatSig(s.ftLr)} take them. Errors are exact for these samples: (θ − μ)² + σ² with the populations' true μ and σ${goal.goal === 'everyone' ? ', everyone being the old and new people in proportion to the data' : ''}.${luck}`;
  const landed = (r: ComparisonRow) => {
    if (r.diverges) return 'diverges';
    const end = units.length(r.theta, 2);
    const differs = r.run && Math.abs(r.limit - r.theta) >= 0.005;
    if (!differs) return end;
    return Number.isFinite(r.limit)
      ? `${end} (→ ${units.length(r.limit, 2)})`
      : `${end} (no limit)`;
  };
  const cell = (r: ComparisonRow, x: number) => (r.diverges ? '—' : area(x));
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
            rows={rows
              .filter((r) => !r.diverges)
              .map((r) => ({
                label: r.label,
                excessOld: r.excessOld,
                excessNew: r.excessNew,
              }))}
            palette={palette}
            oldLabel={view.oldLabel}
            newLabel={view.newLabel}
            units={units}
          />
        </div>
        <ScrollBox className="table-wrap" label="Strategy comparison table">
          <table className="data-table">
            <caption className="visually-hidden">
              Where each strategy's θ ends (and where it heads), its expected squared error on each
              population and its excess error for {who}
            </caption>
            <thead>
              <tr>
                <th scope="col">Strategy</th>
                <th scope="col">θ ends at (→ limit)</th>
                <th scope="col">Error, {view.oldLabel.toLowerCase()} population</th>
                <th scope="col">Error, {view.newLabel.toLowerCase()} population</th>
                <th scope="col">
                  <Term word="excess error" tip={GLOSSARY.excess}>
                    Excess for {who}
                  </Term>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className={r === best ? 'is-best' : undefined}>
                  <th scope="row">{r.label}</th>
                  <td>{landed(r)}</td>
                  <td>{cell(r, r.errorOld)}</td>
                  <td>{cell(r, r.errorNew)}</td>
                  <td>{cell(r, r.excessGoal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
      <p className="lesson">
        {goal.goal === 'everyone'
          ? 'For everyone seen so far the size-weighted mean is the target: the old people are most of them, so a θ that forgets the old data serves the majority badly, however well it fits the new people.'
          : 'Only the new population counts here. A θ that fits it is far from the old people, and that is fine; how far to trust the old data depends on how noisy the new mean is and how different the populations are (τ).'}
      </p>
      <details>
        <summary>Show the maths</summary>
        <p>
          For a population N(μ, σ²) the expected squared error of θ is{' '}
          <Tex>{'\\mathbb{E}[(y-\\theta)^2] = (\\theta-\\mu)^2 + \\sigma^2'}</Tex>; the excess over
          the best possible, <Tex>{'(\\theta-\\mu)^2'}</Tex>, is what a strategy controls. Here
          μ_new = {units.length(s.newMean)} and σ_new = {units.length(s.newStd)}.
        </p>
      </details>
    </ChartFrame>
  );
}

export const ComparePanel = deferred(ComparePanelView, 'ComparePanel');
