/**
 * Prepared scenarios, each a one-line lesson, as data: settings on top of the defaults (the goal
 * always among them), an optional knob to land on the ideal, the claim the lesson makes, the chart
 * to look at, and a question with its answer for the tour. The words are messages, read in the
 * language on show when they are shown; a lesson's lengths follow the reader's unit.
 */
import type { ComparedStrategy } from '../core/index';
import { t } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/catalogue';
import { formatNumber } from '../i18n/numbers';
import { formatSig } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import type { Knob } from './landing';
import type { Scenario } from './scenario';
import type { StreamSettings } from './streamSettings';

/**
 * What a preset's lesson asserts, in a form a test can check against the page's own numbers: the
 * strategy it names as best has the least excess error for the preset's goal among those listed.
 */
export interface PresetClaim {
  best: ComparedStrategy;
  among: readonly ComparedStrategy[];
}

/** A preset's words in the language on show, with its lengths in `units`. */
export type PresetText = (units: LengthFormat) => string;

export interface Preset {
  /** Travels in links and names the preset in tests: never translated, never renamed. */
  id: string;
  /** The preset's name, for the menu, the banner and the tour. */
  name: MessageKey;
  /** The one-line lesson. */
  lesson: PresetText;
  /** Settings on top of the defaults; every preset sets its goal, so the lesson says for whom. */
  patch: Partial<Scenario> & Pick<Scenario, 'goal'>;
  /** After loading, press this knob's "land on the ideal"; the run then ends within 0.05 cm of it. */
  land?: Knob;
  claim?: PresetClaim;
  /**
   * Settings of the stream on top of its defaults: a preset about data that keeps arriving. Every
   * preset loads the whole page, so one about the stream leaves the two-phase scenario at its
   * defaults (the patch holds only the goal), and one about two phases leaves the stream at its own.
   */
  stream?: Partial<StreamSettings>;
  /** The chart that shows the lesson. */
  focus: 'drift' | 'losses' | 'data' | 'sweep' | 'stream';
  /** The tour's question, and the answer it reveals. */
  question: PresetText;
  answer: PresetText;
}

/**
 * A length the texts state in round cm: as written in cm ("0.1 cm"), and to two significant figures
 * in inches ("0.039 in"), as prose elsewhere on the page rounds converted lengths.
 */
function proseNumber(u: LengthFormat, cm: number): string {
  return u.unit === 'cm' ? formatNumber(cm) : formatSig(u.toShown(cm), 2);
}

function proseLength(u: LengthFormat, cm: number): string {
  return `${proseNumber(u, cm)} ${u.unit}`;
}

/** A squared length (a loss, a variance) the texts state in round cm². */
function proseArea(u: LengthFormat, cm2: number): string {
  return `${u.unit === 'cm' ? formatNumber(cm2) : formatSig(u.toShownArea(cm2), 2)} ${u.areaUnit}`;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'tiny-new',
    name: 'presets.tinyNew.name',
    lesson: () => t('presets.tinyNew.lesson'),
    patch: { goal: 'new', oldSize: 10_000, newSize: 10, oldMean: 170, newMean: 170, tau: 0 },
    claim: { best: 'joint', among: ['naive', 'joint'] },
    focus: 'drift',
    question: () => t('tour.tinyNew.question'),
    answer: () => t('tour.tinyNew.answer'),
  },
  {
    id: 'equal',
    name: 'presets.equal.name',
    lesson: () => t('presets.equal.lesson'),
    patch: { goal: 'everyone', oldSize: 1000, newSize: 1000 },
    claim: { best: 'joint', among: ['freeze', 'naive', 'joint'] },
    focus: 'sweep',
    question: () => t('tour.equal.question'),
    answer: () => t('tour.equal.answer'),
  },
  {
    id: 'forgetting',
    name: 'presets.forgetting.name',
    lesson: () => t('presets.forgetting.lesson'),
    patch: { goal: 'everyone', oldSize: 5000, newSize: 200, ftSteps: 800 },
    focus: 'losses',
    question: () => t('tour.forgetting.question'),
    answer: (u) => t('tour.forgetting.answer', { rise: proseArea(u, 64) }),
  },
  {
    id: 'early-stop',
    name: 'presets.earlyStop.name',
    lesson: () => t('presets.earlyStop.lesson'),
    patch: { goal: 'everyone', oldSize: 1000, newSize: 250, ftLr: 0.002, ftSteps: 1500 },
    land: 'early',
    claim: { best: 'early', among: ['naive', 'early'] },
    focus: 'drift',
    question: () => t('tour.earlyStop.question'),
    answer: () => t('tour.earlyStop.answer'),
  },
  {
    id: 'l2sp',
    name: 'presets.l2sp.name',
    lesson: () => t('presets.l2sp.lesson'),
    patch: { goal: 'everyone', oldSize: 2000, newSize: 100 },
    land: 'l2sp',
    claim: { best: 'l2sp', among: ['naive', 'l2sp'] },
    focus: 'drift',
    question: () => t('tour.l2sp.question'),
    answer: () => t('tour.l2sp.answer'),
  },
  {
    id: 'replay',
    name: 'presets.replay.name',
    lesson: () => t('presets.replay.lesson'),
    patch: { goal: 'everyone', oldSize: 3000, newSize: 1000 },
    land: 'replay',
    claim: { best: 'replay', among: ['naive', 'freeze', 'replay'] },
    focus: 'drift',
    question: () => t('tour.replay.question'),
    answer: () => t('tour.replay.answer'),
  },
  {
    id: 'oscillation',
    name: 'presets.oscillation.name',
    lesson: () => t('presets.oscillation.lesson'),
    patch: { goal: 'everyone', ftLr: 0.9, ftSteps: 60 },
    focus: 'drift',
    question: () => t('tour.oscillation.question'),
    answer: () => t('tour.oscillation.answer'),
  },
  {
    id: 'divergence',
    name: 'presets.divergence.name',
    lesson: () => t('presets.divergence.lesson'),
    patch: { goal: 'everyone', ftLr: 1.1, ftSteps: 300 },
    focus: 'drift',
    question: () => t('tour.divergence.question'),
    answer: () => t('tour.divergence.answer'),
  },
  {
    id: 'similar',
    name: 'presets.similar.name',
    lesson: () => t('presets.similar.lesson'),
    patch: { goal: 'new', oldSize: 2000, newSize: 10, oldMean: 170, newMean: 171, tau: 1 },
    claim: { best: 'posterior', among: ['naive', 'posterior'] },
    focus: 'drift',
    question: (u) => t('tour.similar.question', { gap: proseLength(u, 1) }),
    answer: () => t('tour.similar.answer'),
  },
  {
    id: 'different',
    name: 'presets.different.name',
    lesson: () => t('presets.different.lesson'),
    patch: { goal: 'new', oldSize: 2000, newSize: 5000, oldMean: 165, newMean: 180, tau: 10 },
    claim: { best: 'naive', among: ['freeze', 'naive', 'joint', 'l2sp', 'replay'] },
    focus: 'drift',
    question: (u) => t('tour.different.question', { gap: proseLength(u, 15) }),
    answer: (u) => t('tour.different.answer', { tau: proseLength(u, 10) }),
  },
  // Real heights: Galton's families (Galton 1886; Hanley 2004; HistData). The means, spreads and
  // counts are the groups' own; the sizes are seeded subsamples, so each lesson is checked as loaded.
  {
    id: 'galton-fathers-sons',
    name: 'presets.galtonFathersSons.name',
    lesson: (u) =>
      t('presets.galtonFathersSons.lesson', {
        fathers: proseNumber(u, 176.1),
        sons: proseLength(u, 175.9),
      }),
    patch: {
      goal: 'everyone',
      oldSource: 'fathers',
      newSource: 'sons',
      oldSize: 205,
      newSize: 481,
    },
    claim: { best: 'joint', among: ['freeze', 'naive', 'joint'] },
    focus: 'data',
    question: () => t('tour.galtonFathersSons.question'),
    answer: () => t('tour.galtonFathersSons.answer'),
  },
  {
    id: 'galton-men-women',
    name: 'presets.galtonMenWomen.name',
    lesson: (u) => t('presets.galtonMenWomen.lesson', { gap: proseLength(u, 13) }),
    patch: {
      goal: 'new',
      oldSource: 'men',
      newSource: 'women',
      oldSize: 686,
      newSize: 500,
      tau: 15,
      seed: 6,
    },
    claim: { best: 'naive', among: ['freeze', 'joint', 'l2sp', 'replay', 'naive'] },
    focus: 'data',
    question: () => t('tour.galtonMenWomen.question'),
    answer: (u) =>
      t('tour.galtonMenWomen.answer', {
        tau: proseLength(u, 15),
        women: proseLength(u, 162.7),
        pooled: proseLength(u, 170),
      }),
  },
  {
    id: 'galton-few-daughters',
    name: 'presets.galtonFewDaughters.name',
    lesson: (u) =>
      t('presets.galtonFewDaughters.lesson', { tau: proseLength(u, 13), gap: proseLength(u, 13) }),
    patch: {
      goal: 'new',
      oldSource: 'men',
      newSource: 'daughters',
      oldSize: 686,
      newSize: 10,
      tau: 13,
    },
    claim: { best: 'posterior', among: ['freeze', 'joint', 'l2sp', 'posterior'] },
    focus: 'drift',
    question: (u) => t('tour.galtonFewDaughters.question', { tau: proseLength(u, 13) }),
    answer: (u) => t('tour.galtonFewDaughters.answer', { ideal: proseLength(u, 175.7) }),
  },
  // Data that keeps arriving: a round is a year of new heights, the scenario stays at its defaults.
  {
    id: 'stream-trend',
    name: 'presets.streamTrend.name',
    lesson: (u) => t('presets.streamTrend.lesson', { rise: proseLength(u, 0.1) }),
    patch: { goal: 'everyone' },
    stream: {
      rounds: 100,
      batch: 50,
      driftKind: 'trend',
      driftSize: 0.1,
      window: 10,
      steps: 10,
      lr: 0.02,
      filterQ: 0.2,
    },
    focus: 'stream',
    question: (u) => t('tour.streamTrend.question', { rise: proseLength(u, 1) }),
    answer: (u) =>
      t('tour.streamTrend.answer', {
        lag: proseLength(u, 6),
        noise: proseArea(u, 1),
        trail: proseLength(u, 0.2),
      }),
  },
  {
    id: 'stream-jump',
    name: 'presets.streamJump.name',
    lesson: (u) => t('presets.streamJump.lesson', { jump: proseLength(u, 8) }),
    patch: { goal: 'everyone' },
    stream: {
      rounds: 150,
      batch: 50,
      driftKind: 'jump',
      driftSize: 8,
      jumpAt: 50,
      window: 10,
      steps: 10,
      lr: 0.02,
      filterQ: 0.3,
    },
    focus: 'stream',
    question: (u) => t('tour.streamJump.question', { jump: proseLength(u, 8) }),
    answer: (u) =>
      t('tour.streamJump.answer', { short: proseLength(u, 3), jump: proseLength(u, 8) }),
  },
  {
    id: 'stream-none',
    name: 'presets.streamNone.name',
    lesson: () => t('presets.streamNone.lesson'),
    patch: { goal: 'everyone' },
    stream: {
      rounds: 200,
      batch: 50,
      driftKind: 'none',
      window: 10,
      steps: 10,
      lr: 0.02,
      filterQ: 0.2,
    },
    focus: 'stream',
    question: () => t('tour.streamNone.question'),
    answer: () => t('tour.streamNone.answer'),
  },
  {
    id: 'stream-walk',
    name: 'presets.streamWalk.name',
    lesson: (u) => t('presets.streamWalk.lesson', { step: proseLength(u, 0.5) }),
    patch: { goal: 'everyone' },
    stream: {
      rounds: 1000,
      batch: 20,
      driftKind: 'walk',
      driftSize: 0.5,
      window: 10,
      steps: 100,
      lr: 0.01,
      filterQ: 0.5,
    },
    focus: 'stream',
    question: (u) => t('tour.streamWalk.question', { step: proseLength(u, 0.5) }),
    answer: () => t('tour.streamWalk.answer'),
  },
];
