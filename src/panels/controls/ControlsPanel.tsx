/** Every setting, grouped as the lesson reads: whom θ is for, the data, the training, the strategy. */
import { useState } from 'react';
import { t } from '../../i18n/catalogue';
import { formatNumber } from '../../i18n/numbers';
import { formatFixed } from '../../ui/format';
import { useIsHidden, useScenario, useSetScenario } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { LIMITS } from '../../state/scenario';
import { ImportPanel } from '../import/ImportPanel';
import { DataControls } from './DataControls';
import { GoalControls } from './GoalControls';
import { RichMessage } from '../../ui/RichMessage';
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
            <p id="reset-q">{t('controls.reset.question')}</p>
            <button
              type="button"
              onClick={() => {
                useAppStore.getState().resetScenario();
                setConfirming(false);
              }}
            >
              {t('controls.reset.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              {t('controls.reset.keep')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('controls.reset.button')}
          </button>
        )}
      </div>
      <GoalControls />
      {hidden('old') ? null : <DataControls which="old" />}
      {hidden('new') ? null : <DataControls which="new" />}
      {hidden('old') && hidden('new') ? null : <ImportPanel />}
      <fieldset className="group" hidden={hidden('start')}>
        <legend>{t('controls.start.legend')}</legend>
        <NumberControl
          label={t('controls.start.init.label')}
          value={s.init}
          onChange={(v) => set({ init: v })}
          min={LIMITS.init.min}
          max={LIMITS.init.max}
          step={0.5}
          length
          format={(v) => formatFixed(v, 1)}
          hint={t('controls.start.init.hint')}
        />
        <div className="control seed">
          <span>
            <RichMessage
              id="controls.start.seed.text"
              parts={{ seed: <strong>{formatNumber(s.seed, { useGrouping: false })}</strong> }}
            />
          </span>
          <button type="button" onClick={() => set({ seed: (s.seed + 1) % (LIMITS.seed.max + 1) })}>
            {t('controls.start.seed.drawNew')}
          </button>
        </div>
      </fieldset>
      {hidden('training') ? null : <TrainingControls />}
      <StrategyControls />
    </div>
  );
}
