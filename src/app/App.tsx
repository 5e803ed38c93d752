/** The page: header, controls (a drawer on phones), the readout and playback, and the charts. */
import { Suspense, lazy, useEffect } from 'react';
import { ControlsPanel } from '../panels/controls/ControlsPanel';
import { DataPanel } from '../panels/figures/DataPanel';
import { DriftPanel } from '../panels/figures/DriftPanel';
import { LossPanel } from '../panels/figures/LossPanel';
import { SweepPanel } from '../panels/figures/SweepPanel';
import { PlaybackBar } from '../panels/playback/PlaybackBar';
import { usePlaybackLoop } from '../panels/playback/usePlaybackLoop';
import { Readout } from '../panels/readout/Readout';
import { useAppStore } from '../state/store';
import type { AppState } from '../state/store';
import { PanelBoundary } from './PanelBoundary';
import { useResolvedTheme } from './theme';
import './styles.css';

const Explanation = lazy(() => import('../panels/explain/Explanation'));

const drawerSelector = (st: AppState) => st.drawerOpen;
const themeChoiceSelector = (st: AppState) => st.theme;

function ThemeToggle() {
  const resolved = useResolvedTheme();
  const choice = useAppStore(themeChoiceSelector);
  const next = resolved === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="ghost"
      onClick={() => useAppStore.getState().setTheme(next)}
      aria-label={`Switch to ${next} theme`}
      title={choice === 'system' ? 'Following the system theme' : undefined}
    >
      {resolved === 'dark' ? '☀ Light' : '☾ Dark'}
    </button>
  );
}

export function App() {
  usePlaybackLoop();
  const theme = useResolvedTheme();
  const drawerOpen = useAppStore(drawerSelector);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className={`app ${drawerOpen ? 'drawer-open' : ''}`}>
      <header className="app-header">
        <div>
          <h1>Fine-Tuning Playground</h1>
          <p className="tagline">
            Pre-train a one-number height model on old data, fine-tune it on new data, and see how
            far it should move.
          </p>
        </div>
        <div className="header-tools">
          <button
            type="button"
            className="drawer-toggle"
            aria-expanded={drawerOpen}
            aria-controls="controls"
            onClick={() => useAppStore.getState().setDrawerOpen(!drawerOpen)}
          >
            {drawerOpen ? 'Close settings' : 'Settings'}
          </button>
          <ThemeToggle />
        </div>
      </header>
      <aside id="controls" className="sidebar" aria-label="Settings">
        <PanelBoundary name="settings">
          <ControlsPanel />
        </PanelBoundary>
      </aside>
      <main className="main">
        <PanelBoundary name="readout">
          <Readout />
        </PanelBoundary>
        <PlaybackBar />
        <PanelBoundary name="drift chart">
          <DriftPanel />
        </PanelBoundary>
        <div className="chart-grid">
          <PanelBoundary name="loss chart">
            <LossPanel />
          </PanelBoundary>
          <PanelBoundary name="data chart">
            <DataPanel />
          </PanelBoundary>
          <PanelBoundary name="size sweep">
            <SweepPanel />
          </PanelBoundary>
          <PanelBoundary name="explanation">
            <Suspense fallback={<p className="explain">Loading the formulas…</p>}>
              <Explanation />
            </Suspense>
          </PanelBoundary>
        </div>
      </main>
    </div>
  );
}
