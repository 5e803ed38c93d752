/**
 * The three optimisers of docs/math.md ("Optimisers and batches"), as a state record and a step
 * function over it.
 */
import type { OptimizerKind } from './types';

export const MOMENTUM_BETA = 0.9;
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

/** Optimiser memory; reset at the start of each phase. */
export interface OptimizerState {
  kind: OptimizerKind;
  /** Momentum velocity v. */
  velocity: number;
  /** Adam first moment m. */
  m: number;
  /** Adam second moment s. */
  s: number;
  /** Adam step counter t (counts from 1 at the first step of a phase). */
  t: number;
}

export function optimizerInit(kind: OptimizerKind): OptimizerState {
  return { kind, velocity: 0, m: 0, s: 0, t: 0 };
}

/**
 * Advances the optimiser by one step with gradient `g` and returns the new θ. The state record
 * is updated in place: a run makes one per phase, and allocating per step would dominate a
 * 100,000-step run.
 *
 * @example
 * const st = optimizerInit('momentum');
 * optimizerStep(st, 170, -20, 0.1); // 172 (v = −20)
 * optimizerStep(st, 172, -16, 0.1); // 175.4 (v = 0.9·(−20) − 16 = −34)
 */
export function optimizerStep(state: OptimizerState, theta: number, g: number, lr: number): number {
  switch (state.kind) {
    case 'sgd':
      return theta - lr * g;
    case 'momentum':
      state.velocity = MOMENTUM_BETA * state.velocity + g;
      return theta - lr * state.velocity;
    case 'adam': {
      state.t += 1;
      state.m = ADAM_BETA1 * state.m + (1 - ADAM_BETA1) * g;
      state.s = ADAM_BETA2 * state.s + (1 - ADAM_BETA2) * g * g;
      const mHat = state.m / (1 - Math.pow(ADAM_BETA1, state.t));
      const sHat = state.s / (1 - Math.pow(ADAM_BETA2, state.t));
      return theta - (lr * mHat) / (Math.sqrt(sHat) + ADAM_EPSILON);
    }
  }
}
