/** How the scenario is shown, as opposed to what it is: labels, units, presenter mode, hidden parts. */
import type { LengthUnit } from '../core/index';
import type { MessageKey } from '../i18n/catalogue';
import { datasetInSentence, datasetLabel } from '../ui/datasetName';

/**
 * Parts of the page an instructor can hide for a lecture, each with its name's message key; the ids
 * travel in links as `hide=`.
 */
export const HIDEABLE = [
  { id: 'old', label: 'view.hide.old' },
  { id: 'new', label: 'view.hide.new' },
  { id: 'start', label: 'view.hide.start' },
  { id: 'training', label: 'view.hide.training' },
  { id: 'strategy', label: 'view.hide.strategy' },
  { id: 'goal', label: 'view.hide.goal' },
  { id: 'tau', label: 'view.hide.tau' },
  { id: 'readout', label: 'view.hide.readout' },
  { id: 'playback', label: 'view.hide.playback' },
  { id: 'drift', label: 'view.hide.drift' },
  { id: 'losses', label: 'view.hide.losses' },
  { id: 'data', label: 'view.hide.data' },
  { id: 'sweep', label: 'view.hide.sweep' },
  { id: 'explain', label: 'view.hide.explain' },
  { id: 'lessons', label: 'view.hide.lessons' },
  { id: 'stream', label: 'view.hide.stream' },
] as const satisfies readonly { id: string; label: MessageKey }[];

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
  // Empty: the language's own name for each dataset (datasetName); a lecturer's name replaces it.
  oldLabel: '',
  newLabel: '',
  units: 'cm',
  predict: false,
  embed: false,
});

export const LABEL_MAX = 40;

type Names = Pick<View, 'oldLabel' | 'newLabel'>;

const own = (view: Names, which: 'old' | 'new') =>
  which === 'old' ? view.oldLabel : view.newLabel;

/** A dataset's name as a heading or legend shows it: the lecturer's own, or "Old data". */
export const datasetName = (view: Names, which: 'old' | 'new'): string =>
  datasetLabel(own(view, which), which);

/** A dataset's name inside a sentence: "old data", „alte Daten“, or the lecturer's own as typed. */
export const datasetNameInSentence = (view: Names, which: 'old' | 'new'): string =>
  datasetInSentence(own(view, which), which);
