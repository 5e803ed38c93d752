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

/** The two knobs read the live scenario, so they follow the pointer while the tables catch up. */
function ValidationControls() {
  const s = useScenario();
  const set = useSetScenario();
  return (
    <div className="validation-controls">
      <NumberControl
        label="Validation share"
        value={s.valFraction}
        onChange={(v) => set({ valFraction: v })}
        min={LIMITS.valFraction.min}
        max={LIMITS.valFraction.max}
        step={0.01}
        format={(v) => `${Math.round(v * 100)} % of the new data`}
      />
      <div className="control">
        <label htmlFor="folds">Cross-validation folds (k)</label>
        <select id="folds" value={s.folds} onChange={(e) => set({ folds: Number(e.target.value) })}>
          {Array.from(
            { length: LIMITS.folds.max - LIMITS.folds.min + 1 },
            (_, i) => i + LIMITS.folds.min,
          ).map((k) => (
            <option key={k} value={k}>
              {k}
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
      <h2 id="validation-title">Choosing the balance from data: validation and cross-validation</h2>
      <ValidationControls />
      {c.split ? (
        <ScrollBox className="table-wrap" label="Validation choices table">
          <table className="data-table">
            <caption className="visually-hidden">
              Early-stopping step and λ chosen by each method
            </caption>
            <thead>
              <tr>
                <th scope="col">Chosen by</th>
                <th scope="col">Early-stopping step</th>
                <th scope="col">θ there</th>
                <th scope="col">λ</th>
                <th scope="col">θ with that λ</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  <Term word="hold-out" tip={GLOSSARY.holdout}>
                    Hold-out
                  </Term>{' '}
                  ({formatInt(c.split.val.n)} of {formatInt(s.newSize)} new heights)
                </th>
                <td>{c.earlyByValidation === null ? '—' : formatInt(c.earlyByValidation)}</td>
                <td>{at(c.earlyByValidation)}</td>
                <td>{c.lambdaByValidation === null ? '—' : formatLambda(c.lambdaByValidation)}</td>
                <td>{l2At(c.lambdaByValidation)}</td>
              </tr>
              <tr>
                <th scope="row">
                  <Term word="k-fold cross-validation" tip={GLOSSARY.kfold}>
                    {s.folds}-fold cross-validation
                  </Term>
                </th>
                <td>{c.earlyByCv === null ? '—' : formatInt(c.earlyByCv)}</td>
                <td>{at(c.earlyByCv)}</td>
                <td>{c.lambdaByCv === null ? '—' : formatLambda(c.lambdaByCv)}</td>
                <td>{l2At(c.lambdaByCv)}</td>
              </tr>
              <tr>
                <th scope="row">
                  <Term word="an oracle" tip={GLOSSARY.oracle}>
                    Oracle
                  </Term>
                  : aims at the {idealName(goal, units)}
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
        <p>Validation needs at least two new heights.</p>
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
          Stop early where validation says
        </button>
        <button
          type="button"
          disabled={c.lambdaByValidation === null}
          onClick={() =>
            c.lambdaByValidation !== null && set({ strategy: 'l2sp', lambda: c.lambdaByValidation })
          }
        >
          Use the λ validation chose
        </button>
      </div>
      <p className="lesson">
        Nobody knows the ideal in practice. Holding out part of the new data and stopping where the
        loss on it is lowest is the practitioner's estimate of it. With few new heights the
        validation mean is noisy too, so the chosen step jumps about: compare it with the oracle
        step k* on the drift chart.
      </p>
      <details>
        <summary>Show the maths</summary>
        <p>
          With one parameter the validation loss is{' '}
          <Tex>{'(\\theta - m_{\\text{val}})^2 + v_{\\text{val}}'}</Tex>, smallest where θ is
          nearest the validation mean, so the chosen step is the one that brings θ_k closest to
          m_val, and the chosen λ puts{' '}
          <Tex>{'(m_{\\text{tr}} + \\lambda\\theta_{\\text{pre}})/(1+\\lambda)'}</Tex> on it.
        </p>
        <p>
          Distillation toward the pre-trained model adds{' '}
          <Tex>{'\\lambda\\,\\frac1n\\sum_i (\\theta - \\theta_{\\text{pre}})^2'}</Tex> — the
          squared gap between the new and the old model's predictions. Here every prediction is just
          θ, so that is exactly <Tex>{'\\lambda(\\theta-\\theta_{\\text{pre}})^2'}</Tex>: for one
          parameter, distillation and L2 toward the pre-trained value are the same pull.
        </p>
      </details>
    </section>
  );
}

export const ValidationPanel = deferred(ValidationPanelView, 'ValidationPanel');
