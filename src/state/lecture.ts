/** Lecture actions shared by buttons and keyboard shortcuts: presets, the tour, phase jumps, presenter mode. */
import { t } from '../i18n/catalogue';
import { presetScenario, presetStream } from './applyPreset';
import { PRESETS } from './presets';
import { totalSteps, useAppStore } from './store';

/** Loads a preset, which brings its own data: imported heights are set aside (the tour gives them back). */
export function loadPreset(index: number): void {
  const p = PRESETS[index];
  if (!p) return;
  const st = useAppStore.getState();
  st.loadScenario(presetScenario(p));
  st.loadStream(presetStream(p));
  // A preset about the stream is read on the stream's panel, wherever the page was.
  if (p.focus === 'stream') st.callStream();
  const after = useAppStore.getState().imported;
  const setAside = (st.imported.old && !after.old) || (st.imported.new && !after.new);
  if (setAside && st.tourStep === null) {
    st.setNotice(() => t('state.preset.ownData', { preset: t(p.name) }));
  }
}

/**
 * Moves the guided tour by `delta` steps (starting it if it is not running) and loads that step's
 * preset. Starting keeps the user's own settings aside, so ending the tour can give them back.
 */
export function tourMove(delta: number): void {
  const st = useAppStore.getState();
  if (st.tourStep === null)
    st.setBeforeTour({
      scenario: st.scenario,
      stream: st.stream,
      imported: st.imported,
      playhead: st.playhead,
    });
  const next =
    st.tourStep === null ? 0 : Math.max(0, Math.min(PRESETS.length - 1, st.tourStep + delta));
  // Past either end the step stays as it is, its answer too: reloading it would hide the answer.
  if (next === st.tourStep && delta !== 0) return;
  st.setTourStep(next);
  loadPreset(next);
}

/** Predict first on or off; either way the guess starts afresh and the answer is hidden again. */
export function togglePredict(): void {
  const st = useAppStore.getState();
  st.setView({ predict: !st.view.predict });
  st.setGuess(null);
  useAppStore.setState({ revealed: false });
}

/**
 * A preset chosen by its key or from the menu. During the tour the steps are the presets in order,
 * so choosing one moves the tour to that step: loading it under the tour would leave the step's
 * question and answer describing other settings.
 */
export function choosePreset(index: number): void {
  const step = useAppStore.getState().tourStep;
  if (step !== null) tourMove(index - step);
  else loadPreset(index);
}

/** Ends the tour and puts back the settings the user had before it started. */
export function tourEnd(): void {
  const st = useAppStore.getState();
  if (st.tourStep === null) return;
  st.setTourStep(null);
  const saved = st.beforeTour;
  if (!saved) return;
  st.setBeforeTour(null);
  st.loadScenario(saved.scenario, saved.playhead, saved.imported);
  st.loadStream(saved.stream);
  st.setNotice(() => t('state.tour.over'));
}

/** Shift+→ / Shift+←: to the phase boundary, then to the end (or the start). */
export function jumpPhase(direction: 1 | -1): void {
  const st = useAppStore.getState();
  const boundary = st.scenario.preSteps;
  const end = totalSteps(st.scenario);
  const at = st.playhead;
  const to = direction > 0 ? (at < boundary ? boundary : end) : at > boundary ? boundary : 0;
  st.pause();
  st.setPlayhead(to);
}

/** Presenter mode on or off; the page also asks for full screen, which a browser may refuse. */
export function togglePresenterMode(): void {
  const st = useAppStore.getState();
  const on = !st.view.presenter;
  st.togglePresenter();
  if (typeof document === 'undefined') return;
  try {
    if (on && !document.fullscreenElement)
      void document.documentElement.requestFullscreen?.().catch(() => {});
    if (!on && document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
  } catch {
    // Full screen is a nicety; presenter mode works without it.
  }
}
