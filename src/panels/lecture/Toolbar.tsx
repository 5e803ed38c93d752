/** The lecture toolbar: presets, the tour, presenter mode, sharing, export and the lecture builder. */
import { Suspense, lazy, useRef, useState } from 'react';
import { t, withLaterMessages } from '../../i18n/catalogue';
import { useScrollMore } from '../../ui/ScrollBox';
import { currentLink } from '../../state/shareLink';
import { choosePreset, togglePresenterMode, tourMove } from '../../state/lecture';
import { togglePredictAndFocus } from './predictToggle';
import { PRESETS } from '../../state/presets';
import { presetOf } from '../../state/presetMatch';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { presetName } from './presetText';

const ExportMenu = lazy(withLaterMessages(() => import('../export/ExportMenu')));
// Opened now and then, so not part of the start-up; its words come with it.
const LectureBuilder = lazy(
  withLaterMessages(() => import('./LectureBuilder').then((m) => ({ default: m.LectureBuilder }))),
);

const presenterSelector = (st: AppState) => st.view.presenter;
const predictSelector = (st: AppState) => st.view.predict;
// The menu names the preset on screen, until a setting moves away from it.
const loadedPresetSelector = (st: AppState) => presetOf(st.scenario, st.stream)?.index ?? null;

/** The key that loads the preset at `index`, as the menu shows it: 1 to 9, then 0 for the tenth. */
const presetKey = (index: number) => (index === 9 ? '0' : String(index + 1));

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
        t(
          st.imported.old || st.imported.new
            ? 'lecture.toolbar.copied.imported'
            : 'lecture.toolbar.copied',
        ),
      );
    } catch {
      // Clipboard access can be refused (a page opened from disk, say): show the link to copy by hand.
      window.prompt(t('lecture.toolbar.copyPrompt'), link);
      setCopied(null);
    }
    window.setTimeout(() => setCopied(null), 2500);
  };

  return (
    <>
      <div
        className="toolbar"
        role="toolbar"
        aria-label={t('lecture.toolbar.label')}
        ref={bar}
        data-more={more}
      >
        <label className="preset-pick">
          <span className="visually-hidden">{t('lecture.toolbar.presetPick')}</span>
          <select
            value={loaded === null ? '' : String(loaded)}
            onChange={(e) => {
              if (e.target.value === '') return;
              choosePreset(Number(e.target.value));
              // Back to the page, so the digit keys and Space work again rather than going to the menu.
              e.target.blur();
            }}
          >
            <option value="">{t('lecture.toolbar.presets')}</option>
            {PRESETS.map((p, i) => (
              <option key={p.id} value={i}>
                {i < 10
                  ? t('lecture.toolbar.presetOption', { key: presetKey(i), name: presetName(p) })
                  : presetName(p)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => tourMove(0)} title={t('lecture.toolbar.tour.title')}>
          {t('lecture.toolbar.tour')}
        </button>
        <button
          type="button"
          onClick={togglePresenterMode}
          aria-pressed={presenter}
          title={t('lecture.toolbar.presenter.title')}
        >
          {t('lecture.toolbar.presenter')}
        </button>
        <button
          type="button"
          aria-pressed={predict}
          onClick={togglePredictAndFocus}
          title={t('lecture.toolbar.predict.title')}
        >
          {t('lecture.toolbar.predict')}
        </button>
        <button type="button" onClick={copy}>
          {t('lecture.toolbar.copy')}
        </button>
        <button
          ref={exportButton}
          type="button"
          onClick={() => setExporting((x) => !x)}
          aria-expanded={exporting}
        >
          {t('lecture.toolbar.export')}
        </button>
        <button ref={builderButton} type="button" onClick={() => setBuilder(true)}>
          {t('lecture.toolbar.builder')}
        </button>
        <button
          type="button"
          onClick={() => useAppStore.getState().setShortcutsOpen(true)}
          aria-label={t('lecture.toolbar.shortcuts')}
          title={t('lecture.toolbar.shortcuts.title')}
        >
          ?
        </button>
      </div>
      {/* Outside the toolbar, which scrolls sideways on a phone and would clip them. */}
      <span className="toolbar-status" role="status">
        {copied}
      </span>
      {builder ? (
        <Suspense fallback={<span className="toolbar-status">{t('lecture.loadingWords')}</span>}>
          <LectureBuilder onClose={closeBuilder} />
        </Suspense>
      ) : null}
      {exporting ? (
        <Suspense
          fallback={<span className="toolbar-status">{t('lecture.toolbar.loadingExport')}</span>}
        >
          <ExportMenu onClose={closeExport} />
        </Suspense>
      ) : null}
    </>
  );
}
