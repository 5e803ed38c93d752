/** How the scenario is shown, as opposed to what it is: labels, units, presenter mode, hidden parts. */
import type { LengthUnit } from '../core/index';

/** Parts of the page an instructor can hide for a lecture; the ids travel in links as `hide=`. */
export const HIDEABLE = [
  { id: 'old', label: 'Old data settings' },
  { id: 'new', label: 'New data settings' },
  { id: 'start', label: 'Start and seed' },
  { id: 'training', label: 'Training settings' },
  { id: 'strategy', label: 'Strategy choice and knobs' },
  { id: 'goal', label: 'Whom θ is for' },
  { id: 'tau', label: 'Similarity τ' },
  { id: 'readout', label: 'Live readout' },
  { id: 'playback', label: 'Playback bar' },
  { id: 'drift', label: 'Drift chart' },
  { id: 'losses', label: 'Loss chart' },
  { id: 'data', label: 'Data chart' },
  { id: 'sweep', label: 'Size sweep chart' },
  { id: 'explain', label: 'Formulas' },
  { id: 'lessons', label: 'Deeper lessons (comparison, resampling, τ, trade-off, validation)' },
  { id: 'stream', label: 'Data that keeps arriving (the stream of rounds)' },
] as const;

export type HideableId = (typeof HIDEABLE)[number]['id'];

export interface View {
  presenter: boolean;
  hidden: HideableId[];
  oldLabel: string;
  newLabel: string;
  units: LengthUnit;
  /** Predict-then-reveal: the ideal and readout stay hidden until a guess is placed. */
  predict: boolean;
  /** Embedded in another page: no header, no settings. */
  embed: boolean;
}

export const DEFAULT_VIEW: Readonly<View> = Object.freeze({
  presenter: false,
  hidden: [],
  oldLabel: 'Old data',
  newLabel: 'New data',
  units: 'cm',
  predict: false,
  embed: false,
});

export const LABEL_MAX = 40;
