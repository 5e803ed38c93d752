import { describe, expect, it } from 'vitest';
import { MAX_STREAM_ROUNDS, streamSample } from './stream';
import type { StreamSpec } from './stream';

const base: StreamSpec = {
  mean0: 170,
  std: 7,
  n0: 1000,
  rounds: 500,
  batch: 20,
  drift: { kind: 'none' },
  seed: 5,
};

const variance = (xs: ArrayLike<number>) => {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < xs.length; i++) {
    s += xs[i]!;
    s2 += xs[i]! ** 2;
  }
  const mean = s / xs.length;
  return s2 / xs.length - mean * mean;
};

describe('streamSample', () => {
  it('draws the same stream from the same spec, and another from another seed', () => {
    expect(streamSample(base).m).toEqual(streamSample(base).m);
    expect(streamSample({ ...base, seed: 6 }).m).not.toEqual(streamSample(base).m);
  });

  it('moves the true mean as each drift says', () => {
    const trend = streamSample({ ...base, drift: { kind: 'trend', slope: 0.1 } });
    expect(trend.mu[0]).toBe(170);
    expect(trend.mu[40]).toBeCloseTo(174, 12);
    const jump = streamSample({ ...base, drift: { kind: 'jump', size: -5, at: 100 } });
    expect(jump.mu[99]).toBe(170);
    expect(jump.mu[100]).toBe(165);
    expect(jump.mu[500]).toBe(165);
    const none = streamSample(base);
    expect(none.mu.every((v) => v === 170)).toBe(true);
  });

  it('keeps the luck of the samples when only the drift changes', () => {
    const none = streamSample(base);
    const walk = streamSample({ ...base, drift: { kind: 'walk', step: 2 } });
    for (const k of [0, 1, 250, 500]) {
      expect(walk.m[k]! - walk.mu[k]!).toBeCloseTo(none.m[k]! - none.mu[k]!, 9);
    }
  });

  it('draws round means from N(μ_k, σ²/b) and walk steps of sd q', () => {
    const s = streamSample({ ...base, rounds: 20_000, drift: { kind: 'walk', step: 0.5 } });
    const noise = s.m.slice(1).map((v, i) => v - s.mu[i + 1]!);
    expect(variance(noise) / (49 / 20)).toBeGreaterThan(0.95);
    expect(variance(noise) / (49 / 20)).toBeLessThan(1.05);
    const steps = s.mu.slice(1).map((v, i) => v - s.mu[i]!);
    expect(Math.sqrt(variance(steps))).toBeCloseTo(0.5, 1);
  });

  it('draws the pre-training mean from N(μ₀, σ²/n₀)', () => {
    const devs = Array.from(
      { length: 4000 },
      // Seeds spread over their range: neighbouring seeds of a congruential generator start alike.
      (_, i) =>
        streamSample({ ...base, rounds: 0, seed: Math.imul(i + 1, 2654435761) >>> 0 }).m[0]! - 170,
    );
    expect(variance(devs) / (49 / 1000)).toBeGreaterThan(0.9);
    expect(variance(devs) / (49 / 1000)).toBeLessThan(1.1);
  });

  it('refuses specs it cannot draw, naming the field', () => {
    expect(() => streamSample({ ...base, n0: 0 })).toThrow(/n0/);
    expect(() => streamSample({ ...base, batch: 1.5 })).toThrow(/batch/);
    expect(() => streamSample({ ...base, rounds: -1 })).toThrow(/rounds/);
    expect(() => streamSample({ ...base, std: -1 })).toThrow(/std/);
    expect(() => streamSample({ ...base, drift: { kind: 'walk', step: -1 } })).toThrow(/step/);
    expect(() => streamSample({ ...base, drift: { kind: 'trend', slope: NaN } })).toThrow(/drift/);
    expect(() => streamSample({ ...base, seed: -1 })).toThrow(/seed/);
    expect(() => streamSample({ ...base, rounds: MAX_STREAM_ROUNDS + 1 })).toThrow(/rounds/);
    expect(() => streamSample({ ...base, mean0: NaN })).toThrow(/mean/);
    expect(() => streamSample({ ...base, std: Infinity })).toThrow(/std/);
    expect(() => streamSample({ ...base, drift: { kind: 'jump', size: NaN, at: 3 } })).toThrow(
      /drift/,
    );
    expect(() => streamSample({ ...base, drift: { kind: 'walk', step: Infinity } })).toThrow(
      /drift/,
    );
    expect(() => streamSample({ ...base, drift: { kind: 'jump', size: 2, at: 1.5 } })).toThrow(
      /round/,
    );
    // The edges themselves are allowed: no walk at all, the most rounds, a trend that falls.
    expect(streamSample({ ...base, drift: { kind: 'walk', step: 0 } }).mu[500]).toBe(170);
    expect(streamSample({ ...base, rounds: MAX_STREAM_ROUNDS }).m).toHaveLength(
      MAX_STREAM_ROUNDS + 1,
    );
    expect(streamSample({ ...base, drift: { kind: 'trend', slope: -1 } }).mu[3]).toBe(167);
  });
});
