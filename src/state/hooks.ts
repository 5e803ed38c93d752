/** React hooks that read the store and the derived values; selectors live at module level. */
import { useDeferredValue } from 'react';
import { selectIdeals } from './derived';
import type { IdealsDerived } from './derived';
import type { Scenario } from './scenario';
import type { HideableId, View } from './view';
import { useAppStore } from './store';
import type { AppState } from './store';

const scenarioSelector = (st: AppState) => st.scenario;
const playheadSelector = (st: AppState) => st.playhead;
const setScenarioSelector = (st: AppState) => st.setScenario;

export function useScenario(): Scenario {
  return useAppStore(scenarioSelector);
}

export function usePlayhead(): number {
  return useAppStore(playheadSelector);
}

export function useSetScenario(): AppState['setScenario'] {
  return useAppStore(setScenarioSelector);
}

// The select* functions memoise on exactly the settings they read, so calling them on every
// render is cheap and returns the same object until an input moves.
export function useIdeals(): IdealsDerived {
  return selectIdeals(useScenario());
}

const questionSelector = (st: AppState) =>
  (st.tourStep !== null && !st.tourAnswer) || (st.view.predict && !st.revealed);

/**
 * Whether a question is open (a tour step before its answer, or predict mode before reveal): the
 * ideal, θ's fine-tuning path, where it ends and every number that gives the answer away stay hidden.
 */
export function useQuestionOpen(): boolean {
  return useAppStore(questionSelector);
}

/**
 * The step the page shows: the playhead, but while a question is open no later than the end of
 * pre-training (`preSteps`), where θ's drawn path stops. The readout, the playback bar and the
 * drift chart's rule all read it, so none names or marks a step the others hide.
 */
export function useShownStep(preSteps: number): number {
  const playhead = usePlayhead();
  return useQuestionOpen() ? Math.min(playhead, preSteps) : playhead;
}

const hiddenSelector = (st: AppState) => st.view.hidden;
const viewSelector = (st: AppState) => st.view;

/** Whether the instructor hid a part of the page (lecture builder). */
export function useIsHidden(): (id: HideableId) => boolean {
  const hidden = useAppStore(hiddenSelector);
  return (id) => hidden.includes(id);
}

export function useView(): View {
  return useAppStore(viewSelector);
}

/** The playhead for panels below the headline, which may trail playback by a background render. */
export function useDeferredPlayhead(): number {
  return useDeferredValue(usePlayhead());
}
