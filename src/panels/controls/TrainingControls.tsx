/** How θ is trained: steps and learning rate of each phase, the optimiser, the batch size. */
import { t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { formatInt, formatSig } from '../../ui/format';
import type { OptimizerKind } from '../../core/index';
import { MOMENTUM_BETA, gdStableLrLimit } from '../../core/index';
import { strategyHalfCurvature } from '../../core/index';
import { coreStrategy } from '../../state/derived';
import { useScenario, useSetScenario } from '../../state/hooks';
import { LIMITS } from '../../state/scenario';
import { useAppStore } from '../../state/store';
import { NumberControl } from './NumberControl';

const steps = (n: number) => t('controls.count.steps', { count: n });

const OPTIMIZERS: readonly { value: OptimizerKind; label: MessageKey }[] = [
  { value: 'sgd', label: 'controls.training.optimizer.sgd' },
  { value: 'momentum', label: 'controls.training.optimizer.momentum' },
  { value: 'adam', label: 'controls.training.optimizer.adam' },
];

export function TrainingControls() {
  const s = useScenario();
  const set = useSetScenario();
  // The stability limit needs only the loss curvature, not a training run: keep training out of
  // the urgent render of a slider.
  const curvature = strategyHalfCurvature(coreStrategy(s));
  const limit = gdStableLrLimit(curvature);
  const full = s.ftBatch === 'full';
  const batch = s.ftBatch === 'full' ? 32 : s.ftBatch;

  const lrHint =
    s.ftOptimizer === 'sgd' && curvature > 0
      ? t('controls.training.lr.hint', {
          limit: formatSig(limit),
          half: formatSig(limit / 2),
        })
      : undefined;
  return (
    <fieldset className="group group-training">
      <legend>{t('controls.training.legend')}</legend>
      <NumberControl
        label={t('controls.training.preSteps')}
        value={s.preSteps}
        onChange={(v) => set({ preSteps: v })}
        min={LIMITS.preSteps.min}
        max={LIMITS.preSteps.max}
        scale="log1p"
        integer
        format={steps}
      />
      <NumberControl
        label={t('controls.training.preLr')}
        value={s.preLr}
        onChange={(v) => set({ preLr: v })}
        min={0.0001}
        max={LIMITS.preLr.max}
        scale="log"
        format={(v) => `η = ${formatSig(v)}`}
      />
      <NumberControl
        label={t('controls.training.ftSteps')}
        value={s.ftSteps}
        onChange={(v) =>
          // Read at call time: the memoised control may hold an older closure.
          set({ ftSteps: v, earlyStop: Math.min(useAppStore.getState().scenario.earlyStop, v) })
        }
        min={LIMITS.ftSteps.min}
        max={LIMITS.ftSteps.max}
        scale="log1p"
        integer
        format={steps}
      />
      <NumberControl
        label={t('controls.training.ftLr')}
        value={s.ftLr}
        onChange={(v) => set({ ftLr: v })}
        min={0.0001}
        max={LIMITS.ftLr.max}
        scale="log"
        format={(v) => `η = ${formatSig(v)}`}
        hint={lrHint}
      />
      <div className="control">
        <label htmlFor="optimizer">{t('controls.training.optimizer.label')}</label>
        <select
          id="optimizer"
          value={s.ftOptimizer}
          onChange={(e) => {
            const o = e.target.value as OptimizerKind;
            set({ ftOptimizer: o, preOptimizer: o });
          }}
        >
          {OPTIMIZERS.map((o) => (
            <option key={o.value} value={o.value}>
              {t(o.label, { beta: formatSig(MOMENTUM_BETA) })}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label className="check">
          <input
            type="checkbox"
            checked={full}
            onChange={(e) =>
              set(
                e.target.checked
                  ? { ftBatch: 'full', preBatch: 'full' }
                  : { ftBatch: batch, preBatch: batch },
              )
            }
          />
          {t('controls.training.fullBatch')}
        </label>
      </div>
      <NumberControl
        label={t('controls.training.batch.label')}
        value={full ? LIMITS.batch.max : batch}
        onChange={(v) => set({ ftBatch: v, preBatch: v })}
        min={LIMITS.batch.min}
        max={LIMITS.batch.max}
        scale="log"
        integer
        format={(n) =>
          full
            ? t('controls.training.batch.full')
            : t('controls.training.batch.perStep', { n: formatInt(n) })
        }
        hint={full ? t('controls.training.batch.hint') : undefined}
      />
    </fieldset>
  );
}
