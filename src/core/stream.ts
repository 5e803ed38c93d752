/**
 * Data that keeps arriving: a pre-training set, then rounds of new heights from a population whose
 * mean drifts (none, a trend, a jump or a random walk). Everything is seeded, and since every
 * learner reads a round only through its mean, each mean is drawn exactly from its sampling
 * distribution N(μ_k, σ²/b): a round costs O(1) whatever its size. See docs/math.md, "A stream of
 * rounds".
 */
import { randomLcg, randomNormal } from 'd3-random';
import { checkSeed } from './sampling';

/** How the population's mean moves from round to round. */
export type Drift =
  | { kind: 'none' }
  /** `slope` cm a round. */
  | { kind: 'trend'; slope: number }
  /** A step of `size` cm from round `at` on. */
  | { kind: 'jump'; size: number; at: number }
  /** A random walk with steps of `step` cm a round (standard deviation). */
  | { kind: 'walk'; step: number };

export interface StreamSpec {
  /** True mean of the population before round 1, μ₀. */
  mean0: number;
  /** Spread of every round's heights, σ. */
  std: number;
  /** Size of the pre-training set, n₀ ≥ 1. */
  n0: number;
  /** Number of rounds K ≥ 0. */
  rounds: number;
  /** Heights per round, b ≥ 1. */
  batch: number;
  drift: Readonly<Drift>;
  seed: number;
}

/** A drawn stream: index 0 is the pre-training set, indices 1…K the rounds. */
export interface Stream {
  /** True mean μ_k (μ₀ at index 0). */
  mu: Float64Array;
  /** Sample mean m_k (m₀, the pre-training mean, at index 0). */
  m: Float64Array;
  n0: number;
  batch: number;
  std: number;
}

/** Largest number of rounds a stream may have. */
export const MAX_STREAM_ROUNDS = 100_000;

function checkSpec(s: Readonly<StreamSpec>): void {
  const whole = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  if (!Number.isFinite(s.mean0) || !Number.isFinite(s.std) || s.std < 0)
    throw new RangeError(`mean must be finite and std ≥ 0, got ${s.mean0} and ${s.std}`);
  if (!whole(s.n0, 1, Number.MAX_SAFE_INTEGER))
    throw new RangeError(`n0 must be a whole number ≥ 1, got ${s.n0}`);
  if (!whole(s.batch, 1, Number.MAX_SAFE_INTEGER))
    throw new RangeError(`batch must be a whole number ≥ 1, got ${s.batch}`);
  if (!whole(s.rounds, 0, MAX_STREAM_ROUNDS))
    throw new RangeError(
      `rounds must be a whole number from 0 to ${MAX_STREAM_ROUNDS}, got ${s.rounds}`,
    );
  const d = s.drift;
  const size =
    d.kind === 'trend' ? d.slope : d.kind === 'jump' ? d.size : d.kind === 'walk' ? d.step : 0;
  if (!Number.isFinite(size)) throw new RangeError(`the drift's size must be finite, got ${size}`);
  // Stryker disable next-line ConditionalExpression: only a walk has a step; for the other drifts it is undefined and undefined < 0 is false
  if (d.kind === 'walk' && d.step < 0)
    throw new RangeError(`a walk's step must be ≥ 0, got ${d.step}`);
  if (d.kind === 'jump' && !Number.isInteger(d.at))
    throw new RangeError(`a jump's round must be a whole number, got ${d.at}`);
  checkSeed(s.seed);
}

/**
 * The true mean and the sample mean of every round. Each round draws its walk step and its sample
 * noise from the one seeded generator in a fixed order, whatever the drift, so changing the drift
 * keeps the same luck of the samples.
 *
 * @example
 * const s = streamSample({ mean0: 170, std: 7, n0: 1000, rounds: 200, batch: 20, drift: { kind: 'walk', step: 0.5 }, seed: 1 });
 * s.m[1]; // round 1's mean
 */
export function streamSample(spec: Readonly<StreamSpec>): Stream {
  checkSpec(spec);
  const { mean0, std, n0, rounds, batch, drift } = spec;
  const z = randomNormal.source(randomLcg(spec.seed))(0, 1);
  const mu = new Float64Array(rounds + 1);
  const m = new Float64Array(rounds + 1);
  const roundSd = std / Math.sqrt(batch);
  mu[0] = mean0;
  // Stryker disable next-line ArithmeticOperator: N(0, 1) is symmetric, so subtracting the draw gives the same distribution of streams
  m[0] = mean0 + (std / Math.sqrt(n0)) * z();
  for (let k = 1; k <= rounds; k++) {
    const walk = z();
    const noise = z();
    let now: number;
    if (drift.kind === 'trend') now = mean0 + drift.slope * k;
    else if (drift.kind === 'jump') now = k >= drift.at ? mean0 + drift.size : mean0;
    else if (drift.kind === 'walk') {
      // Stryker disable next-line ArithmeticOperator: N(0, 1) is symmetric, so a walk stepping against the draw has the same distribution
      now = mu[k - 1]! + drift.step * walk;
    } else now = mean0;
    mu[k] = now;
    // Stryker disable next-line ArithmeticOperator: N(0, 1) is symmetric, so subtracting the draw gives the same distribution of streams
    m[k] = now + roundSd * noise;
  }
  return { mu, m, n0, batch, std };
}
