/** The "?" overlay: every keyboard shortcut in one list. */
import { useEffect, useRef } from 'react';
import { t, useLaterWords } from '../../i18n/catalogue';
import { SHORTCUTS } from '../../ui/shortcutList';
import { useFocusTrap } from '../../ui/useFocusTrap';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';

const openSelector = (st: AppState) => st.shortcutsOpen;

export function ShortcutsOverlay() {
  const open = useAppStore(openSelector);
  // The list is among the later words (see src/i18n/parts.ts).
  const words = useLaterWords();
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, open);
  useEffect(() => {
    // Without scrolling to the button: a tall list opens at its title.
    if (open) closeRef.current?.focus({ preventScroll: true });
  }, [open]);
  if (!open) return null;
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
