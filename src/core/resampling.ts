/**
 * The whole experiment rerun over many resamples of both datasets, using the sampling
 * distribution of the mean (docs/math.md, "How good is a θ": the mean of n draws is
 * N(μ, σ²/n)), so hundreds of reruns cost microseconds. Shows how sure we can be of each
 * strategy's θ.
 */
import { quantileSorted } from 'd3-array';
import { randomGamma, randomLcg, randomNormal } from 'd3-random';
import { strategyEndpoints } from './comparison';
import type { ComparedStrategy } from './comparison';
import { goalPopulation } from './goal';
import type { Goal } from './goal';
import { excessSquaredError } from './quality';
import { checkSeed } from './sampling';
import { earlyStopByValidation } from './validation';

export interface PopulationSpec {
  mean: number;
  std: number;
  n: number;
}

export interface ResampleSpec {
  old: PopulationSpec;
  neu: PopulationSpec;
  init: number;
  preLr: number;
  preSteps: number;
  ftLr: number;
  ftSteps: number;
  earlyStop: number;
  lambda: number;
  rho: number;
  tau: number;
  /** Whom θ is for: the excess is measured on the new population or on the size-weighted mixture. */
  goal: Goal;
  /** Share of the new data held out for choosing the early-stopping step. */
  valFraction: number;
  replicates: number;
  seed: number;
}

export interface Spread {
  mean: number;
  q05: number;
  q25: number;
  median: number;
  q75: number;
  q95: number;
}

export interface ResampleResult {
  /** Final θ of each strategy in each replicate. */
  theta: Partial<Record<ComparedStrategy, Float64Array>>;
  thetaSpread: Partial<Record<ComparedStrategy, Spread>>;
  /** Excess squared error on the new population, (θ − μ_new)². */
  excessNewSpread: Partial<Record<ComparedStrategy, Spread>>;
  /** Excess squared error on the goal's population (the new one, or everyone seen). */
  excessGoalSpread: Partial<Record<ComparedStrategy, Spread>>;
  /** Replicates whose θ left the finite range (spreads use the others). */
  diverged: Partial<Record<ComparedStrategy, number>>;
}

/** Mean and quantiles of a sample. */
export function spreadOf(values: Float64Array): Spread {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  const asArray = Array.from(sorted);
  const q = (p: number) => quantileSorted(asArray, p)!;
  return {
    mean: sum / sorted.length,
    q05: q(0.05),
    q25: q(0.25),
    median: q(0.5),
    q75: q(0.75),
    q95: q(0.95),
  };
}

/**
 * Draws `replicates` pairs of sample summaries — means from N(μ, σ²/n) and variances from
 * σ² χ²_{n−1}/n — and runs every strategy on each with full-batch gradient descent.
 */
export function resampleStrategies(spec: Readonly<ResampleSpec>): ResampleResult {
  checkSeed(spec.seed);
  const R = spec.replicates;
  if (!Number.isInteger(R) || R < 1)
    throw new RangeError(`replicates must be a whole number ≥ 1, got ${R}`);
  const rng = randomLcg(spec.seed);
  const normal = randomNormal.source(rng)(0, 1);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: d3's gamma with shape 0 (n = 1) is the constant 0 as well
  const chi2 = (df: number) => (df <= 0 ? () => 0 : randomGamma.source(rng)(df / 2, 2));
  const { old, neu } = spec;
  const nVal = Math.max(1, Math.min(neu.n - 1, Math.round(spec.valFraction * neu.n)));
  const nTr = neu.n - nVal;
  const chiOld = chi2(old.n - 1);
  const chiNew = chi2(neu.n - 1);
  const preFactor = Math.pow(1 - 2 * spec.preLr, spec.preSteps);

  const theta: Partial<Record<ComparedStrategy, Float64Array>> = {};
  // Stryker disable next-line EqualityOperator: one more rerun only writes past the end of each Float64Array, which does nothing
  for (let r = 0; r < R; r++) {
    // Stryker disable next-line ArithmeticOperator: N(0, 1) is symmetric, so subtracting the draw gives the same distribution of reruns
    const mOld = old.mean + (old.std / Math.sqrt(old.n)) * normal();
    const vOld = (old.std * old.std * chiOld()) / old.n;
    let mNew: number;
    let split: {
      train: { n: number; mean: number; variance: number };
      val: { n: number; mean: number; variance: number };
    } | null = null;
    if (nTr >= 1) {
      // Stryker disable next-line ArithmeticOperator: N(0, 1) is symmetric, so subtracting the draw gives the same distribution of reruns
      const mTr = neu.mean + (neu.std / Math.sqrt(nTr)) * normal();
      // Stryker disable next-line ArithmeticOperator: N(0, 1) is symmetric, so subtracting the draw gives the same distribution of reruns
      const mVal = neu.mean + (neu.std / Math.sqrt(nVal)) * normal();
      mNew = (nTr * mTr + nVal * mVal) / neu.n;
      split = {
        train: { n: nTr, mean: mTr, variance: 0 },
        val: { n: nVal, mean: mVal, variance: 0 },
      };
    } else {
      // Stryker disable next-line ArithmeticOperator: N(0, 1) is symmetric, so subtracting the draw gives the same distribution of reruns
      mNew = neu.mean + (neu.std / Math.sqrt(neu.n)) * normal();
    }
    const vNew = (neu.std * neu.std * chiNew()) / neu.n;
    const thetaPre = mOld + preFactor * (spec.init - mOld);
    const kVal = split ? earlyStopByValidation(thetaPre, split, spec.ftLr, spec.ftSteps) : null;
    const ends = strategyEndpoints({
      old: { n: old.n, mean: mOld, variance: vOld },
      neu: { n: neu.n, mean: mNew, variance: vNew },
      thetaPre,
      lr: spec.ftLr,
      steps: spec.ftSteps,
      earlyStop: spec.earlyStop,
      earlyValidated: kVal,
      lambda: spec.lambda,
      rho: spec.rho,
      tau: spec.tau,
    });
    for (const [key, value] of Object.entries(ends) as [ComparedStrategy, { end: number }][]) {
      (theta[key] ??= new Float64Array(R))[r] = value.end;
    }
  }
  const thetaSpread: Partial<Record<ComparedStrategy, Spread>> = {};
  const excessNewSpread: Partial<Record<ComparedStrategy, Spread>> = {};
  const excessGoalSpread: Partial<Record<ComparedStrategy, Spread>> = {};
  const newPop = { mean: neu.mean, std: neu.std };
  const goalPop = goalPopulation(spec.goal, old, newPop, old.n, neu.n);
  const diverged: Partial<Record<ComparedStrategy, number>> = {};
  for (const [key, values] of Object.entries(theta) as [ComparedStrategy, Float64Array][]) {
    // A learning rate past the stability limit sends θ off to infinity (NaN here): count those runs apart.
    // Stryker disable next-line LogicalOperator,ConditionalExpression,EqualityOperator: a run past ±1e9 already ends at NaN (comparison.ts), and no exact answer gets near 1e9 cm
    const finite = values.filter((t) => Number.isFinite(t) && Math.abs(t) <= 1e9);
    diverged[key] = values.length - finite.length;
    if (finite.length === 0) continue;
    thetaSpread[key] = spreadOf(finite);
    excessNewSpread[key] = spreadOf(finite.map((t) => excessSquaredError(t, newPop)));
    excessGoalSpread[key] = spreadOf(finite.map((t) => excessSquaredError(t, goalPop)));
  }
  return { theta, thetaSpread, excessNewSpread, excessGoalSpread, diverged };
}
