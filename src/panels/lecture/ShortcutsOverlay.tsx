/** The "?" overlay: every keyboard shortcut in one list. */
import { useEffect, useRef } from 'react';
import { t, useLaterWords } from '../../i18n/catalogue';
import { SHORTCUTS } from '../../ui/shortcutList';
import { useFocusTrap } from '../../ui/useFocusTrap';
import { useAppStore } from '../../state/store';

/** Mounted while the list is open (the page shows it on "?"), and closed from the store. */
export function ShortcutsOverlay() {
  // The list is among the later words (see src/i18n/parts.ts).
  const words = useLaterWords();
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog);
  useEffect(() => {
    // Without scrolling to the button: a tall list opens at its title.
    closeRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={dialog}
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-title"
    >
      <div className="overlay-card">
        <h2 id="shortcuts-title">{t('lecture.shortcuts.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {(words ? SHORTCUTS : []).map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{t(keys)}</kbd>
                </th>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="control-hint">{t('lecture.shortcuts.hint')}</p>
        <button
          ref={closeRef}
          type="button"
          onClick={() => useAppStore.getState().setShortcutsOpen(false)}
        >
          {t('lecture.shortcuts.close')}
        </button>
      </div>
    </div>
  );
}
