/** Lets an instructor choose which controls and charts students see; the choice travels in the link. */
import { useEscape } from '../../ui/useEscape';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { DEFAULT_VIEW, HIDEABLE, LABEL_MAX } from '../../state/view';

const viewSelector = (st: AppState) => st.view;

export function LectureBuilder({ onClose }: { onClose: () => void }) {
  const view = useAppStore(viewSelector);
  const hidden = view.hidden;
  const setView = useAppStore.getState().setView;
  useEscape(onClose);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="builder-title">
      <div className="overlay-card">
        <h2 id="builder-title">Lecture builder</h2>
        <p>Untick what students should not see. The link you copy afterwards keeps the choice.</p>
        <fieldset className="builder">
          <legend>Shown on the page</legend>
          {HIDEABLE.map((h) => (
            <label key={h.id} className="check">
              <input
                type="checkbox"
                checked={!hidden.includes(h.id)}
                onChange={() => useAppStore.getState().toggleHidden(h.id)}
              />
              {h.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="builder">
          <legend>Names and units</legend>
          <label>
            Name of the old data
            <input
              type="text"
              maxLength={LABEL_MAX}
              value={view.oldLabel}
              onChange={(e) => setView({ oldLabel: e.target.value })}
              onBlur={(e) => setView({ oldLabel: e.target.value.trim() || DEFAULT_VIEW.oldLabel })}
            />
          </label>
          <label>
            Name of the new data
            <input
              type="text"
              maxLength={LABEL_MAX}
              value={view.newLabel}
              onChange={(e) => setView({ newLabel: e.target.value })}
              onBlur={(e) => setView({ newLabel: e.target.value.trim() || DEFAULT_VIEW.newLabel })}
            />
          </label>
          <div role="radiogroup" aria-label="Units" className="units">
            {(['cm', 'in'] as const).map((u) => (
              <label key={u} className="check">
                <input
                  type="radio"
                  name="units"
                  checked={view.units === u}
                  onChange={() => setView({ units: u })}
                />
                {u === 'cm' ? 'Centimetres' : 'Inches'}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </div>
  );
}
