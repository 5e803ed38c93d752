/**
 * The one store: the user's choices (the scenario) and how they are looking at it (playhead,
 * playback, theme). Nothing derived lives here; see derived.ts.
 */
import { create } from 'zustand';
import { DEFAULT_SCENARIO } from './scenario';
import type { Scenario } from './scenario';
import { DEFAULT_VIEW } from './view';
import type { HideableId, View } from './view';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Playback speeds in steps per second; Infinity jumps straight to the end. */
export const SPEEDS = [10, 30, 100, 300, 1000, Infinity] as const;
export type Speed = (typeof SPEEDS)[number];

export interface ScenarioSlice {
  scenario: Scenario;
  /** Merge settings into the scenario; the playhead keeps its place (or stays at the end). */
  setScenario: (patch: Partial<Scenario>) => void;
  resetScenario: () => void;
}

export interface PlaybackSlice {
  /** Step shown on the charts, 0 … total steps. */
  playhead: number;
  playing: boolean;
  speed: Speed;
  setPlayhead: (step: number) => void;
  stepBy: (delta: number) => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  rewind: () => void;
  setSpeed: (speed: Speed) => void;
}

export interface UiSlice {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
  /** Controls drawer on narrow screens. */
  drawerOpen: boolean;
  setDrawerOpen: (open: boolean) => void;
}

/** A run kept on the charts for comparison: its θ path (thinned), a name, and the settings it ran with. */
export interface Pin {
  id: number;
  name: string;
  /** What the link carries to draw the pin again. */
  scenario: Scenario;
  steps: number[];
  theta: number[];
  lossOld: number[];
  lossNew: number[];
}

export const MAX_PINS = 3;

export interface LectureSlice {
  view: View;
  setView: (patch: Partial<View>) => void;
  togglePresenter: () => void;
  toggleHidden: (id: HideableId) => void;
  /** A message for the user about something that went wrong and was handled (a bad link, say). */
  notice: string | null;
  setNotice: (notice: string | null) => void;
  /** Loads a whole scenario (a preset, a link, a file); the playhead goes to `playhead` or the end. */
  loadScenario: (scenario: Scenario, playhead?: number | null) => void;
  pins: Pin[];
  pin: (pin: Omit<Pin, 'id'>) => void;
  unpin: (id: number) => void;
  /** Predict-then-reveal: the student's guess in cm, and whether the answer is shown. */
  guess: number | null;
  revealed: boolean;
  setGuess: (guess: number | null) => void;
  reveal: () => void;
  /** Guided tour position, or null when no tour is running. */
  tourStep: number | null;
  /** The user's own scenario and playhead from before the tour, given back when it ends. */
  beforeTour: { scenario: Scenario; playhead: number } | null;
  setBeforeTour: (saved: { scenario: Scenario; playhead: number } | null) => void;
  setTourStep: (step: number | null) => void;
  /** Whether the current tour step's answer is shown. */
  tourAnswer: boolean;
  setTourAnswer: (shown: boolean) => void;
  shortcutsOpen: boolean;
  setShortcutsOpen: (open: boolean) => void;
}

/** What the user imported in place of a generated dataset (the heights live in derived.ts). */
export interface ImportInfo {
  name: string;
  n: number;
  mean: number;
  std: number;
}

export interface ImportSlice {
  imported: { old: ImportInfo | null; new: ImportInfo | null };
  setImportInfo: (which: 'old' | 'new', info: ImportInfo | null) => void;
}

export type AppState = ScenarioSlice & PlaybackSlice & UiSlice & LectureSlice & ImportSlice;

let pinCounter = 0;

/** Steps in the whole run as the sliders set it (pre-training + fine-tuning). */
export function totalSteps(s: Readonly<Scenario>): number {
  return s.preSteps + s.ftSteps;
}

function clampStep(step: number, s: Readonly<Scenario>): number {
  return Math.max(0, Math.min(totalSteps(s), Math.round(step)));
}

export const useAppStore = create<AppState>()((set, get) => ({
  scenario: { ...DEFAULT_SCENARIO },
  setScenario: (patch) =>
    set((st) => {
      const next = { ...st.scenario, ...patch };
      const wasAtEnd = st.playhead >= totalSteps(st.scenario);
      return {
        scenario: next,
        playhead: wasAtEnd ? totalSteps(next) : clampStep(st.playhead, next),
      };
    }),
  resetScenario: () =>
    set({
      scenario: { ...DEFAULT_SCENARIO },
      playhead: totalSteps(DEFAULT_SCENARIO),
      playing: false,
    }),

  playhead: totalSteps(DEFAULT_SCENARIO),
  playing: false,
  speed: 100,
  setPlayhead: (step) => set((st) => ({ playhead: clampStep(step, st.scenario) })),
  stepBy: (delta) =>
    set((st) => ({ playhead: clampStep(st.playhead + delta, st.scenario), playing: false })),
  play: () => {
    const st = get();
    const end = totalSteps(st.scenario);
    if (st.speed === Infinity) {
      set({ playhead: end, playing: false });
      return;
    }
    // Pressing play at the end replays the run from the start.
    set({ playing: true, playhead: st.playhead >= end ? 0 : st.playhead });
  },
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  rewind: () => set({ playhead: 0, playing: false }),
  setSpeed: (speed) => set({ speed }),

  theme: 'system',
  setTheme: (theme) => set({ theme }),
  drawerOpen: false,
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),

  view: { ...DEFAULT_VIEW, hidden: [] },
  setView: (patch) => set((st) => ({ view: { ...st.view, ...patch } })),
  togglePresenter: () => set((st) => ({ view: { ...st.view, presenter: !st.view.presenter } })),
  toggleHidden: (id) =>
    set((st) => {
      const hidden = st.view.hidden.includes(id)
        ? st.view.hidden.filter((h) => h !== id)
        : [...st.view.hidden, id];
      return { view: { ...st.view, hidden } };
    }),
  notice: null,
  setNotice: (notice) => set({ notice }),
  loadScenario: (scenario, playhead = null) =>
    set({
      scenario: { ...scenario },
      playhead: playhead === null ? totalSteps(scenario) : clampStep(playhead, scenario),
      playing: false,
      guess: null,
      revealed: false,
    }),
  pins: [],
  pin: (pin) =>
    set((st) => ({ pins: [...st.pins, { ...pin, id: ++pinCounter }].slice(-MAX_PINS) })),
  unpin: (id) => set((st) => ({ pins: st.pins.filter((p) => p.id !== id) })),
  guess: null,
  revealed: false,
  setGuess: (guess) => set({ guess }),
  reveal: () => set({ revealed: true }),
  tourStep: null,
  setTourStep: (tourStep) => set({ tourStep, tourAnswer: false }),
  beforeTour: null,
  setBeforeTour: (beforeTour) => set({ beforeTour }),
  tourAnswer: false,
  setTourAnswer: (tourAnswer) => set({ tourAnswer }),
  shortcutsOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),

  imported: { old: null, new: null },
  setImportInfo: (which, info) => set((st) => ({ imported: { ...st.imported, [which]: info } })),
}));
