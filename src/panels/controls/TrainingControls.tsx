/** How θ is trained: steps and learning rate of each phase, the optimiser, the batch size. */
import { formatInt, formatSig } from '../../ui/format';
import type { OptimizerKind } from '../../core/index';
import { gdStableLrLimit } from '../../core/index';
import { strategyHalfCurvature } from '../../core/index';
import { coreStrategy } from '../../state/derived';
import { useScenario, useSetScenario } from '../../state/hooks';
import { LIMITS } from '../../state/scenario';
import { useAppStore } from '../../state/store';
import { NumberControl } from './NumberControl';

const steps = (n: number) => `${formatInt(n)} ${n === 1 ? 'step' : 'steps'}`;

const OPTIMIZERS: { value: OptimizerKind; label: string }[] = [
  { value: 'sgd', label: 'Gradient descent (SGD)' },
  { value: 'momentum', label: 'Momentum (β = 0.9)' },
  { value: 'adam', label: 'Adam' },
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
      ? `Full-batch GD is stable for η < ${formatSig(limit)} and oscillates above ${formatSig(limit / 2)}.`
      : undefined;
  return (
    <fieldset className="group group-training">
      <legend>Training</legend>
      <NumberControl
        label="Pre-training steps"
        value={s.preSteps}
        onChange={(v) => set({ preSteps: v })}
        min={LIMITS.preSteps.min}
        max={LIMITS.preSteps.max}
        scale="log1p"
        integer
        format={steps}
      />
      <NumberControl
        label="Pre-training learning rate"
        value={s.preLr}
        onChange={(v) => set({ preLr: v })}
        min={0.0001}
        max={LIMITS.preLr.max}
        scale="log"
        format={(v) => `η = ${formatSig(v)}`}
      />
      <NumberControl
        label="Fine-tuning steps"
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
        label="Learning rate"
        value={s.ftLr}
        onChange={(v) => set({ ftLr: v })}
        min={0.0001}
        max={LIMITS.ftLr.max}
        scale="log"
        format={(v) => `η = ${formatSig(v)}`}
        hint={lrHint}
      />
      <div className="control">
        <label htmlFor="optimizer">Optimiser (both phases)</label>
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
              {o.label}
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
          Full batch (every step sees all the data)
        </label>
      </div>
      <NumberControl
        label="Batch size"
        value={full ? LIMITS.batch.max : batch}
        onChange={(v) => set({ ftBatch: v, preBatch: v })}
        min={LIMITS.batch.min}
        max={LIMITS.batch.max}
        scale="log"
        integer
        format={(n) => (full ? 'full batch' : `${formatInt(n)} per step`)}
        hint={full ? 'Move it to draw mini-batches, with replacement, instead.' : undefined}
      />
    </fieldset>
  );
}
