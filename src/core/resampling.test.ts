// @vitest-environment node
// Reruns drawn from the sampling distributions spread as the statistics say they must.
import { describe, expect, it } from 'vitest';
import { strategyEndpoints } from './comparison';
import { goalPopulation } from './goal';
import { resampleStrategies, spreadOf } from './resampling';
import type { ResampleSpec } from './resampling';

describe('resampleStrategies', () => {
  const base: ResampleSpec = {
    old: { mean: 170, std: 7, n: 1000 },
    neu: { mean: 172, std: 7, n: 20 },
    init: 170,
    preLr: 0.1,
    preSteps: 200,
    ftLr: 0.01,
    ftSteps: 500,
    earlyStop: 5,
    lambda: 50,
    rho: 0.98,
    tau: 1,
    goal: 'new',
    valFraction: 0.2,
    replicates: 4000,
    seed: 3,
  };

  it('naive fine-tuning spreads like the new sample mean, N(μ_new, σ²/n_new)', () => {
    const r = resampleStrategies(base);
    const th = r.theta.naive!;
    let m = 0;
    for (const v of th) m += v;
    m /= th.length;
    let v2 = 0;
    for (const v of th) v2 += (v - m) ** 2;
    const sd = Math.sqrt(v2 / (th.length - 1));
    const want = 7 / Math.sqrt(20);
    // Standard error of a sample sd from 4,000 normals is about sd/√(2·4000) ≈ 1.1 %.
    expect(Math.abs(sd - want) / want).toBeLessThan(0.05);
    expect(Math.abs(m - 172)).toBeLessThan(4 * (want / Math.sqrt(4000)));
  });

  it('joint training spreads like the pooled mean: sd = σ/√(n_old + n_new)', () => {
    const r = resampleStrategies(base);
    const sp = r.thetaSpread.joint!;
    // For a normal, the 5–95 % range is 2 × 1.645 sd.
    const sd = (sp.q95 - sp.q05) / (2 * 1.6449);
    expect(Math.abs(sd / (7 / Math.sqrt(1020)) - 1)).toBeLessThan(0.08);
  });

  it('tiny new data from a similar population: naive loses to the posterior ideal on the new population', () => {
    const r = resampleStrategies(base);
    expect(r.excessNewSpread.naive!.mean).toBeGreaterThan(r.excessNewSpread.posterior!.mean);
  });

  it('large, very different new data: keeping the old data loses to naive fine-tuning', () => {
    const r = resampleStrategies({
      ...base,
      old: { mean: 165, std: 7, n: 2000 },
      neu: { mean: 180, std: 7, n: 5000 },
      tau: 10,
    });
    expect(r.excessNewSpread.naive!.mean).toBeLessThan(r.excessNewSpread.joint!.mean);
    expect(r.excessNewSpread.naive!.mean).toBeLessThan(r.excessNewSpread.freeze!.mean);
  });

  it('the same seed gives the same spreads', () => {
    expect(resampleStrategies({ ...base, replicates: 50 }).theta.naive).toEqual(
      resampleStrategies({ ...base, replicates: 50 }).theta.naive,
    );
  });

  it('counts reruns that diverge apart and leaves them out of the spreads', () => {
    // η = 0.6 with λ = 50 gives L2 ηc = 30.6: every L2 rerun leaves the finite range; naive does not.
    const r = resampleStrategies({ ...base, ftLr: 0.6, replicates: 200 });
    expect(r.diverged.l2sp).toBe(200);
    expect(r.thetaSpread.l2sp).toBeUndefined();
    expect(r.diverged.naive).toBe(0);
    expect(Number.isFinite(r.thetaSpread.naive!.median)).toBe(true);
  });

  it('refuses a replicate count that is not a whole number ≥ 1', () => {
    for (const replicates of [0, 2.5, -1, NaN])
      expect(() => resampleStrategies({ ...base, replicates })).toThrow(RangeError);
    expect(() => resampleStrategies({ ...base, replicates: 0 })).toThrow(/replicates/);
    expect(resampleStrategies({ ...base, replicates: 1 }).theta.naive).toHaveLength(1);
  });

  it('with no spread every rerun is the experiment on the population itself', () => {
    // σ = 0: every sample mean is μ and every variance 0, so each replicate is exact.
    const spec: ResampleSpec = {
      ...base,
      old: { mean: 170, std: 0, n: 1000 },
      neu: { mean: 180, std: 0, n: 20 },
      init: 150,
      preSteps: 3,
      goal: 'everyone',
      replicates: 3,
    };
    const r = resampleStrategies(spec);
    const thetaPre = 170 + (1 - 2 * spec.preLr) ** 3 * (150 - 170);
    const want = strategyEndpoints({
      old: { n: 1000, mean: 170, variance: 0 },
      neu: { n: 20, mean: 180, variance: 0 },
      thetaPre,
      lr: spec.ftLr,
      steps: spec.ftSteps,
      earlyStop: spec.earlyStop,
      // The held-out mean is the training mean, so the loss falls to the last step.
      earlyValidated: spec.ftSteps,
      lambda: spec.lambda,
      rho: spec.rho,
      tau: spec.tau,
    });
    const goalPop = goalPopulation('everyone', spec.old, { mean: 180, std: 0 }, 1000, 20);
    for (const [key, landing] of Object.entries(want)) {
      const th = r.theta[key as keyof typeof want]!;
      for (const v of th) expect(v).toBeCloseTo(landing.end, 9);
      expect(r.thetaSpread[key as keyof typeof want]!.median).toBeCloseTo(landing.end, 9);
      expect(r.excessNewSpread[key as keyof typeof want]!.mean).toBeCloseTo(
        (landing.end - 180) ** 2,
        6,
      );
      expect(r.excessGoalSpread[key as keyof typeof want]!.mean).toBeCloseTo(
        (landing.end - goalPop.mean) ** 2,
        6,
      );
    }
    expect(r.theta.freeze![0]).toBeCloseTo(thetaPre, 12);
  });

  it("the posterior weighs the old mean by n_eff from each rerun's own variances, near σ²", () => {
    // θ_pre = m_old after many pre-training steps; n_eff = n_new (m_new − post)/(post − m_old).
    const spec: ResampleSpec = {
      ...base,
      old: { mean: 170, std: 7, n: 1000 },
      neu: { mean: 175, std: 3, n: 1000 },
      preSteps: 2000,
      tau: 0.5,
      replicates: 200,
    };
    const r = resampleStrategies(spec);
    const sigma2 = (1000 * 49 + 1000 * 9) / 2000;
    const want = 1000 / (1 + (1000 * 0.25) / sigma2);
    for (let i = 0; i < 200; i++) {
      const mOld = r.theta.freeze![i]!;
      const mNew = r.theta.newOnly![i]!;
      const post = r.theta.posterior![i]!;
      const nEff = (1000 * (mNew - post)) / (post - mOld);
      // Sample variances of 1000 heights stay within a few per cent of σ².
      expect(nEff / want).toBeGreaterThan(0.85);
      expect(nEff / want).toBeLessThan(1.15);
    }
  });

  it('holds out a share valFraction of the new data to choose the step on', () => {
    // θ_pre = μ_new exactly, and η = ½ lands on the training mean m_tr in one step, so the step
    // chosen is 1 when m_tr is nearer m_val than θ_pre is, else 0. With a = m_tr − μ and
    // b = m_val − μ independent normals of variances σ²/n_tr and σ²/n_val, that is a(a − 2b) < 0,
    // whose chance is ½ − arcsin(ρ)/π with ρ = sd(a)/sd(a − 2b).
    const spec: ResampleSpec = {
      ...base,
      old: { mean: 172, std: 0, n: 1000 },
      neu: { mean: 172, std: 7, n: 100 },
      init: 172,
      ftLr: 0.5,
      valFraction: 0.2,
      replicates: 4000,
    };
    const r = resampleStrategies(spec);
    let moved = 0;
    for (let i = 0; i < spec.replicates; i++) if (r.theta.earlyValidated![i] !== 172) moved++;
    const rho = Math.sqrt(1 / 80) / Math.sqrt(1 / 80 + 4 / 20);
    // 4000 reruns: a standard error below 0.008.
    expect(Math.abs(moved / spec.replicates - (0.5 - Math.asin(rho) / Math.PI))).toBeLessThan(0.03);
    // Holding out everything still leaves one height to train on.
    const all = resampleStrategies({ ...spec, valFraction: 1, replicates: 3 });
    expect(all.theta.earlyValidated).toHaveLength(3);
  });

  it('one old and one new height: zero sample variances, and no data left to hold out', () => {
    // n = 1 gives χ² with 0 degrees of freedom, a variance of 0; with τ > 0 and σ² = 0 the posterior is m_new.
    const r = resampleStrategies({
      ...base,
      old: { mean: 170, std: 7, n: 1 },
      neu: { mean: 180, std: 7, n: 1 },
      replicates: 20,
    });
    expect(r.theta.earlyValidated).toBeUndefined();
    for (let i = 0; i < 20; i++) {
      expect(Number.isFinite(r.theta.newOnly![i]!)).toBe(true);
      expect(r.theta.posterior![i]).toBe(r.theta.newOnly![i]);
    }
    // Two new heights are enough for one to train on and one to hold out.
    const two = resampleStrategies({ ...base, neu: { mean: 180, std: 7, n: 2 }, replicates: 5 });
    expect(two.theta.earlyValidated).toHaveLength(5);
  });
});

describe('spreadOf', () => {
  it('gives the mean and the quantiles of a sample, in any order', () => {
    const values = Float64Array.from({ length: 101 }, (_, i) => (i * 37) % 101);
    const sp = spreadOf(values);
    expect(sp).toEqual({ mean: 50, q05: 5, q25: 25, median: 50, q75: 75, q95: 95 });
  });
});
