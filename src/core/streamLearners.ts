/**
 * The learners a practitioner chooses between when data keep arriving, each updated once a round
 * from the round's mean: frozen, latest only, everything so far, a window of the last W rounds,
 * S full-batch fine-tuning steps at rate η, and the Bayesian (Kalman) filter for a walk of q a
 * round. Each is O(1) a round. See docs/math.md, "A stream of rounds".
 */
import type { Stream } from './stream';

export type StreamLearner =
  | { kind: 'frozen' }
  | { kind: 'latest' }
  | { kind: 'all' }
  | { kind: 'window'; rounds: number }
  | { kind: 'finetune'; steps: number; lr: number }
  | { kind: 'filter'; q: number };

export interface LearnerPath {
  /** θ_k after round k; θ₀ = m₀, the pre-trained value. NaN from a divergence on. */
  theta: Float64Array;
  /** Excess error (θ_k − μ_k)² after each round; index 0 is pre-training's. */
  excess: Float64Array;
  /** Mean excess over rounds 1…K (0 rounds: pre-training's). */
  meanExcess: number;
  /** Round at which θ left every scale, or null. */
  divergedAt: number | null;
}

/** Beyond this size θ has diverged, as in the two-phase run. */
const DIVERGED = 1e9;

/**
 * The share of the gap to the round's mean that S full-batch steps at rate η close:
 * α = 1 − (1 − 2η)^S, since each step multiplies the distance by (1 − 2η).
 */
export function fineTuneAlpha(lr: number, steps: number): number {
  return 1 - Math.pow(1 - 2 * lr, steps);
}

function check(l: Readonly<StreamLearner>): void {
  if (l.kind === 'window' && !(Number.isInteger(l.rounds) && l.rounds >= 1))
    throw new RangeError(`a window holds a whole number ≥ 1 of rounds, got ${l.rounds}`);
  if (
    l.kind === 'finetune' &&
    !(Number.isInteger(l.steps) && l.steps >= 0 && Number.isFinite(l.lr) && l.lr >= 0)
  )
    throw new RangeError(
      `fine-tuning needs whole steps ≥ 0 and a rate ≥ 0, got ${l.steps} and ${l.lr}`,
    );
  // Stryker disable next-line ConditionalExpression: q ≤ ∞ fails only for NaN, which q ≥ 0 refuses already
  if (l.kind === 'filter' && !(l.q >= 0 && l.q <= Infinity))
    throw new RangeError(`the filter's drift q must be ≥ 0, got ${l.q}`);
}

/**
 * θ after every round for one learner.
 *
 * @example
 * const path = streamLearn(stream, { kind: 'filter', q: 0.5 });
 * path.meanExcess; // its mean excess error over the rounds
 */
export function streamLearn(
  stream: Readonly<Stream>,
  learner: Readonly<StreamLearner>,
): LearnerPath {
  check(learner);
  const { m, mu, n0, batch, std } = stream;
  const K = m.length - 1;
  const theta = new Float64Array(K + 1);
  theta[0] = m[0]!;
  let divergedAt: number | null = null;
  // Running state: the sum of round means (all, window) and the filter's variance in units of σ²
  // (so a zero spread needs no special case: it is the count form of the same update).
  let sum = 0;
  let p = 1 / n0;
  const walk =
    // Stryker disable next-line ConditionalExpression: only the filter reads walk
    learner.kind === 'filter'
      ? std > 0
        ? (learner.q / std) ** 2
        : learner.q > 0
          ? Infinity
          : 0
      : 0;
  // Stryker disable next-line ConditionalExpression: only fine-tuning reads pull
  const pull = learner.kind === 'finetune' ? 1 - fineTuneAlpha(learner.lr, learner.steps) : 0;
  for (let k = 1; k <= K; k++) {
    const mk = m[k]!;
    const prev = theta[k - 1]!;
    let next: number;
    switch (learner.kind) {
      case 'frozen':
        next = theta[0]!;
        break;
      case 'latest':
        next = mk;
        break;
      case 'all':
        sum += mk;
        next = (n0 * m[0]! + batch * sum) / (n0 + k * batch);
        break;
      case 'window': {
        sum += mk;
        if (k > learner.rounds) sum -= m[k - learner.rounds]!;
        next = sum / Math.min(k, learner.rounds);
        break;
      }
      case 'finetune':
        next = mk + pull * (prev - mk);
        break;
      case 'filter': {
        const prior = p + walk;
        const gain = prior === Infinity ? 1 : prior / (prior + 1 / batch);
        next = prev + gain * (mk - prev);
        // Stryker disable next-line ArithmeticOperator: an infinite walk makes every prior infinite, so this p is never read
        p = prior === Infinity ? 1 / batch : (1 - gain) * prior;
        break;
      }
    }
    if (divergedAt === null && !(Math.abs(next) <= DIVERGED)) divergedAt = k;
    theta[k] = divergedAt === null ? next : NaN;
  }
  const excess = new Float64Array(K + 1);
  let total = 0;
  for (let k = 0; k <= K; k++) {
    excess[k] = (theta[k]! - mu[k]!) ** 2;
    if (k > 0) total += excess[k]!;
  }
  const meanExcess = divergedAt !== null ? Infinity : K === 0 ? excess[0]! : total / K;
  return { theta, excess, meanExcess, divergedAt };
}

/** Which of the learners has the least mean excess error, by index (ties keep the first). */
export function streamBest(paths: readonly Readonly<LearnerPath>[]): number {
  let best = -1;
  for (let i = 0; i < paths.length; i++)
    if (best < 0 || paths[i]!.meanExcess < paths[best]!.meanExcess) best = i;
  return best;
}
