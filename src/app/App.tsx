/** The page: header, controls (a sheet from the bottom on phones), the readout and playback, and the charts. */
import { Suspense, lazy, useEffect } from 'react';
import type { ReactNode } from 'react';
import { CatchUpTurns } from '../panels/catchUp';
import { ControlsPanel } from '../panels/controls/ControlsPanel';
import { ChartLoading } from '../panels/figures/ChartLoading';
import { afterFirstChart, loadFigures } from './figuresModule';
import { PlaybackBar } from '../panels/playback/PlaybackBar';
import { usePlaybackLoop } from '../panels/playback/usePlaybackLoop';
import { Readout } from '../panels/readout/Readout';
import { NoticeBar } from '../panels/lecture/NoticeBar';
import { togglePredictAndFocus } from '../panels/lecture/predictToggle';
import { PresetBanner } from '../panels/lecture/PresetBanner';
import { StartHere } from '../panels/lecture/StartHere';
import { Toolbar } from '../panels/lecture/Toolbar';
import { useIsHidden, useQuestionOpen, useView } from '../state/hooks';
import { togglePresenterMode } from '../state/lecture';
import { useAppStore } from '../state/store';
import { DisplayedScenario } from '../state/displayed';
import type { AppState } from '../state/store';
import { focusWhenShown } from '../ui/focusWhenShown';
import { PanelBoundary } from '../ui/PanelBoundary';
import { WhenNear } from '../ui/WhenNear';
import { retryableImport } from '../ui/retryableImport';
import { retryableLazy } from '../ui/retryableLazy';
import { useResolvedTheme } from '../state/theme';
import { closeSettings, useShortcuts } from './useShortcuts';
import { useUrlSync } from './useUrlSync';
import { PRESETS } from '../state/presets';
import { presetOf } from '../state/presetMatch';
import { EMBED_DRIFT_HIDES } from '../panels/export/embedParts';
import { t, useLocale, withLaterMessages } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/catalogue';
import { LanguageSwitcher } from './LanguageSwitcher';
import './styles.css';
import '../panels/export/embed.css';

// The charts (and Recharts, most of the code) arrive in a file of their own, requested at start.
// The drift chart mounts first; the other charts, the formulas and the deeper lessons wait until
// it is drawn, so they do not compete with it for the main thread.
// Panels in a PanelBoundary load with retryableLazy, so its Try again fetches failed code anew.
const later = () => afterFirstChart.then(loadFigures);
const DriftPanel = retryableLazy(() => loadFigures().then((m) => ({ default: m.DriftPanel })));
const LossPanel = retryableLazy(() => later().then((m) => ({ default: m.LossPanel })));
const DataPanel = retryableLazy(() => later().then((m) => ({ default: m.DataPanel })));
const SweepPanel = retryableLazy(() => later().then((m) => ({ default: m.SweepPanel })));
const explanation = retryableImport(
  withLaterMessages(() => import('../panels/explain/Explanation')),
);
const Explanation = retryableLazy(() => afterFirstChart.then(explanation));
const lessons = retryableImport(
  withLaterMessages(() => import('../panels/lessons/LessonsSection')),
);
const LessonsSection = retryableLazy(() => afterFirstChart.then(lessons));
const stream = retryableImport(withLaterMessages(() => import('../panels/stream/StreamSection')));
// What opens only when asked (the tour, predict first, the shortcuts list, the lecture builder)
// stays out of the start-up and is fetched once the first chart is drawn, so it opens at once
// later, a hall's dropped connection or not.
const shortcutsList = withLaterMessages(() => import('../panels/lecture/ShortcutsOverlay'));
const ShortcutsOverlay = lazy(() => shortcutsList().then((m) => ({ default: m.ShortcutsOverlay })));
const builderCode = withLaterMessages(() => import('../panels/lecture/LectureBuilder'));
const tourCode = withLaterMessages(() => import('../panels/lecture/TourPanel'));
const TourPanel = lazy(() => tourCode().then((m) => ({ default: m.TourPanel })));
const predictCode = withLaterMessages(() => import('../panels/lecture/PredictPanel'));
const PredictPanel = lazy(() => predictCode().then((m) => ({ default: m.PredictPanel })));
void afterFirstChart
  .then(() => Promise.all([shortcutsList(), builderCode(), tourCode(), predictCode()]))
  .catch(() => {});
const StreamSection = retryableLazy(() =>
  afterFirstChart.then(stream).then((m) => ({ default: m.StreamSection })),
);
// On stage it is the first chart: it does not wait for the drift chart it replaces.
const StreamStage = retryableLazy(() => stream().then((m) => ({ default: m.StreamStage })));

const drawerSelector = (st: AppState) => st.drawerOpen;
const tourStepSelector = (st: AppState) => st.tourStep;
const shortcutsSelector = (st: AppState) => st.shortcutsOpen;
const tourAnswerSelector = (st: AppState) => st.tourAnswer;
const themeChoiceSelector = (st: AppState) => st.theme;
const streamStagedSelector = (st: AppState) => st.streamStaged;
const streamCalledSelector = (st: AppState) => st.streamCalls > 0;
const streamPresetSelector = (st: AppState) =>
  presetOf(st.scenario, st.stream)?.preset.focus === 'stream';

const SIDE_CHARTS = {
  losses: { boundary: 'app.part.losses', title: 'app.chart.losses' },
  data: { boundary: 'app.part.data', title: 'app.chart.data' },
  sweep: { boundary: 'app.part.sweep', title: 'app.chart.sweep' },
} as const satisfies Record<string, { boundary: MessageKey; title: MessageKey }>;

// What stands in for a part below the first screen until it is near (see WhenNear): the same
// words as while its code arrives, in a box about its size, so the page's length barely changes.
const FormulasLoading = () => (
  <p className="explain loading-formulas">{t('app.loading.formulas')}</p>
);
const LessonsLoading = () => <p className="explain loading-lessons">{t('app.loading.lessons')}</p>;
const StreamLoading = () => (
  <p className="explain loading-stream" id="stream-section">
    {t('app.loading.stream')}
  </p>
);

/** One of the charts under the drift chart, built once it is near the screen. */
function SideChart({ chart, children }: { chart: keyof typeof SIDE_CHARTS; children: ReactNode }) {
  const { boundary, title } = SIDE_CHARTS[chart];
  const loading = <ChartLoading id={chart} title={t(title)} className="side-chart-loading" />;
  return (
    <PanelBoundary name={t(boundary)}>
      <WhenNear placeholder={loading}>{children}</WhenNear>
    </PanelBoundary>
  );
}

function ThemeToggle() {
  const resolved = useResolvedTheme();
  const choice = useAppStore(themeChoiceSelector);
  const next = resolved === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="ghost theme-toggle"
      onClick={() => useAppStore.getState().setTheme(next)}
      aria-label={t(next === 'dark' ? 'app.theme.toDark' : 'app.theme.toLight')}
      title={choice === 'system' ? t('app.theme.system') : undefined}
    >
      {resolved === 'dark' ? t('app.theme.light') : t('app.theme.dark')}
    </button>
  );
}

/**
 * The page in the language on show. A new language rebuilds it from the store, which holds every
 * choice, so memoised charts and captions are all made again with the new words and numbers.
 */
export function App() {
  return <Page key={useLocale()} />;
}

function Page() {
  usePlaybackLoop();
  useUrlSync();
  useShortcuts();
  const theme = useResolvedTheme();
  const drawerOpen = useAppStore(drawerSelector);
  const view = useView();
  const hidden = useIsHidden();
  const predicting = useQuestionOpen();
  // Presenter mode shows the drift chart only, so a tour step that points at another chart brings
  // that chart beside it once the answer is out.
  const tourStep = useAppStore(tourStepSelector);
  const shortcutsOpen = useAppStore(shortcutsSelector);
  const tourAnswer = useAppStore(tourAnswerSelector);
  const tourFocus = tourStep === null || !tourAnswer ? null : (PRESETS[tourStep]?.focus ?? null);
  // The stream's chart takes the stage for a stream preset, loaded or in the tour (its question is
  // about the chart itself, so it is shown before the answer too), and while the stream is what was
  // last worked on, so pressing "Match the filter" on stage keeps the stream there.
  const streamPreset = useAppStore(streamPresetSelector);
  const tourStream = tourStep !== null && PRESETS[tourStep]?.focus === 'stream';
  const streamStaged = useAppStore(streamStagedSelector);
  const streamCalled = useAppStore(streamCalledSelector);
  // A tour step about the stream shows its chart under the question in the page's layout too,
  // rather than the drift chart it is not about.
  const stage =
    !hidden('stream') &&
    (tourStream || (view.presenter && tourStep === null && (streamPreset || streamStaged)));
  const side =
    view.presenter &&
    !stage &&
    tourFocus &&
    tourFocus !== 'drift' &&
    tourFocus !== 'stream' &&
    !hidden(tourFocus)
      ? tourFocus
      : null;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  // The tab's title and the description a link preview shows, in the page's language.
  useEffect(() => {
    document.title = t('app.title');
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', t('app.description'));
  }, []);

  const classes = ['app'];
  if (drawerOpen) classes.push('drawer-open');
  if (view.presenter) classes.push('presenter');
  if (view.embed) classes.push('embed');
  // An embed of the drift chart alone fits its frame (see embed.css).
  if (view.embed && EMBED_DRIFT_HIDES.every(hidden)) classes.push('embed-drift');
  const page = (
    <div className={classes.join(' ')}>
      <header className="app-header">
        <div className="title">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
          {view.presenter || view.embed ? null : (
            <nav className="page-nav" aria-label={t('app.nav.label')}>
              <a href="#drift">{t('app.nav.drift')}</a>
              {hidden('stream') ? null : (
                <a
                  href="#stream-section"
                  onClick={(e) => {
                    // The section may still be loading: it scrolls itself into view once drawn.
                    e.preventDefault();
                    useAppStore.getState().callStream();
                    // The keyboard goes with the eyes: the next Tab is inside the section.
                    focusWhenShown('stream-section-title');
                  }}
                >
                  {t('app.nav.stream')}
                </a>
              )}
            </nav>
          )}
        </div>
        <div className="header-tools">
          <Toolbar />
          <button
            type="button"
            className="drawer-toggle"
            aria-expanded={drawerOpen}
            aria-controls="controls"
            onClick={() =>
              drawerOpen ? closeSettings() : useAppStore.getState().setDrawerOpen(true)
            }
          >
            {drawerOpen ? t('app.settings.close') : t('app.settings.open')}
            <span className="drawer-toggle-mark" aria-hidden="true">
              {drawerOpen ? '▾' : '▴'}
            </span>
          </button>
          {view.presenter ? (
            <>
              <button type="button" aria-pressed={view.predict} onClick={togglePredictAndFocus}>
                {t('app.predictFirst')}
              </button>
              <button type="button" className="leave-presenter" onClick={togglePresenterMode}>
                {t('app.leavePresenter')}
              </button>
            </>
          ) : null}
          <LanguageSwitcher />
          <ThemeToggle />
        </div>
      </header>
      <aside id="controls" className="sidebar" aria-label={t('app.settings.label')}>
        <PanelBoundary name={t('app.part.settings')}>
          <ControlsPanel />
        </PanelBoundary>
      </aside>
      <DisplayedScenario className="main">
        <NoticeBar />
        {view.presenter || view.embed ? null : <StartHere />}
        {tourStep === null ? null : (
          <Suspense fallback={null}>
            <TourPanel />
          </Suspense>
        )}
        <PresetBanner />
        {view.predict ? (
          <Suspense fallback={null}>
            <PredictPanel />
          </Suspense>
        ) : null}
        {hidden('readout') || stage ? null : (
          <PanelBoundary name={t('app.part.readout')}>
            <Readout />
          </PanelBoundary>
        )}
        {/* Playback rides along with the drift chart it drives: on a phone it sticks to the top
            while the chart scrolls under it, so play, scrub and the chart are on screen together. */}
        <div className="drift-stack">
          {hidden('playback') || stage ? null : <PlaybackBar />}
          {/* The tour's chart takes the drift chart's place (side by side neither would be big
              enough to read), and the drift chart is not drawn behind it. */}
          {stage ? (
            <PanelBoundary name={t('app.part.streamChart')}>
              <Suspense fallback={<ChartLoading id="stream" title={t('app.chart.stream')} />}>
                <StreamStage big={view.presenter} />
              </Suspense>
            </PanelBoundary>
          ) : null}
          {hidden('drift') || side || stage ? null : (
            <PanelBoundary name={t('app.part.drift')}>
              <Suspense
                fallback={
                  <ChartLoading id="drift" title={t('app.chart.drift')} className="chart-drift" />
                }
              >
                <DriftPanel big={view.presenter} />
              </Suspense>
            </PanelBoundary>
          )}
          {side ? (
            <PanelBoundary name={t(SIDE_CHARTS[side].boundary)}>
              <Suspense fallback={<ChartLoading id={side} title={t(SIDE_CHARTS[side].title)} />}>
                {side === 'losses' ? (
                  <LossPanel />
                ) : side === 'data' ? (
                  <DataPanel />
                ) : (
                  <SweepPanel />
                )}
              </Suspense>
            </PanelBoundary>
          ) : null}
        </div>
        {/* Not rendered at all in presenter mode, so playback redraws only what is on screen. */}
        {view.presenter ? null : (
          <div className="chart-grid secondary" hidden={predicting}>
            {hidden('losses') ? null : (
              <SideChart chart="losses">
                <LossPanel />
              </SideChart>
            )}
            {hidden('data') ? null : (
              <SideChart chart="data">
                <DataPanel />
              </SideChart>
            )}
            {hidden('sweep') ? null : (
              <SideChart chart="sweep">
                <SweepPanel />
              </SideChart>
            )}
            {hidden('explain') ? null : (
              <PanelBoundary name={t('app.part.explain')}>
                <WhenNear placeholder={<FormulasLoading />}>
                  <Explanation />
                </WhenNear>
              </PanelBoundary>
            )}
          </div>
        )}
        {hidden('lessons') || predicting || view.presenter ? null : (
          <PanelBoundary name={t('app.part.lessons')}>
            <WhenNear placeholder={<LessonsLoading />}>
              <LessonsSection />
            </WhenNear>
          </PanelBoundary>
        )}
        {hidden('stream') || predicting || view.presenter || stage ? null : (
          <PanelBoundary name={t('app.part.stream')}>
            <WhenNear placeholder={<StreamLoading />} force={streamCalled}>
              <StreamSection />
            </WhenNear>
          </PanelBoundary>
        )}
      </DisplayedScenario>
      {shortcutsOpen ? (
        <Suspense fallback={null}>
          <ShortcutsOverlay />
        </Suspense>
      ) : null}
    </div>
  );
  // The panels below the drift chart take their turns to catch up through one queue for the page.
  return <CatchUpTurns>{page}</CatchUpTurns>;
}
