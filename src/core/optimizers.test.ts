// Checks the three optimisers' update rules against a re-implementation typed in from the formulas.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ADAM_BETA1,
  ADAM_BETA2,
  ADAM_EPSILON,
  MOMENTUM_BETA,
  optimizerInit,
  optimizerStep,
} from './optimizers';
import type { OptimizerKind } from './types';

/** θ after each gradient, for a fresh optimiser, by the textbook rules with literal constants. */
function reference(kind: OptimizerKind, theta0: number, grads: number[], lr: number): number[] {
  const out: number[] = [];
  let th = theta0;
  let v = 0;
  let m = 0;
  let s = 0;
  grads.forEach((g, i) => {
    const t = i + 1;
    if (kind === 'sgd') th -= lr * g;
    else if (kind === 'momentum') {
      v = 0.9 * v + g;
      th -= lr * v;
    } else {
      m = 0.9 * m + 0.1 * g;
      s = 0.999 * s + 0.001 * g * g;
      th -= (lr * (m / (1 - 0.9 ** t))) / (Math.sqrt(s / (1 - 0.999 ** t)) + 1e-8);
    }
    out.push(th);
  });
  return out;
}

function run(kind: OptimizerKind, theta0: number, grads: number[], lr: number): number[] {
  const state = optimizerInit(kind);
  let th = theta0;
  return grads.map((g) => (th = optimizerStep(state, th, g, lr)));
}

const gradsArb = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), {
  minLength: 1,
  maxLength: 200,
});

describe('optimiser constants', () => {
  it('are the ones in the spec', () => {
    expect(MOMENTUM_BETA).toBe(0.9);
    expect(ADAM_BETA1).toBe(0.9);
    expect(ADAM_BETA2).toBe(0.999);
    expect(ADAM_EPSILON).toBe(1e-8);
  });
});

describe('optimizerInit', () => {
  it('starts every memory at zero', () => {
    for (const kind of ['sgd', 'momentum', 'adam'] as const) {
      expect(optimizerInit(kind)).toEqual({ kind, velocity: 0, m: 0, s: 0, t: 0 });
    }
  });

  it('gives a fresh record each call, so one phase cannot leak into the next', () => {
    const a = optimizerInit('adam');
    optimizerStep(a, 0, 5, 0.1);
    expect(optimizerInit('adam')).toEqual({ kind: 'adam', velocity: 0, m: 0, s: 0, t: 0 });
  });
});

describe('optimizerStep', () => {
  it.each(['sgd', 'momentum', 'adam'] as const)(
    '%s follows its update rule for any gradient sequence',
    (kind) => {
      fc.assert(
        fc.property(
          fc.double({ min: -300, max: 300, noNaN: true }),
          gradsArb,
          fc.double({ min: 1e-4, max: 1, noNaN: true }),
          (theta0, grads, lr) => {
            const got = run(kind, theta0, grads, lr);
            const want = reference(kind, theta0, grads, lr);
            for (let i = 0; i < grads.length; i++) {
              // Momentum can pile up Σ|g|·lr; scale the tolerance by the largest size reached.
              const scale = Math.max(1, Math.abs(want[i]!), Math.abs(theta0));
              expect(Math.abs(got[i]! - want[i]!)).toBeLessThan(1e-9 * scale);
            }
          },
        ),
        { numRuns: 100 },
      );
    },
  );

  it('momentum: the worked example 170 → 172 → 175.4', () => {
    const st = optimizerInit('momentum');
    const a = optimizerStep(st, 170, -20, 0.1);
    expect(a).toBeCloseTo(170 + 0.1 * 20, 12);
    expect(st.velocity).toBe(-20);
    const b = optimizerStep(st, a, -16, 0.1);
    expect(st.velocity).toBeCloseTo(0.9 * -20 - 16, 12);
    expect(b).toBeCloseTo(a + 0.1 * 34, 12);
  });

  it('adam: the first step has size η (bias correction makes m̂/√ŝ = sign g)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        (size, negative, lr) => {
          const g = negative ? -size : size;
          const st = optimizerInit('adam');
          const next = optimizerStep(st, 100, g, lr);
          // |Δθ| = η |g| / (|g| + ε).
          expect(next - 100).toBeCloseTo((-lr * g) / (Math.abs(g) + 1e-8), 12);
          expect(st.t).toBe(1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('adam: the step counter counts from 1 and the moments follow their averages', () => {
    const st = optimizerInit('adam');
    let th = 0;
    const grads = [3, -1, 4, 1, -5];
    let m = 0;
    let s = 0;
    grads.forEach((g, i) => {
      th = optimizerStep(st, th, g, 0.01);
      m = 0.9 * m + 0.1 * g;
      s = 0.999 * s + 0.001 * g * g;
      expect(st.t).toBe(i + 1);
      expect(st.m).toBeCloseTo(m, 14);
      expect(st.s).toBeCloseTo(s, 14);
    });
  });

  it('a zero gradient from a fresh state does not move θ (no 0/0)', () => {
    for (const kind of ['sgd', 'momentum', 'adam'] as const) {
      expect(optimizerStep(optimizerInit(kind), 170, 0, 0.5)).toBe(170);
    }
  });

  it('momentum keeps moving after the gradient vanishes, sgd and a fresh momentum do not', () => {
    const st = optimizerInit('momentum');
    let th = optimizerStep(st, 0, 10, 0.1);
    const before = th;
    th = optimizerStep(st, th, 0, 0.1);
    expect(th - before).toBeCloseTo(-0.1 * 0.9 * 10, 12);
    expect(optimizerStep(optimizerInit('sgd'), before, 0, 0.1)).toBe(before);
  });
});
