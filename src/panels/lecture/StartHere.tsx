/** A one-line welcome on a first visit that offers the guided tour, until it is taken or dismissed. */
import { PRESETS } from '../../state/presets';
import { useState } from 'react';
import { tourMove } from '../../state/lecture';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';

const SEEN_KEY = 'fine-tuning-playground:welcomed';
const tourSelector = (st: AppState) => st.tourStep;
const drawerSelector = (st: AppState) => st.drawerOpen;

function seenBefore(): boolean {
  try {
    return window.localStorage.getItem(SEEN_KEY) !== null;
  } catch {
    // Storage refused (a private window): show the welcome; dismissing it still hides it for now.
    return false;
  }
}

function markSeen(): void {
  try {
    window.localStorage.setItem(SEEN_KEY, '1');
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
    <section className="start-here" aria-label="Start here">
      <p>
        <strong>Start here:</strong> the guided tour asks {PRESETS.length} short questions, one
        chart at a time. Or drag <em>New data size</em> in the settings and watch where θ should
        end.
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            close();
            tourMove(0);
          }}
        >
          Start the tour
        </button>
        <button type="button" className="ghost" onClick={close}>
          No thanks
        </button>
      </div>
    </section>
  );
}
