/**
 * The one store: the user's choices (the scenario and any heights they imported) and how they are
 * looking at it (playhead, playback, theme). Nothing derived lives here; see derived.ts.
 */
import { create } from 'zustand';
import type { NormalBank } from '../core/index';
import type { RealGroup } from '../data/realGroups';
import { DEFAULT_SCENARIO } from './scenario';
import type { DataSource, Scenario } from './scenario';
import { DEFAULT_STREAM } from './streamSettings';
import type { StreamSettings } from './streamSettings';
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

/** A notice's text in the language on show, e.g. `() => t('state.tour.over')`. */
export type Notice = () => string;

export interface LectureSlice {
  view: View;
  setView: (patch: Partial<View>) => void;
  togglePresenter: () => void;
  toggleHidden: (id: HideableId) => void;
  /**
   * A message for the user about something that went wrong and was handled (a bad link, say). It
   * is held as the way to word it, not the words, so a change of language rewords it too.
   */
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  /**
   * Loads a whole scenario (a preset, a link, a file, the settings from before the tour); the
   * playhead goes to `playhead` or the end. A whole scenario brings its own data: of `imported`
   * (the heights in use unless given), only those whose size, mean and spread it holds stay.
   */
  loadScenario: (scenario: Scenario, playhead?: number | null, imported?: Imported) => void;
  pins: Pin[];
  /** How many runs have been pinned so far, so each pin gets an id of its own. */
  pinsMade: number;
  pin: (pin: Omit<Pin, 'id'>) => void;
  unpin: (id: number) => void;
  /** Predict-then-reveal: the student's guess in cm, and whether the answer is shown. */
  guess: number | null;
  revealed: boolean;
  setGuess: (guess: number | null) => void;
  reveal: () => void;
  /** Guided tour position, or null when no tour is running. */
  tourStep: number | null;
  /** The user's own scenario, imported heights and playhead from before the tour, given back when it ends. */
  beforeTour: SavedSettings | null;
  setBeforeTour: (saved: SavedSettings | null) => void;
  setTourStep: (step: number | null) => void;
  /** Whether the current tour step's answer is shown. */
  tourAnswer: boolean;
  setTourAnswer: (shown: boolean) => void;
  shortcutsOpen: boolean;
  setShortcutsOpen: (open: boolean) => void;
}

/** Heights the user imported in place of a generated dataset. */
export interface ImportedHeights {
  name: string;
  /** The heights as given, in cm: kept so the browser can store them as they came. */
  heights: Float64Array;
  /** For a frequency table, how many people each of `heights` stands for. */
  weights?: Float64Array;
  /** The same heights as standard scores in a fixed shuffled order: the dataset is drawn from these. */
  bank: NormalBank;
  /** Their number, mean and spread: the dataset's size, mean and spread while they are in use. */
  n: number;
  mean: number;
  std: number;
}

export type DatasetName = 'old' | 'new';

export interface Imported {
  readonly old: ImportedHeights | null;
  readonly new: ImportedHeights | null;
}

export const NO_IMPORTS: Imported = Object.freeze({ old: null, new: null });

export interface SavedSettings {
  scenario: Scenario;
  stream: StreamSettings;
  imported: Imported;
  playhead: number;
}

/** One of Galton's groups, in cm: all its heights, their number, mean and spread (÷ n). */
export interface RealGroupData {
  heights: Float64Array;
  n: number;
  mean: number;
  std: number;
}

export type RealData = Readonly<Record<RealGroup, RealGroupData>>;

export interface RealDataSlice {
  /** Galton's groups once their table has loaded (it loads when a real group is first chosen). */
  realData: RealData | null;
  setRealData: (data: RealData) => void;
}

export interface ImportSlice {
  /** The heights in use in place of each generated dataset; null where the generator draws it. */
  imported: Imported;
  /** Puts heights in place of a dataset, whose size, mean and spread become theirs; null gives it back to the generator. */
  setImport: (which: DatasetName, heights: ImportedHeights | null) => void;
}

/** The settings of a dataset that imported heights fix. */
function importPatch(which: DatasetName, h: Readonly<ImportedHeights>): Partial<Scenario> {
  return which === 'old'
    ? { oldSize: h.n, oldMean: h.mean, oldStd: h.std }
    : { newSize: h.n, newMean: h.mean, newStd: h.std };
}

/** The scenario with each imported dataset's size, mean and spread set to the heights'. */
function withImports(s: Readonly<Scenario>, imported: Imported): Scenario {
  return {
    ...s,
    ...(imported.old ? importPatch('old', imported.old) : {}),
    ...(imported.new ? importPatch('new', imported.new) : {}),
  };
}

/**
 * The scenario with each real dataset's mean and spread set to its group's, and its size held to
 * the group's count: a subsample without replacement cannot hold more people than were measured.
 * Until the table has loaded the scenario is left as it is.
 */
export function withRealData(s: Readonly<Scenario>, real: RealData | null): Scenario {
  if (!real) return s as Scenario;
  const out = { ...s };
  const group = (src: DataSource) => (src === 'normal' ? null : real[src]);
  const o = group(s.oldSource);
  if (o) Object.assign(out, { oldMean: o.mean, oldStd: o.std, oldSize: Math.min(s.oldSize, o.n) });
  const n = group(s.newSource);
  if (n) Object.assign(out, { newMean: n.mean, newStd: n.std, newSize: Math.min(s.newSize, n.n) });
  return out;
}

/** Imports stand in only for generated datasets: a real group chosen for a dataset sets its import aside. */
function importsBesideReal(s: Readonly<Scenario>, imported: Imported): Imported {
  const old = s.oldSource === 'normal' ? imported.old : null;
  const neu = s.newSource === 'normal' ? imported.new : null;
  return old === imported.old && neu === imported.new ? imported : { old, new: neu };
}

/**
 * The imports that are the data of `s`: those whose size, mean and spread `s` holds. The store keeps
 * its scenario so, and a scenario from elsewhere (a preset, a link) gets generated data.
 */
export function importsOf(s: Readonly<Scenario>, imported: Imported): Imported {
  const fits = (which: DatasetName) => {
    const h = imported[which];
    if ((which === 'old' ? s.oldSource : s.newSource) !== 'normal') return null;
    if (!h) return null;
    const patch = importPatch(which, h);
    const keys = Object.keys(patch) as (keyof Scenario)[];
    return keys.every((k) => Object.is(s[k], patch[k])) ? h : null;
  };
  const old = fits('old');
  const neu = fits('new');
  return old === imported.old && neu === imported.new ? imported : { old, new: neu };
}

export interface StreamSlice {
  /** The settings of "Data that keeps arriving"; the rounds and every learner's path follow from them. */
  stream: StreamSettings;
  /** Merge settings into the stream's. */
  setStream: (patch: Partial<StreamSettings>) => void;
  /** Puts a whole set of stream settings in place (a preset, a link, the settings from before the tour). */
  loadStream: (stream: StreamSettings) => void;
  /**
   * How many times something asked for the stream panel to be brought into view (a stream preset,
   * say): the panel scrolls to itself when this changes, since it may not be drawn when asked.
   */
  streamCalls: number;
  callStream: () => void;
  /**
   * The stream is what the page was last asked about (one of its controls, its link in the header, a
   * stream preset), so presenter mode puts its chart on stage; a change to the two phases takes the
   * stage back.
   */
  streamStaged: boolean;
}

export type AppState = ScenarioSlice &
  StreamSlice &
  PlaybackSlice &
  UiSlice &
  LectureSlice &
  ImportSlice &
  RealDataSlice;

/** Steps in the whole run as the sliders set it (pre-training + fine-tuning). */
export function totalSteps(s: Readonly<Scenario>): number {
  return s.preSteps + s.ftSteps;
}

function clampStep(step: number, s: Readonly<Scenario>): number {
  return Math.max(0, Math.min(totalSteps(s), Math.round(step)));
}

/** A new scenario with the playhead kept in its place (or at the end, if it was there). */
function movedTo(st: Readonly<AppState>, next: Scenario): Pick<AppState, 'scenario' | 'playhead'> {
  const wasAtEnd = st.playhead >= totalSteps(st.scenario);
  return { scenario: next, playhead: wasAtEnd ? totalSteps(next) : clampStep(st.playhead, next) };
}

export const useAppStore = create<AppState>()((set, get) => ({
  scenario: { ...DEFAULT_SCENARIO },
  setScenario: (patch) =>
    set((st) => {
      // A dataset's size, mean and spread stay its imported heights' (or its real group's) for as
      // long as they are in use.
      const next = { ...st.scenario, ...patch };
      const imported = importsBesideReal(next, st.imported);
      return {
        imported,
        streamStaged: false,
        ...movedTo(st, withRealData(withImports(next, imported), st.realData)),
      };
    }),
  resetScenario: () =>
    set({
      streamStaged: false,
      scenario: { ...DEFAULT_SCENARIO },
      stream: { ...DEFAULT_STREAM },
      imported: NO_IMPORTS,
      playhead: totalSteps(DEFAULT_SCENARIO),
      playing: false,
    }),

  stream: { ...DEFAULT_STREAM },
  setStream: (patch) => set((st) => ({ stream: { ...st.stream, ...patch }, streamStaged: true })),
  loadStream: (stream) => set({ stream: { ...stream } }),
  streamCalls: 0,
  callStream: () => set((st) => ({ streamCalls: st.streamCalls + 1, streamStaged: true })),
  streamStaged: false,

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
  loadScenario: (given, playhead = null, imported) =>
    set((st) => {
      const scenario = withRealData(given, st.realData);
      return {
        scenario: { ...scenario },
        streamStaged: false,
        imported: importsOf(scenario, imported ?? st.imported),
        playhead: playhead === null ? totalSteps(scenario) : clampStep(playhead, scenario),
        playing: false,
        guess: null,
        revealed: false,
      };
    }),
  pins: [],
  pinsMade: 0,
  pin: (pin) =>
    set((st) => ({
      pins: [...st.pins, { ...pin, id: st.pinsMade + 1 }].slice(-MAX_PINS),
      pinsMade: st.pinsMade + 1,
    })),
  unpin: (id) => set((st) => ({ pins: st.pins.filter((p) => p.id !== id) })),
  guess: null,
  revealed: false,
  setGuess: (guess) => set({ guess }),
  // Revealing a guess during the tour answers the step too: the guess's panel gives the ideal, so
  // the readout and the charts must not go on hiding it.
  reveal: () =>
    set((st) => ({ revealed: true, tourAnswer: st.tourAnswer || st.tourStep !== null })),
  tourStep: null,
  setTourStep: (tourStep) => set({ tourStep, tourAnswer: false }),
  beforeTour: null,
  setBeforeTour: (beforeTour) => set({ beforeTour }),
  tourAnswer: false,
  setTourAnswer: (tourAnswer) => set({ tourAnswer }),
  shortcutsOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),

  imported: NO_IMPORTS,
  setImport: (which, heights) =>
    set((st) => {
      const imported = { ...st.imported, [which]: heights };
      // Heights put in place of a dataset replace a real group there too.
      const source: Partial<Scenario> = !heights
        ? {}
        : which === 'old'
          ? { oldSource: 'normal' }
          : { newSource: 'normal' };
      // Taking the heights away leaves the size, mean and spread they had, now drawn by the generator.
      return { imported, ...movedTo(st, withImports({ ...st.scenario, ...source }, imported)) };
    }),

  realData: null,
  setRealData: (realData) =>
    set((st) => ({ realData, ...movedTo(st, withRealData(st.scenario, realData)) })),
}));
