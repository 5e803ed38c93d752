/** Every setting, grouped as the lesson reads: whom θ is for, the data, the training, the strategy. */
import { useState } from 'react';
import { useIsHidden, useScenario, useSetScenario } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { LIMITS } from '../../state/scenario';
import { ImportPanel } from '../import/ImportPanel';
import { DataControls } from './DataControls';
import { GoalControls } from './GoalControls';
import { NumberControl } from './NumberControl';
import { StrategyControls } from './StrategyControls';
import { TrainingControls } from './TrainingControls';

export function ControlsPanel() {
  const s = useScenario();
  const set = useSetScenario();
  const hidden = useIsHidden();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="controls">
      <div className="reset">
        {confirming ? (
          <div role="alertdialog" aria-labelledby="reset-q" className="reset-confirm">
            <p id="reset-q">Discard every setting and go back to the defaults?</p>
            <button
              type="button"
              onClick={() => {
                useAppStore.getState().resetScenario();
                setConfirming(false);
              }}
            >
              Yes, reset
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Keep my settings
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Reset to defaults
          </button>
        )}
      </div>
      <GoalControls />
      {hidden('old') ? null : <DataControls which="old" />}
      {hidden('new') ? null : <DataControls which="new" />}
      {hidden('old') && hidden('new') ? null : <ImportPanel />}
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
