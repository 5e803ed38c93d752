/** Lets an instructor choose which controls and charts students see; the choice travels in the link. */
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { HIDEABLE } from '../../state/view';

const hiddenSelector = (st: AppState) => st.view.hidden;

export function LectureBuilder({ onClose }: { onClose: () => void }) {
  const hidden = useAppStore(hiddenSelector);
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
        <button type="button" onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </div>
  );
}
