// Derived values are remembered by what they read: equal fields give the same result, and two keys are kept.
import { describe, expect, it } from 'vitest';
import { keepLastTwo, pickFields } from './memo';
import { DEFAULT_SCENARIO } from './scenario';

describe('keepLastTwo', () => {
  it('computes once for keys whose fields are equal, and again when one moves', () => {
    let runs = 0;
    const mean = keepLastTwo((k: { a: number; b: number }) => {
      runs++;
      return { value: (k.a + k.b) / 2 };
    });
    const first = mean({ a: 1, b: 3 });
    expect(mean({ a: 1, b: 3 })).toBe(first);
    expect(runs).toBe(1);
    expect(mean({ a: 1, b: 5 }).value).toBe(3);
    expect(runs).toBe(2);
  });

  it('keeps the two latest results, so two neighbouring scenarios alternate without recomputing', () => {
    let runs = 0;
    const twice = keepLastTwo((k: { x: number }) => {
      runs++;
      return k.x * 2;
    });
    for (let i = 0; i < 3; i++) {
      twice({ x: 1 });
      twice({ x: 2 });
    }
    expect(runs).toBe(2);
    twice({ x: 3 });
    twice({ x: 1 });
    expect(runs).toBe(4);
  });
});

describe('pickFields', () => {
  it('holds the named fields of a scenario and nothing else', () => {
    expect(pickFields(DEFAULT_SCENARIO, ['oldSize', 'seed'])).toEqual({ oldSize: 1000, seed: 1 });
  });
});
