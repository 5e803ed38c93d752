import { describe, expect, it } from 'vitest';
import { streamSample } from './stream';
import type { StreamSpec } from './stream';
import { fineTuneAlpha, streamBest, streamLearn } from './streamLearners';
import { emaExcessWalk, emaLagTrend, steadyFilter } from './streamSteady';
import { posteriorMean } from './ideal';
import { gdPositionAfter } from './gradientDescent';

const spec: StreamSpec = {
  mean0: 170,
  std: 7,
  n0: 500,
  rounds: 300,
  batch: 25,
  drift: { kind: 'walk', step: 0.4 },
  seed: 11,
};
const stream = streamSample(spec);

describe('streamLearn', () => {
  it('frozen keeps θ₀ = m₀; latest only takes each round mean', () => {
    const frozen = streamLearn(stream, { kind: 'frozen' }).theta;
    const latest = streamLearn(stream, { kind: 'latest' }).theta;
    expect(frozen.every((v) => v === stream.m[0])).toBe(true);
    expect(Array.from(latest.slice(1))).toEqual(Array.from(stream.m.slice(1)));
  });

  it('everything so far is the size-weighted mean of all the data seen', () => {
    const all = streamLearn(stream, { kind: 'all' }).theta;
    for (const k of [1, 2, 150, 300]) {
      let sum = spec.n0 * stream.m[0]!;
      for (let i = 1; i <= k; i++) sum += spec.batch * stream.m[i]!;
      expect(all[k]).toBeCloseTo(sum / (spec.n0 + k * spec.batch), 9);
    }
  });

  it('a window is the mean of the last W rounds (fewer while there are fewer)', () => {
    const w = streamLearn(stream, { kind: 'window', rounds: 7 }).theta;
    for (const k of [1, 3, 7, 8, 200]) {
      const from = Math.max(1, k - 6);
      let sum = 0;
      for (let i = from; i <= k; i++) sum += stream.m[i]!;
      expect(w[k]).toBeCloseTo(sum / (k - from + 1), 9);
    }
  });

  it('fine-tuning is S gradient steps on the round: the closed form, and α = 1 − (1 − 2η)^S', () => {
    const lr = 0.05;
    const steps = 4;
    const ft = streamLearn(stream, { kind: 'finetune', steps, lr }).theta;
    let theta = stream.m[0]!;
    for (let k = 1; k <= 50; k++) {
      const mk = stream.m[k]!;
      const closed = gdPositionAfter({ theta0: theta, target: mk, lr, curvature: 1 }, steps);
      for (let s = 0; s < steps; s++) theta -= lr * 2 * (theta - mk);
      expect(ft[k]).toBeCloseTo(theta, 9);
      expect(ft[k]).toBeCloseTo(closed, 9);
      const alpha = fineTuneAlpha(lr, steps);
      expect(ft[k]).toBeCloseTo(ft[k - 1]! + alpha * (mk - ft[k - 1]!), 9);
    }
  });

  it('the filter with q = 0 is everything so far; with a huge q it is latest only', () => {
    const all = streamLearn(stream, { kind: 'all' }).theta;
    const still = streamLearn(stream, { kind: 'filter', q: 0 }).theta;
    const latest = streamLearn(stream, { kind: 'latest' }).theta;
    const wild = streamLearn(stream, { kind: 'filter', q: 1e6 }).theta;
    for (const k of [1, 10, 300]) {
      expect(still[k]).toBeCloseTo(all[k]!, 9);
      expect(wild[k]).toBeCloseTo(latest[k]!, 6);
    }
    expect(streamLearn(stream, { kind: 'filter', q: Infinity }).theta[5]).toBe(latest[5]);
  });

  it('one round of the filter with q = τ is the two-phase posterior mean', () => {
    for (const tau of [0, 0.3, 2, 10]) {
      const theta1 = streamLearn(stream, { kind: 'filter', q: tau }).theta[1]!;
      const old = { n: spec.n0, mean: stream.m[0]!, variance: 49 };
      const neu = { n: spec.batch, mean: stream.m[1]!, variance: 49 };
      expect(theta1).toBeCloseTo(posteriorMean(old, neu, tau), 9);
    }
  });

  it('with no spread the filter needs no special case: a walk is followed, no walk averages', () => {
    const exact = streamSample({ ...spec, std: 0 });
    const follow = streamLearn(exact, { kind: 'filter', q: 0.4 }).theta;
    const average = streamLearn(exact, { kind: 'filter', q: 0 }).theta;
    const all = streamLearn(exact, { kind: 'all' }).theta;
    expect(follow[100]).toBeCloseTo(exact.mu[100]!, 9);
    expect(average[100]).toBeCloseTo(all[100]!, 9);
  });

  it('under a walk the exponential average settles at E(α) and the filter at (1 − K*)P*⁻', () => {
    const long = streamSample({ ...spec, rounds: 20_000 });
    const r = 49 / spec.batch;
    const alpha = fineTuneAlpha(0.05, 3);
    const ema = streamLearn(long, { kind: 'finetune', steps: 3, lr: 0.05 }).meanExcess;
    expect(ema / emaExcessWalk(alpha, 0.4, r)).toBeGreaterThan(0.95);
    expect(ema / emaExcessWalk(alpha, 0.4, r)).toBeLessThan(1.05);
    const filter = streamLearn(long, { kind: 'filter', q: 0.4 }).meanExcess;
    expect(filter / steadyFilter(0.4, r).excess).toBeGreaterThan(0.95);
    expect(filter / steadyFilter(0.4, r).excess).toBeLessThan(1.05);
  });

  it('under a trend the exponential average trails by s(1 − α)/α', () => {
    const trend = streamSample({
      ...spec,
      std: 0,
      rounds: 2000,
      drift: { kind: 'trend', slope: 0.1 },
    });
    const path = streamLearn(trend, { kind: 'finetune', steps: 2, lr: 0.1 }).theta;
    const alpha = fineTuneAlpha(0.1, 2);
    expect(trend.mu[2000]! - path[2000]!).toBeCloseTo(emaLagTrend(alpha, 0.1), 9);
  });

  it('a rate past the stability limit diverges: NaN from that round, infinite mean excess', () => {
    const path = streamLearn(stream, { kind: 'finetune', steps: 1, lr: 1.6 });
    expect(path.divergedAt).not.toBeNull();
    expect(path.theta[path.divergedAt!]).toBeNaN();
    expect(Number.isFinite(path.theta[path.divergedAt! - 1]!)).toBe(true);
    expect(path.meanExcess).toBe(Infinity);
  });

  it('scores each round by (θ_k − μ_k)² and averages rounds 1…K', () => {
    const path = streamLearn(stream, { kind: 'latest' });
    let total = 0;
    for (let k = 1; k <= spec.rounds; k++) {
      expect(path.excess[k]).toBeCloseTo((stream.m[k]! - stream.mu[k]!) ** 2, 12);
      total += path.excess[k]!;
    }
    expect(path.meanExcess).toBeCloseTo(total / spec.rounds, 12);
  });

  it('refuses learners it cannot run', () => {
    expect(() => streamLearn(stream, { kind: 'window', rounds: 0 })).toThrow(/window/);
    expect(() => streamLearn(stream, { kind: 'finetune', steps: 1.5, lr: 0.1 })).toThrow(/steps/);
    expect(() => streamLearn(stream, { kind: 'filter', q: -1 })).toThrow(/q/);
  });
});

describe('streamBest', () => {
  it('names the least mean excess; with no drift everything so far beats latest only', () => {
    const still = streamSample({ ...spec, drift: { kind: 'none' } });
    const paths = [
      streamLearn(still, { kind: 'latest' }),
      streamLearn(still, { kind: 'all' }),
      streamLearn(still, { kind: 'window', rounds: 5 }),
    ];
    expect(streamBest(paths)).toBe(1);
    expect(streamBest([])).toBe(-1);
  });
});

describe('the edges of the stream learners', () => {
  /** A stream written out by hand: index 0 is pre-training. */
  const handMade = (m: number[], n0 = 4, batch = 2, std = 3) => ({
    mu: Float64Array.from(m),
    m: Float64Array.from(m),
    n0,
    batch,
    std,
  });

  it('a window of one round is latest only; no steps or a zero rate is frozen', () => {
    const latest = streamLearn(stream, { kind: 'latest' }).theta;
    // The window keeps a running sum, so it matches only up to rounding.
    const window = streamLearn(stream, { kind: 'window', rounds: 1 }).theta;
    window.forEach((th, k) => expect(th).toBeCloseTo(latest[k]!, 9));
    const frozen = streamLearn(stream, { kind: 'frozen' }).theta;
    expect(streamLearn(stream, { kind: 'finetune', steps: 0, lr: 0.1 }).theta).toEqual(frozen);
    expect(streamLearn(stream, { kind: 'finetune', steps: 5, lr: 0 }).theta).toEqual(frozen);
    expect(() => streamLearn(stream, { kind: 'finetune', steps: -1, lr: 0.1 })).toThrow(/steps/);
    expect(() => streamLearn(stream, { kind: 'finetune', steps: 1, lr: -0.1 })).toThrow(/rate/);
  });

  it('one round of the filter takes the share P⁻/(P⁻ + σ²/b) of the surprise, P⁻ = σ²/n₀ + q²', () => {
    const s = handMade([170, 176]);
    const q = 1.5;
    const prior = 9 / 4 + q * q;
    const gain = prior / (prior + 9 / 2);
    expect(streamLearn(s, { kind: 'filter', q }).theta[1]).toBeCloseTo(170 + gain * 6, 12);
  });

  it('θ exactly at ±1e9 has not left every scale', () => {
    const path = streamLearn(handMade([1e9, 1e9]), { kind: 'latest' });
    expect(path.divergedAt).toBeNull();
    expect(path.theta[1]).toBe(1e9);
  });

  it("with no rounds the mean excess is pre-training's", () => {
    const path = streamLearn(handMade([171], 4, 2, 3), { kind: 'all' });
    expect(path.meanExcess).toBe(0);
    const off = { ...handMade([171]), mu: Float64Array.from([170]) };
    expect(streamLearn(off, { kind: 'all' }).meanExcess).toBe(1);
  });

  it('streamBest keeps the first of equals and can name the first learner', () => {
    const s = streamSample({ ...spec, drift: { kind: 'none' } });
    const all = streamLearn(s, { kind: 'all' });
    const latest = streamLearn(s, { kind: 'latest' });
    expect(streamBest([all, latest, latest])).toBe(0);
    expect(streamBest([latest, all, all])).toBe(1);
  });
});
