/** Settings of one dataset: its size, and the mean and spread of the population it is drawn from. */
import { formatInt } from '../../ui/format';
import { useScenario, useSetScenario, useView } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { LIMITS } from '../../state/scenario';
import { NumberControl } from './NumberControl';

const heights = (n: number) => `${formatInt(n)} ${n === 1 ? 'height' : 'heights'}`;

export function DataControls({ which }: { which: 'old' | 'new' }) {
  const s = useScenario();
  const set = useSetScenario();
  const view = useView();
  const name = which === 'old' ? view.oldLabel : view.newLabel;
  const mine = useAppStore((st) => st.imported[which]);
  const locked = mine !== null;
  const Title = which === 'old' ? 'Old' : 'New';
  const size = which === 'old' ? s.oldSize : s.newSize;
  const mean = which === 'old' ? s.oldMean : s.newMean;
  const std = which === 'old' ? s.oldStd : s.newStd;
  return (
    <fieldset className={`group group-${which}`}>
      <legend>
        <span className="swatch" aria-hidden="true" /> {name}
        <span className="group-note">{which === 'old' ? 'pre-training' : 'fine-tuning'}</span>
      </legend>
      <NumberControl
        label={`${Title} data size`}
        value={size}
        onChange={(v) => set(which === 'old' ? { oldSize: v } : { newSize: v })}
        min={LIMITS.oldSize.min}
        max={LIMITS.oldSize.max}
        scale="log"
        integer
        format={heights}
        disabled={locked}
        hint={
          locked
            ? `Your imported heights (${mine!.name}) set the size, mean and spread.`
            : undefined
        }
      />
      <NumberControl
        label={`${Title} mean`}
        value={mean}
        onChange={(v) => set(which === 'old' ? { oldMean: v } : { newMean: v })}
        min={LIMITS.oldMean.min}
        max={LIMITS.oldMean.max}
        step={0.1}
        length
        format={(v) => v.toFixed(1)}
        hint="Population mean; the sample's own mean is in the readout."
        disabled={locked}
      />
      <NumberControl
        label={`${Title} spread`}
        value={std}
        onChange={(v) => set(which === 'old' ? { oldStd: v } : { newStd: v })}
        min={LIMITS.oldStd.min}
        max={LIMITS.oldStd.max}
        step={0.1}
        length
        format={(v) => v.toFixed(1)}
        disabled={locked}
      />
    </fieldset>
  );
}
