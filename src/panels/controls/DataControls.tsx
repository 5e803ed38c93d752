/**
 * Settings of one dataset: where its heights come from (generated, or a group of Galton's), its
 * size, and the mean and spread of the population it is drawn from.
 */
import { useId } from 'react';
import type { ChangeEvent } from 'react';
import { GALTON_CREDIT } from '../../data/realGroups';
import { formatInt } from '../../ui/format';
import { useScenario, useSetScenario, useView } from '../../state/hooks';
import { REAL_GROUP_NAMES, REAL_GROUP_SHORT } from '../../state/realData';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { DATA_SOURCES, LIMITS } from '../../state/scenario';
import type { DataSource } from '../../state/scenario';
import { NumberControl } from './NumberControl';

const realDataSelector = (st: AppState) => st.realData;

const sourceName = (src: DataSource) =>
  src === 'normal' ? 'Generated (normal)' : `Real: Galton’s ${REAL_GROUP_SHORT[src]}`;

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
  const source = which === 'old' ? s.oldSource : s.newSource;
  const real = useAppStore(realDataSelector);
  const group = source === 'normal' ? null : (real?.[source] ?? null);
  const isReal = source !== 'normal';
  const sourceId = useId();
  const onSource = (e: ChangeEvent<HTMLSelectElement>) => {
    const next = e.target.value as DataSource;
    set(which === 'old' ? { oldSource: next } : { newSource: next });
  };
  const sizeHint = locked
    ? `Your imported heights (${mine!.name}) set the size, mean and spread.`
    : group
      ? `At most ${formatInt(group.n)}: Galton measured ${formatInt(group.n)} ${REAL_GROUP_NAMES[source as Exclude<DataSource, 'normal'>]}, and a subsample takes each of them once at most. The seed picks which.`
      : isReal
        ? 'Loading Galton’s heights…'
        : undefined;
  const realHint = 'Real data: the group’s own mean and spread; these sliders do not apply.';
  return (
    <fieldset className={`group group-${which}`}>
      <legend>
        <span className="swatch" aria-hidden="true" /> {name}
        <span className="group-note">{which === 'old' ? 'pre-training' : 'fine-tuning'}</span>
      </legend>
      <div className="control">
        <label htmlFor={sourceId}>{Title} heights</label>
        <select id={sourceId} value={source} onChange={onSource} disabled={locked}>
          {DATA_SOURCES.map((src) => (
            <option key={src} value={src}>
              {sourceName(src)}
            </option>
          ))}
        </select>
        {isReal ? <p className="control-hint credit">Heights: {GALTON_CREDIT}.</p> : null}
      </div>
      <NumberControl
        label={`${Title} data size`}
        value={size}
        onChange={(v) => set(which === 'old' ? { oldSize: v } : { newSize: v })}
        min={LIMITS.oldSize.min}
        max={group ? group.n : LIMITS.oldSize.max}
        scale="log"
        integer
        format={heights}
        disabled={locked}
        hint={sizeHint}
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
        hint={isReal ? realHint : "Population mean; the sample's own mean is in the readout."}
        disabled={locked || isReal}
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
        disabled={locked || isReal}
      />
    </fieldset>
  );
}
