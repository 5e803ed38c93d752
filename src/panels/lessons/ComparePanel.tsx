/** Every strategy side by side: where its run ends, where it heads, and its error for the goal and on each population. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { formatSig } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ComparisonChart } from '../../charts/ComparisonChart';
import { useView } from '../../state/hooks';
import { datasetNameInSentence } from '../../state/view';
import { t } from '../../i18n/catalogue';
import { bestForGoal, selectComparison } from '../../state/lessons';
import type { ComparisonRow } from '../../state/lessons';
import { selectGoal } from '../../state/goal';
import { goalWho, idealName } from '../goalWords';
import { Tex } from '../explain/Tex';
import { GLOSSARY, Term } from '../Term';
import { ScrollBox } from '../../ui/ScrollBox';
import { RichMessage } from '../../ui/RichMessage';
import { sentences } from './joining';

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
  const excessOf = (r: ComparisonRow) =>
    r.diverges ? t('lessons.compare.excessDiverges') : area(r.excessGoal);
  // The ideal is estimated from samples whose means miss the true ones a little, so another row can
  // land nearer the truth by luck; the page says so rather than let "ideal" and "best" disagree.
  const luck =
    best && best !== ideal && !goal.warning
      ? t('lessons.compare.caption.luck', { strategy: best.label })
      : '';
  const caption = sentences(
    t('lessons.compare.caption.best', {
      who,
      strategy: best?.label ?? t('lessons.compare.noBest'),
      excess: best ? area(best.excessGoal) : '—',
    }),
    t('lessons.compare.caption.naive', {
      excess: excessOf(naive),
      ideal: idealName(goal, units),
      idealExcess: area(ideal.excessGoal),
    }),
    t('lessons.compare.caption.runs', {
      count: s.ftSteps,
      lr: formatSig(s.ftLr),
    }),
    t(
      goal.goal === 'everyone'
        ? 'lessons.compare.caption.errorsEveryone'
        : 'lessons.compare.caption.errors',
    ),
    luck,
  );
  const landed = (r: ComparisonRow) => {
    if (r.diverges) return t('lessons.compare.diverges');
    const end = units.length(r.theta, 2);
    const differs = r.run && Math.abs(r.limit - r.theta) >= 0.005;
    if (!differs) return end;
    return Number.isFinite(r.limit)
      ? t('lessons.compare.endsHeading', { end, limit: units.length(r.limit, 2) })
      : t('lessons.compare.endsNoLimit', { end });
  };
  const cell = (r: ComparisonRow, x: number) => (r.diverges ? '—' : area(x));
  return (
    <ChartFrame
      id="compare"
      title={t('lessons.compare.title')}
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
            oldLabel={datasetNameInSentence(view, 'old')}
            newLabel={datasetNameInSentence(view, 'new')}
            units={units}
          />
        </div>
        <ScrollBox className="table-wrap" label={t('lessons.compare.table.label')}>
          <table className="data-table">
            <caption className="visually-hidden">
              {t('lessons.compare.table.caption', { who })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('lessons.table.strategy')}</th>
                <th scope="col">{t('lessons.compare.table.ends')}</th>
                <th scope="col">
                  {t('lessons.compare.table.error', {
                    dataset: datasetNameInSentence(view, 'old'),
                  })}
                </th>
                <th scope="col">
                  {t('lessons.compare.table.error', {
                    dataset: datasetNameInSentence(view, 'new'),
                  })}
                </th>
                <th scope="col">
                  <Term word={t('lessons.term.excess')} tip={GLOSSARY.excess}>
                    {t('lessons.table.excessFor', { who })}
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
        {t(
          goal.goal === 'everyone' ? 'lessons.compare.lessonEveryone' : 'lessons.compare.lessonNew',
        )}
      </p>
      <details>
        <summary>{t('lessons.showMaths')}</summary>
        <p>
          <RichMessage
            id="lessons.compare.maths"
            parts={{
              expected: <Tex>{'\\mathbb{E}[(y-\\theta)^2] = (\\theta-\\mu)^2 + \\sigma^2'}</Tex>,
              excess: <Tex>{'(\\theta-\\mu)^2'}</Tex>,
            }}
            values={{ mean: units.length(s.newMean), std: units.length(s.newStd) }}
          />
        </p>
      </details>
    </ChartFrame>
  );
}

export const ComparePanel = deferred(ComparePanelView, 'ComparePanel');
