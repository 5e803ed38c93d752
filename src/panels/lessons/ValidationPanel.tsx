/** Choosing the balance from data, as practitioners do: a held-out share of the new data, or k folds. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { formatInt } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { gdPositionAfter } from '../../core/index';
import { selectIdeals, selectRun } from '../../state/derived';
import { useScenario, useSetScenario } from '../../state/hooks';
import { selectChoices } from '../../state/lessons';
import { selectGoal, selectIdealStop } from '../../state/goal';
import { idealLambda } from '../../state/landing';
import { idealName } from '../goalWords';
import { LIMITS } from '../../state/scenario';
import { NumberControl } from '../controls/NumberControl';
import { Tex } from '../explain/Tex';
import { GLOSSARY, Term } from '../Term';
import { formatLambda } from '../lambdaWords';
import { heightText } from '../heightText';
import { ScrollBox } from '../../ui/ScrollBox';
import { t } from '../../i18n/catalogue';
import { RichMessage } from '../../ui/RichMessage';

/** The two knobs read the live scenario, so they follow the pointer while the tables catch up. */
function ValidationControls() {
  const s = useScenario();
  const set = useSetScenario();
  return (
    <div className="validation-controls">
      <NumberControl
        label={t('lessons.validation.share')}
        value={s.valFraction}
        onChange={(v) => set({ valFraction: v })}
        min={LIMITS.valFraction.min}
        max={LIMITS.valFraction.max}
        step={0.01}
        format={(v) =>
          t('lessons.validation.shareValue', { percent: formatInt(Math.round(v * 100)) })
        }
      />
      <div className="control">
        <label htmlFor="folds">{t('lessons.validation.folds')}</label>
        <select id="folds" value={s.folds} onChange={(e) => set({ folds: Number(e.target.value) })}>
          {Array.from(
            { length: LIMITS.folds.max - LIMITS.folds.min + 1 },
            (_, i) => i + LIMITS.folds.min,
          ).map((k) => (
            <option key={k} value={k}>
              {formatInt(k)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function ValidationPanelView({ s }: DeferredProps) {
  const set = useSetScenario();
  const run = selectRun(s);
  const units = useLengthFormat();
  const ideals = selectIdeals(s);
  const c = selectChoices(s);
  const goal = selectGoal(s);
  const oracle = selectIdealStop(s);
  // The λ the L2 button sets: from the real θ_pre, so its row lands on the ideal like k* does.
  const lambda = idealLambda(s);
  const path = { theta0: run.thetaPre, target: ideals.newSummary.mean, lr: s.ftLr, curvature: 1 };
  const at = (k: number | null) => (k === null ? '—' : heightText(units, gdPositionAfter(path, k)));
  const l2At = (lambda: number | null) =>
    lambda === null
      ? '—'
      : heightText(units, (ideals.newSummary.mean + lambda * run.thetaPre) / (1 + lambda));
  return (
    <section className="chart lesson-panel" id="validation" aria-labelledby="validation-title">
      <h2 id="validation-title">{t('lessons.validation.title')}</h2>
      <ValidationControls />
      {c.split ? (
        <ScrollBox className="table-wrap" label={t('lessons.validation.table.label')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('lessons.validation.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lessons.validation.table.chosenBy')}</th>
                <th scope="col">{t('lessons.validation.table.step')}</th>
                <th scope="col">{t('lessons.validation.table.thetaThere')}</th>
                <th scope="col">λ</th>
                <th scope="col">{t('lessons.validation.table.thetaLambda')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  <RichMessage
                    id="lessons.validation.row.holdout"
                    parts={{
                      holdout: (
                        <Term word={t('lessons.term.holdout')} tip={GLOSSARY.holdout}>
                          {t('lessons.validation.holdout')}
                        </Term>
                      ),
                    }}
                    values={{
                      held: formatInt(c.split.val.n),
                      count: s.newSize,
                    }}
                  />
                </th>
                <td>{c.earlyByValidation === null ? '—' : formatInt(c.earlyByValidation)}</td>
                <td>{at(c.earlyByValidation)}</td>
                <td>{c.lambdaByValidation === null ? '—' : formatLambda(c.lambdaByValidation)}</td>
                <td>{l2At(c.lambdaByValidation)}</td>
              </tr>
              <tr>
                <th scope="row">
                  <Term word={t('lessons.term.kfold')} tip={GLOSSARY.kfold}>
                    {t('lessons.validation.row.kfold', { folds: formatInt(s.folds) })}
                  </Term>
                </th>
                <td>{c.earlyByCv === null ? '—' : formatInt(c.earlyByCv)}</td>
                <td>{at(c.earlyByCv)}</td>
                <td>{c.lambdaByCv === null ? '—' : formatLambda(c.lambdaByCv)}</td>
                <td>{l2At(c.lambdaByCv)}</td>
              </tr>
              <tr>
                <th scope="row">
                  <RichMessage
                    id="lessons.validation.row.oracle"
                    parts={{
                      oracle: (
                        <Term word={t('lessons.term.oracle')} tip={GLOSSARY.oracle}>
                          {t('lessons.validation.oracle')}
                        </Term>
                      ),
                    }}
                    values={{ ideal: idealName(goal, units) }}
                  />
                </th>
                <td>{oracle === null ? '—' : formatInt(oracle.step)}</td>
                <td>{oracle === null ? '—' : units.length(oracle.theta)}</td>
                <td>{lambda === null ? '—' : formatLambda(lambda)}</td>
                <td>{l2At(lambda)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p>{t('lessons.validation.tooFew')}</p>
      )}
      <div className="button-row">
        <button
          type="button"
          disabled={c.earlyByValidation === null}
          onClick={() =>
            c.earlyByValidation !== null &&
            set({ strategy: 'early', earlyStop: c.earlyByValidation })
          }
        >
          {t('lessons.validation.stopEarly')}
        </button>
        <button
          type="button"
          disabled={c.lambdaByValidation === null}
          onClick={() =>
            c.lambdaByValidation !== null && set({ strategy: 'l2sp', lambda: c.lambdaByValidation })
          }
        >
          {t('lessons.validation.useLambda')}
        </button>
      </div>
      <p className="lesson">{t('lessons.validation.lesson')}</p>
      <details>
        <summary>{t('lessons.showMaths')}</summary>
        <p>
          <RichMessage
            id="lessons.validation.maths.choice"
            parts={{
              loss: <Tex>{'(\\theta - m_{\\text{val}})^2 + v_{\\text{val}}'}</Tex>,
              end: <Tex>{'(m_{\\text{tr}} + \\lambda\\theta_{\\text{pre}})/(1+\\lambda)'}</Tex>,
            }}
          />
        </p>
        <p>
          <RichMessage
            id="lessons.validation.maths.distillation"
            parts={{
              penalty: (
                <Tex>{'\\lambda\\,\\frac1n\\sum_i (\\theta - \\theta_{\\text{pre}})^2'}</Tex>
              ),
              l2: <Tex>{'\\lambda(\\theta-\\theta_{\\text{pre}})^2'}</Tex>,
            }}
          />
        </p>
      </details>
    </section>
  );
}

export const ValidationPanel = deferred(ValidationPanelView, 'ValidationPanel');
