/** A one-line welcome on a first visit that offers the guided tour, until it is taken or dismissed. */
import { PRESETS } from '../../state/presets';
import { useState } from 'react';
import { t } from '../../i18n/catalogue';
import { tourMove } from '../../state/lecture';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { tRich } from '../../ui/RichMessage';
import { WELCOMED_KEY } from '../../state/visitKeys';

const tourSelector = (st: AppState) => st.tourStep;
const drawerSelector = (st: AppState) => st.drawerOpen;

function seenBefore(): boolean {
  try {
    return window.localStorage.getItem(WELCOMED_KEY) !== null;
  } catch {
    // Storage refused (a private window): show the welcome; dismissing it still hides it for now.
    return false;
  }
}

function markSeen(): void {
  try {
    window.localStorage.setItem(WELCOMED_KEY, '1');
  } catch {
    // Nothing to keep it in; it is hidden for this visit all the same.
  }
}

export function StartHere() {
  const [open, setOpen] = useState(() => !seenBefore());
  const touring = useAppStore(tourSelector) !== null;
  // With the settings open on a phone, the line would push the readout under the sheet just as the
  // student starts to explore on their own.
  const settingsOpen = useAppStore(drawerSelector);
  if (!open || touring || settingsOpen) return null;
  const close = () => {
    markSeen();
    setOpen(false);
  };
  return (
    <section className="start-here" aria-label={t('lecture.start.label')}>
      <p>
        {tRich(
          'lecture.start.text',
          { count: PRESETS.length },
          {
            lead: <strong>{t('lecture.start.lead')}</strong>,
            control: <em>{t('controls.data.new.size')}</em>,
          },
        )}
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            close();
            tourMove(0);
          }}
        >
          {t('lecture.start.tour')}
        </button>
        <button type="button" className="ghost" onClick={close}>
          {t('lecture.start.noThanks')}
        </button>
      </div>
    </section>
  );
}
