/**
 * Settings of one dataset: where its heights come from (generated, or a group of Galton's), its
 * size, and the mean and spread of the population it is drawn from.
 */
import { useId } from 'react';
import type { ChangeEvent } from 'react';
import { GALTON_CREDIT } from '../../data/realGroups';
import type { RealGroup } from '../../data/realGroups';
import { t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { formatFixed, formatInt } from '../../ui/format';
import { useScenario, useSetScenario, useView } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { DATA_SOURCES, LIMITS } from '../../state/scenario';
import type { DataSource } from '../../state/scenario';
import { REAL_GROUP_NAMES } from '../../state/realData';
import { datasetName } from '../../state/view';
import { NumberControl } from './NumberControl';

const realDataSelector = (st: AppState) => st.realData;

/** Each source's name in the menu. */
const SOURCE_NAMES: Readonly<Record<DataSource, MessageKey>> = {
  normal: 'controls.data.source.normal',
  fathers: 'controls.data.source.fathers',
  mothers: 'controls.data.source.mothers',
  sons: 'controls.data.source.sons',
  daughters: 'controls.data.source.daughters',
  men: 'controls.data.source.men',
  women: 'controls.data.source.women',
};

/** The labels of one dataset's settings. */
const LABELS = {
  old: {
    note: 'controls.data.old.note',
    heights: 'controls.data.old.heights',
    size: 'controls.data.old.size',
    mean: 'controls.data.old.mean',
    spread: 'controls.data.old.spread',
  },
  new: {
    note: 'controls.data.new.note',
    heights: 'controls.data.new.heights',
    size: 'controls.data.new.size',
    mean: 'controls.data.new.mean',
    spread: 'controls.data.new.spread',
  },
} as const satisfies Record<'old' | 'new', Record<string, MessageKey>>;

const heights = (n: number) => t('controls.count.heights', { count: n });

const oneDecimal = (v: number) => formatFixed(v, 1);

export function DataControls({ which }: { which: 'old' | 'new' }) {
  const s = useScenario();
  const set = useSetScenario();
  const view = useView();
  const name = datasetName(view, which);
  const labels = LABELS[which];
  const mine = useAppStore((st) => st.imported[which]);
  const locked = mine !== null;
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
    ? t('controls.data.size.imported', { file: mine!.name })
    : group
      ? t('controls.data.size.real', {
          n: formatInt(group.n),
          group: REAL_GROUP_NAMES[source as RealGroup],
        })
      : isReal
        ? t('controls.data.size.loading')
        : undefined;
  const realHint = t('controls.data.realHint');
  return (
    <fieldset className={`group group-${which}`}>
      <legend>
        <span className="group-name">
          <span className="swatch" aria-hidden="true" /> {name}
        </span>{' '}
        <span className="group-note">{t(labels.note)}</span>
      </legend>
      <div className="control">
        <label htmlFor={sourceId}>{t(labels.heights)}</label>
        <select id={sourceId} value={source} onChange={onSource} disabled={locked}>
          {DATA_SOURCES.map((src) => (
            <option key={src} value={src}>
              {t(SOURCE_NAMES[src])}
            </option>
          ))}
        </select>
        {isReal ? (
          <p className="control-hint credit">
            {t('controls.data.credit', { credit: GALTON_CREDIT })}
          </p>
        ) : null}
      </div>
      <NumberControl
        label={t(labels.size)}
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
        label={t(labels.mean)}
        value={mean}
        onChange={(v) => set(which === 'old' ? { oldMean: v } : { newMean: v })}
        min={LIMITS.oldMean.min}
        max={LIMITS.oldMean.max}
        step={0.1}
        length
        format={oneDecimal}
        hint={isReal ? realHint : t('controls.data.mean.hint')}
        disabled={locked || isReal}
      />
      <NumberControl
        label={t(labels.spread)}
        value={std}
        onChange={(v) => set(which === 'old' ? { oldStd: v } : { newStd: v })}
        min={LIMITS.oldStd.min}
        max={LIMITS.oldStd.max}
        step={0.1}
        length
        format={oneDecimal}
        disabled={locked || isReal}
      />
    </fieldset>
  );
}
