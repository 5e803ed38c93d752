/**
 * Prepared scenarios, each a one-line lesson, as data: settings on top of the defaults (the goal
 * always among them), an optional knob to land on the ideal, the claim the lesson makes, the chart
 * to look at, and a question with its answer for the tour.
 */
import type { ComparedStrategy } from '../core/index';
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

export interface Preset {
  id: string;
  name: string;
  lesson: string;
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
  question: string;
  answer: string;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'tiny-new',
    name: 'Tiny new data',
    lesson:
      'Old and new heights come from one population: 10 new heights are noise around the 10,000 old ones, so the size-weighted mean beats naive fine-tuning, which follows the noise.',
    patch: { goal: 'new', oldSize: 10_000, newSize: 10, oldMean: 170, newMean: 170, tau: 0 },
    claim: { best: 'joint', among: ['naive', 'joint'] },
    focus: 'drift',
    question:
      'Old and new people come from one population. Ten new heights against ten thousand old ones: where should θ end up?',
    answer:
      'Almost on the old mean: the ideal moves 0.1 % of the way. Naive fine-tuning goes all the way to the mean of ten noisy heights, and its error on the new population is larger for it.',
  },
  {
    id: 'equal',
    name: 'Equal sizes',
    lesson:
      'Serving everyone seen, with as many new heights as old ones, the ideal is the midpoint of the two means.',
    patch: { goal: 'everyone', oldSize: 1000, newSize: 1000 },
    claim: { best: 'joint', among: ['freeze', 'naive', 'joint'] },
    focus: 'sweep',
    question: 'With 1,000 old and 1,000 new heights, where is the ideal for everyone seen?',
    answer:
      'Half-way: each group is half the people, so the ideal sits at the midpoint of the two means. Keeping only the old mean or only the new one misses half of them.',
  },
  {
    id: 'forgetting',
    name: 'Train to convergence',
    lesson:
      'Fine-tuning to convergence forgets: the loss on old data climbs to what it would be if θ had never seen it, and everyone seen, mostly old, is served badly.',
    patch: { goal: 'everyone', oldSize: 5000, newSize: 200, ftSteps: 800 },
    focus: 'losses',
    question: 'As fine-tuning runs on, what happens to the loss on the old data?',
    answer:
      'It climbs by (m_new − m_old)², about 64 cm² here: at convergence θ is the new mean, and the old data might as well never have been seen. For everyone seen, most of whom are old, that is the failure.',
  },
  {
    id: 'early-stop',
    name: 'Early stopping lands on the ideal',
    lesson:
      'Serving everyone seen, stop naive fine-tuning at the right step and θ sits on the size-weighted ideal.',
    patch: { goal: 'everyone', oldSize: 1000, newSize: 250, ftLr: 0.002, ftSteps: 1500 },
    land: 'early',
    claim: { best: 'early', among: ['naive', 'early'] },
    focus: 'drift',
    question:
      'Naive fine-tuning heads for the new mean. When should it stop to land on the ideal for everyone seen?',
    answer:
      'At the step k* where (1 − 2η)^k is nearest the share of the gap the ideal leaves: the closed form gives it, and the drift chart shows θ stopping on the ideal line.',
  },
  {
    id: 'l2sp',
    name: 'L2 toward pre-trained',
    lesson:
      'Serving everyone seen, an L2 pull toward θ_pre with λ = n_old/n_new lands exactly on the size-weighted mean.',
    patch: { goal: 'everyone', oldSize: 2000, newSize: 100 },
    land: 'l2sp',
    claim: { best: 'l2sp', among: ['naive', 'l2sp'] },
    focus: 'drift',
    question:
      'How strong must the pull toward the pre-trained value be to land on the ideal for everyone seen?',
    answer:
      'λ = n_old/n_new = 20: the minimiser (m_new + λ θ_pre)/(1 + λ) is then exactly the size-weighted mean, however long you train.',
  },
  {
    id: 'replay',
    name: 'Replay the right fraction',
    lesson:
      'Serving everyone seen, mixing old data back in with ρ = n_old/(n_old + n_new) lands on the size-weighted mean.',
    patch: { goal: 'everyone', oldSize: 3000, newSize: 1000 },
    land: 'replay',
    claim: { best: 'replay', among: ['naive', 'freeze', 'replay'] },
    focus: 'drift',
    question: 'What fraction of each batch should be old data, to serve everyone seen?',
    answer:
      'ρ = n_old/(n_old + n_new) = 75 %: replay then minimises the loss on both datasets pooled together.',
  },
  {
    id: 'oscillation',
    name: 'Learning rate too high: oscillation',
    lesson: 'Past η = ½ each step overshoots: θ zig-zags around the new mean while it converges.',
    patch: { goal: 'everyone', ftLr: 0.9, ftSteps: 60 },
    focus: 'drift',
    question: 'With η = 0.9, what does θ do after the first fine-tuning step?',
    answer:
      'It overshoots: 1 − 2η = −0.8, so each step flips θ to the other side of the target, 20 % closer.',
  },
  {
    id: 'divergence',
    name: 'Learning rate too high: divergence',
    lesson:
      'Past η = 1 each overshoot is bigger than the last and the run diverges; the page stops it safely.',
    patch: { goal: 'everyone', ftLr: 1.1, ftSteps: 300 },
    focus: 'drift',
    question: 'With η = 1.1, does fine-tuning converge?',
    answer:
      'No: |1 − 2η| = 1.2 > 1, so the distance to the target grows by 20 % a step. The readout names the step where θ left the chart for good.',
  },
  {
    id: 'similar',
    name: 'Similar populations, tiny new data',
    lesson:
      'For the new population, when it is alike the old and the new data is tiny, the posterior, which keeps the old data at n_eff heights, beats naive fine-tuning.',
    patch: { goal: 'new', oldSize: 2000, newSize: 10, oldMean: 170, newMean: 171, tau: 1 },
    claim: { best: 'posterior', among: ['naive', 'posterior'] },
    focus: 'drift',
    question:
      'The new population is only about 1 cm different and you have 10 new heights. Trust them?',
    answer:
      'Mostly not: the old heights are worth many new ones (n_eff), so the ideal for the new population stays near the old mean, and naive fine-tuning chases the noise of ten heights.',
  },
  {
    id: 'different',
    name: 'Different populations, big new data',
    lesson:
      'For the new population, when it really differs and there is plenty of new data, move all the way.',
    patch: { goal: 'new', oldSize: 2000, newSize: 5000, oldMean: 165, newMean: 180, tau: 10 },
    claim: { best: 'naive', among: ['freeze', 'naive', 'joint', 'l2sp', 'replay'] },
    focus: 'drift',
    question:
      'The new population is 15 cm taller and you have 5,000 new heights. How much should the old data count?',
    answer:
      'Hardly at all: with τ = 10 cm the 2,000 old heights are worth fewer than one new height, and the ideal for the new population is the new mean.',
  },
  // Real heights: Galton's families (Galton 1886; Hanley 2004; HistData). The means, spreads and
  // counts are the groups' own; the sizes are seeded subsamples, so each lesson is checked as loaded.
  {
    id: 'galton-fathers-sons',
    name: 'Galton: fathers, then sons',
    lesson:
      'Serving everyone seen, Galton’s fathers and sons measure alike (176.1 and 175.9 cm): pooling all 686 heights is right, and naive fine-tuning throws away 205 good heights.',
    patch: {
      goal: 'everyone',
      oldSource: 'fathers',
      newSource: 'sons',
      oldSize: 205,
      newSize: 481,
    },
    claim: { best: 'joint', among: ['freeze', 'naive', 'joint'] },
    focus: 'data',
    question:
      'Pre-train on Galton’s 205 fathers, fine-tune on their 481 sons. Should θ forget the fathers?',
    answer:
      'No: two generations measure within a quarter of a centimetre, so the fathers are as good as more sons. The size-weighted mean of all 686 is the ideal; naive fine-tuning ends on the sons’ mean alone.',
  },
  {
    id: 'galton-men-women',
    name: 'Galton: men, then women',
    lesson:
      'For the new population, Galton’s women stand about 13 cm below his men: the old data misleads, so adapt fully; naive fine-tuning beats pooling, L2, replay and freezing.',
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
    question:
      'Pre-train on 686 of Galton’s men, fine-tune on 500 of his women. How much should the men still count?',
    answer:
      'Hardly at all: with τ = 15 cm the men are worth a fifth of one woman, so the ideal for the women is their own mean, about 162.7 cm. Pooling everyone lands near 170 cm, wrong for both.',
  },
  {
    id: 'galton-few-daughters',
    name: 'Galton: a handful of daughters',
    lesson:
      'For the new population, τ = 13 cm says the 686 men are worth about a quarter of one daughter: the ideal all but follows the 10 daughters, while pooling stays 13 cm too tall.',
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
    question:
      'All 686 of Galton’s men as old data and just 10 daughters as new: with τ = 13 cm, what does the posterior make of the men?',
    answer:
      'Almost nothing: n_eff = n_old/(1 + n_old τ²/σ²) is about 0.26, so ten daughters outweigh 686 men forty to one. Try τ = 0: the page then treats men and daughters as one population and the ideal jumps to 175.7 cm.',
  },
  // Data that keeps arriving: a round is a year of new heights, the scenario stays at its defaults.
  {
    id: 'stream-trend',
    name: 'Heights rise about 1 cm a decade',
    lesson:
      'Heights rise 0.1 cm a round (a round a year): everything so far lags ever further behind and latest only is as noisy as one round; fine-tuning a few steps a round forgets at the right pace and beats both.',
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
    question:
      'Heights rise 1 cm a decade and 50 new heights arrive each year. Retrain on everything so far, or keep only the latest year?',
    answer:
      'Neither: by the last round everything so far sits about 6 cm below the true mean, since a century of old heights holds it back, and the latest year alone carries a round’s full noise σ²/b, about 1 cm². Ten steps a round at η = 0.02 trail the rise by only 0.2 cm and average the noise.',
  },
  {
    id: 'stream-jump',
    name: 'A sudden shift',
    lesson:
      'Heights jump 8 cm at round 50: everything so far never catches up, while fine-tuning forgets the old rounds at the rate (1 − α)^k, so the jump’s trace shrinks by a factor 1 − α every round.',
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
    question:
      'At round 50 the population is suddenly 8 cm taller. How fast does each learner forget the old heights?',
    answer:
      'Everything so far never does: 100 rounds later it is still about 3 cm short. Fine-tuning closes a share α = 34 % of the gap every round, so k rounds after the jump an old round still weighs (1 − α)^k and the gap has shrunk to 8 cm × (1 − α)^(k+1).',
  },
  {
    id: 'stream-none',
    name: 'Nothing changes',
    lesson:
      'The population never moves: every height ever seen is as good as a new one, so everything so far wins, and latest only, with one round’s heights, is worst.',
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
    question: 'The population never changes. Which learner should you use?',
    answer:
      'Everything so far: it averages the 1,000 pre-training heights and every round, 11,000 heights by the end. Any forgetting throws good heights away, and latest only keeps just 50.',
  },
  {
    id: 'stream-walk',
    name: 'A random walk',
    lesson:
      'The mean wanders 0.5 cm a round: the Bayesian filter, which takes the share K* of each surprise, wins; fine-tuning with S* steps a round (“Match the filter”) comes within a few percent of it.',
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
    question:
      'The mean wanders 0.5 cm a round at random, 20 heights a round. How many fine-tuning steps a round should you take?',
    answer:
      'About 16 at η = 0.01: then α = 1 − (1 − 2η)^S is the filter’s steady gain K* = 27 %, and fine-tuning is the filter. With 100 steps it takes 87 % of each round’s noise and its error is nearly three times the filter’s.',
  },
];
