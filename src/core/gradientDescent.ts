/**
 * Closed forms of full-batch gradient descent on a quadratic `c(θ − t)²` (docs/math.md, "Early
 * stopping and the gradient-descent path").
 */

export interface GdPath {
  /** Starting value θ₀. */
  theta0: number;
  /** The loss's minimiser t. */
  target: number;
  /** Learning rate η. */
  lr: number;
  /** Half the curvature, c (1 naive and replay, 1 + λ for l2sp). */
  curvature: number;
}

/** The factor each step multiplies the distance to the target by: `1 − 2ηc`. */
export function gdContraction(lr: number, curvature: number): number {
  return 1 - 2 * lr * curvature;
}

/**
 * `θ_k = t + (1 − 2ηc)^k (θ₀ − t)`.
 *
 * @example
 * gdPositionAfter({ theta0: 170, target: 180, lr: 0.1, curvature: 1 }, 1); // 172
 */
export function gdPositionAfter(path: Readonly<GdPath>, k: number): number {
  const { theta0, target, lr, curvature } = path;
  if (theta0 === target) return target;
  return target + Math.pow(gdContraction(lr, curvature), k) * (theta0 - target);
}

export type GdRegime = 'still' | 'monotone' | 'oscillating' | 'bouncing' | 'diverging';

/**
 * How the iterates behave for a given ηc: still (ηc = 0), monotone (0 < ηc ≤ ½), oscillating
 * (½ < ηc < 1), bouncing for ever (ηc = 1) or diverging (ηc > 1).
 */
export function gdRegime(lr: number, curvature: number): GdRegime {
  const ec = lr * curvature;
  if (ec <= 0) return 'still';
  if (ec <= 0.5) return 'monotone';
  if (ec < 1) return 'oscillating';
  if (ec === 1) return 'bouncing';
  return 'diverging';
}

/** The largest stable learning rate for half-curvature c (a loss curving by 2c): η < 1/c. */
export function gdStableLrLimit(curvature: number): number {
  return curvature > 0 ? 1 / curvature : Infinity;
}

/**
 * The first step k ≥ 0 at which θ_k is at or past `goal`, moving from θ₀ towards t: the
 * early-stopping step that lands on `goal`. Infinity when it never gets there (goal beyond t,
 * behind θ₀, or an unstable rate).
 *
 * @example
 * // θ_k = 180 − 10 · 0.9^k: 171, 171.9, 172.71, …
 * gdStepsToPass({ theta0: 170, target: 180, lr: 0.05, curvature: 1 }, 172); // 3
 */
export function gdStepsToPass(path: Readonly<GdPath>, goal: number): number {
  const { theta0, target } = path;
  const dir = Math.sign(target - theta0);
  // A goal within rounding of θ₀ is where the path already is (t + 1·(θ₀ − t) need not equal θ₀ exactly).
  if (Math.abs(goal - theta0) <= 1e-12 * Math.max(Math.abs(theta0), Math.abs(target), 1)) return 0;
  if (
    dir === 0 ||
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: goal ≠ θ₀ past the line above, so the product is never 0 and has the quotient's sign
    dir * (goal - theta0) < 0
  )
    return Infinity;
  if (dir * (goal - target) > 0) return Infinity;
  const r = gdContraction(path.lr, path.curvature);
  if (!(r > -1 && r < 1)) return Infinity;
  if (r <= 0) return 1;
  const remaining = Math.abs(goal - target);
  if (remaining === 0) return Infinity;
  const passed = (k: number) => dir * (gdPositionAfter(path, k) - goal) >= 0;
  let k = Math.max(0, Math.ceil(Math.log(remaining / Math.abs(theta0 - target)) / Math.log(r)));
  // The logarithm can land one step off through rounding; settle it with the exact position.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: θ₋₁ lies behind θ₀ so passed(−1) is false, and stepping down while θ_{k+1} passes ends below the first passing step, which the next loop climbs back to
  while (k > 0 && passed(k - 1)) k--;
  while (!passed(k)) k++;
  return k;
}

/**
 * The step k whose θ_k is closest to `goal` on the way to t: for a monotone path the better of the
 * last step before passing it and the first step past it; for an oscillating one, the nearest of the
 * swings around t; on an exact tie the earlier step. Infinity when the goal is out of reach.
 */
export function gdStepClosestTo(path: Readonly<GdPath>, goal: number): number {
  const k = gdStepsToPass(path, goal);
  if (!Number.isFinite(k) || k === 0) return k;
  const r = gdContraction(path.lr, path.curvature);
  const gap = (j: number) => Math.abs(gdPositionAfter(path, j) - goal);
  // Stryker disable next-line EqualityOperator: at r = 0 both branches pick the nearer of θ₀ and θ₁ = t, the earlier on a tie
  if (r >= 0) {
    // Monotone: the distance falls until the goal is passed and grows after, so compare the two sides.
    return gap(k - 1) <= gap(k) ? k - 1 : k;
  }
  // Oscillating: later steps can come closer than the first overshoot. A later step sits within its
  // swing s of t, so its distance to the goal is at least |goal − t| − s; stop once that bound
  // cannot beat the best step found.
  const reach = Math.abs(goal - path.target);
  // Stryker disable next-line ArithmeticOperator: a larger first swing only delays the stop, and no later step can come strictly nearer then
  let swing = Math.abs(path.theta0 - path.target);
  let best = 0;
  for (let j = 1; j <= 1_000_000; j++) {
    swing *= -r;
    // Stryker disable next-line EqualityOperator: a later step that could only tie is never visited, since the bound below stops the search first
    if (gap(j) < gap(best)) best = j;
    if (
      // Stryker disable next-line LogicalOperator,ConditionalExpression,EqualityOperator,ArithmeticOperator: stopping later never changes the answer, since once the bound holds no later step comes strictly nearer
      reach - swing * -r >= gap(best) ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,MethodExpression: the floor ends a search for a goal within rounding of t, where the bound never holds; a lower floor or none only searches longer
      swing < 1e-15 * Math.max(1, Math.abs(path.target))
    )
      break;
  }
  return best;
}
