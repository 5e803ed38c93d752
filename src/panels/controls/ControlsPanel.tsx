/** Every setting, grouped as the lesson reads: the data, the training, the strategy. */
import { useIsHidden, useScenario, useSetScenario } from '../../state/hooks';
import { LIMITS } from '../../state/scenario';
import { DataControls } from './DataControls';
import { NumberControl } from './NumberControl';
import { StrategyControls } from './StrategyControls';
import { TrainingControls } from './TrainingControls';

export function ControlsPanel() {
  const s = useScenario();
  const set = useSetScenario();
  const hidden = useIsHidden();
  return (
    <div className="controls">
      {hidden('old') ? null : <DataControls which="old" />}
      {hidden('new') ? null : <DataControls which="new" />}
      <fieldset className="group" hidden={hidden('start')}>
        <legend>Start and seed</legend>
        <NumberControl
          label="Initial θ"
          value={s.init}
          onChange={(v) => set({ init: v })}
          min={LIMITS.init.min}
          max={LIMITS.init.max}
          step={0.5}
          length
          format={(v) => v.toFixed(1)}
          hint="Where θ starts before pre-training."
        />
        <div className="control seed">
          <span>
            Seed <strong>{s.seed}</strong>: the same seed draws the same heights and batches.
          </span>
          <button type="button" onClick={() => set({ seed: (s.seed + 1) % (LIMITS.seed.max + 1) })}>
            Draw new data
          </button>
        </div>
      </fieldset>
      {hidden('training') ? null : <TrainingControls />}
      <StrategyControls />
    </div>
  );
}
