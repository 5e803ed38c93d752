/** How good a θ is on a population (docs/math.md, "How good is a θ"). */

export interface Population {
  mean: number;
  std: number;
}

/**
 * Expected squared error of predicting θ for everyone in N(μ, σ²): `(θ − μ)² + σ²`.
 *
 * @example
 * expectedSquaredError(172, { mean: 170, std: 7 }); // 53
 */
export function expectedSquaredError(theta: number, pop: Readonly<Population>): number {
  const d = theta - pop.mean;
  return d * d + pop.std * pop.std;
}

/** Excess of that error over the best possible (θ = μ): `(θ − μ)²`. */
export function excessSquaredError(theta: number, pop: Readonly<Population>): number {
  const d = theta - pop.mean;
  return d * d;
}
