/** Lets an instructor choose which controls and charts students see; the choice travels in the link. */
import { t, useLaterWords } from '../../i18n/catalogue';
import { useEffect, useRef } from 'react';
import { useEscape } from '../../ui/useEscape';
import { useFocusTrap } from '../../ui/useFocusTrap';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { DEFAULT_VIEW, HIDEABLE, LABEL_MAX, datasetName } from '../../state/view';

const viewSelector = (st: AppState) => st.view;

export function LectureBuilder({ onClose }: { onClose: () => void }) {
  const view = useAppStore(viewSelector);
  const hidden = view.hidden;
  const setView = useAppStore.getState().setView;
  useEscape(onClose);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog);
  // The keyboard starts on Done, without scrolling to it: the dialog opens at its title.
  const done = useRef<HTMLButtonElement>(null);
  useEffect(() => done.current?.focus({ preventScroll: true }), []);
  // An empty name is the language's own; the field shows that name greyed out until one is typed.
  const ownName = (which: 'old' | 'new') => datasetName(DEFAULT_VIEW, which);
  // Its words are among the later ones (see src/i18n/parts.ts).
  const words = useLaterWords();
  if (!words)
    return (
      <div className="overlay" role="dialog" aria-modal="true" aria-busy="true">
        <p className="overlay-card">{t('lecture.loadingWords')}</p>
      </div>
    );
  return (
    <div
      ref={dialog}
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="builder-title"
    >
      <div className="overlay-card">
        <h2 id="builder-title">{t('lecture.builder.title')}</h2>
        <p>{t('lecture.builder.intro')}</p>
        <fieldset className="builder">
          <legend>{t('lecture.builder.shown')}</legend>
          {HIDEABLE.map((h) => (
            <label key={h.id} className="check">
              <input
                type="checkbox"
                checked={!hidden.includes(h.id)}
                onChange={() => useAppStore.getState().toggleHidden(h.id)}
              />
              {t(h.label)}
            </label>
          ))}
        </fieldset>
        <fieldset className="builder">
          <legend>{t('lecture.builder.names')}</legend>
          <label>
            {t('lecture.builder.oldName')}
            <input
              type="text"
              maxLength={LABEL_MAX}
              value={view.oldLabel}
              placeholder={ownName('old')}
              onChange={(e) => setView({ oldLabel: e.target.value })}
              onBlur={(e) => setView({ oldLabel: e.target.value.trim() || DEFAULT_VIEW.oldLabel })}
            />
          </label>
          <label>
            {t('lecture.builder.newName')}
            <input
              type="text"
              maxLength={LABEL_MAX}
              value={view.newLabel}
              placeholder={ownName('new')}
              onChange={(e) => setView({ newLabel: e.target.value })}
              onBlur={(e) => setView({ newLabel: e.target.value.trim() || DEFAULT_VIEW.newLabel })}
            />
          </label>
          <div role="radiogroup" aria-label={t('lecture.builder.units')} className="units">
            {(['cm', 'in'] as const).map((u) => (
              <label key={u} className="check">
                <input
                  type="radio"
                  name="units"
                  checked={view.units === u}
                  onChange={() => setView({ units: u })}
                />
                {t(u === 'cm' ? 'lecture.builder.cm' : 'lecture.builder.in')}
              </label>
            ))}
          </div>
        </fieldset>
        <button ref={done} type="button" onClick={onClose}>
          {t('lecture.builder.done')}
        </button>
      </div>
    </div>
  );
}
