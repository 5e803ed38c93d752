/** The lecture toolbar: presets, the tour, presenter mode, sharing, export and the lecture builder. */
import { Suspense, lazy, useRef, useState } from 'react';
import { useScrollMore } from '../../ui/ScrollBox';
import { currentLink } from '../../state/shareLink';
import { choosePreset, togglePresenterMode, tourMove } from '../../state/lecture';
import { togglePredictAndFocus } from './PredictPanel';
import { PRESETS } from '../../state/presets';
import { presetOf } from '../../state/presetMatch';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { LectureBuilder } from './LectureBuilder';

const ExportMenu = lazy(() => import('../export/ExportMenu'));

const presenterSelector = (st: AppState) => st.view.presenter;
const predictSelector = (st: AppState) => st.view.predict;
// The menu names the preset on screen, until a setting moves away from it.
const loadedPresetSelector = (st: AppState) => presetOf(st.scenario, st.stream)?.index ?? null;

export function Toolbar() {
  const presenter = useAppStore(presenterSelector);
  const predict = useAppStore(predictSelector);
  const loaded = useAppStore(loadedPresetSelector);
  const [builder, setBuilder] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  // A closed dialog hands focus back to the button that opened it, not to the top of the page.
  const exportButton = useRef<HTMLButtonElement>(null);
  const builderButton = useRef<HTMLButtonElement>(null);
  // On a phone the tools scroll sideways in one line; the cut edge fades while there is more.
  const bar = useRef<HTMLDivElement>(null);
  const more = useScrollMore(bar);
  const closeExport = () => {
    setExporting(false);
    exportButton.current?.focus();
  };
  const closeBuilder = () => {
    setBuilder(false);
    builderButton.current?.focus();
  };

  const copy = async () => {
    const link = currentLink();
    try {
      await navigator.clipboard.writeText(link);
      const st = useAppStore.getState();
      setCopied(
        st.imported.old || st.imported.new
          ? 'Link copied. It carries every setting but not your imported heights: export the scenario as JSON to share those.'
          : 'Link copied.',
      );
    } catch {
      // Clipboard access can be refused (a page opened from disk, say): show the link to copy by hand.
      window.prompt('Copy this link:', link);
      setCopied(null);
    }
    window.setTimeout(() => setCopied(null), 2500);
  };

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label="Lecture tools" ref={bar} data-more={more}>
        <label className="preset-pick">
          <span className="visually-hidden">Load a preset</span>
          <select
            value={loaded === null ? '' : String(loaded)}
            onChange={(e) => {
              if (e.target.value === '') return;
              choosePreset(Number(e.target.value));
              // Back to the page, so the digit keys and Space work again rather than going to the menu.
              e.target.blur();
            }}
          >
            <option value="">Presets…</option>
            {PRESETS.map((p, i) => (
              <option key={p.id} value={i}>
                {i < 9 ? `${i + 1}. ` : i === 9 ? '0. ' : ''}
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => tourMove(0)} title="Guided tour (N / B)">
          Tour
        </button>
        <button
          type="button"
          onClick={togglePresenterMode}
          aria-pressed={presenter}
          title="Presenter mode (P)"
        >
          Presenter
        </button>
        <button
          type="button"
          aria-pressed={predict}
          onClick={togglePredictAndFocus}
          title="Hide the ideal until students have guessed it"
        >
          Predict first
        </button>
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <button
          ref={exportButton}
          type="button"
          onClick={() => setExporting((x) => !x)}
          aria-expanded={exporting}
        >
          Export
        </button>
        <button ref={builderButton} type="button" onClick={() => setBuilder(true)}>
          Lecture builder
        </button>
        <button
          type="button"
          onClick={() => useAppStore.getState().setShortcutsOpen(true)}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
      </div>
      {/* Outside the toolbar, which scrolls sideways on a phone and would clip them. */}
      <span className="toolbar-status" role="status">
        {copied}
      </span>
      {builder ? <LectureBuilder onClose={closeBuilder} /> : null}
      {exporting ? (
        <Suspense fallback={<span className="toolbar-status">Loading export…</span>}>
          <ExportMenu onClose={closeExport} />
        </Suspense>
      ) : null}
    </>
  );
}
