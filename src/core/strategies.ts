/**
 * Each fine-tuning strategy as a quadratic: its minimiser t and curvature 2c (docs/math.md,
 * "Fine-tuning strategies").
 */
import type { Strategy } from './types';

/**
 * Where full-batch fine-tuning with `strategy` converges:
 * naive `m_new`; l2sp `(m_new + λ θ_pre)/(1 + λ)`; replay `(1 − ρ) m_new + ρ m_old`; freeze `θ_pre`.
 *
 * @example
 * strategyMinimiser({ kind: 'l2sp', lambda: 9 }, { oldMean: 170, newMean: 180, thetaPre: 170 }); // 171
 */
export function strategyMinimiser(
  strategy: Readonly<Strategy>,
  at: { oldMean: number; newMean: number; thetaPre: number },
): number {
  switch (strategy.kind) {
    case 'naive':
      return at.newMean;
    case 'l2sp':
      return (at.newMean + strategy.lambda * at.thetaPre) / (1 + strategy.lambda);
    case 'replay':
      return (1 - strategy.fraction) * at.newMean + strategy.fraction * at.oldMean;
    case 'freeze':
      return at.thetaPre;
  }
}

/**
 * c, half the curvature of the fine-tuning loss: the loss is `c(θ − t)²` plus a constant, so its
 * curvature is 2c and `∂L/∂θ = 2c(θ − t)`. 1 for naive and replay, 1 + λ for l2sp, 0 for freeze
 * (nothing moves). The closed forms in gradientDescent.ts take this c.
 *
 * @example
 * strategyHalfCurvature({ kind: 'l2sp', lambda: 4 }); // 5: the loss curves by 10
 */
export function strategyHalfCurvature(strategy: Readonly<Strategy>): number {
  switch (strategy.kind) {
    case 'naive':
    case 'replay':
      return 1;
    case 'l2sp':
      return 1 + strategy.lambda;
    case 'freeze':
      return 0;
  }
}

/** Whether the strategy's fine-tuning loss reads the old data / the new data. */
export function strategyUses(strategy: Readonly<Strategy>): { old: boolean; new: boolean } {
  switch (strategy.kind) {
    case 'naive':
    case 'l2sp':
      return { old: false, new: true };
    case 'replay':
      return { old: strategy.fraction > 0, new: strategy.fraction < 1 };
    case 'freeze':
      return { old: false, new: false };
  }
}
