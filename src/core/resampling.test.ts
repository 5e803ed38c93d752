// @vitest-environment node
// Reruns drawn from the sampling distributions spread as the statistics say they must.
import { describe, expect, it } from 'vitest';
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
  });
});

describe('spreadOf', () => {
  it('gives the mean and the quantiles of a sample, in any order', () => {
    const values = Float64Array.from({ length: 101 }, (_, i) => (i * 37) % 101);
    const sp = spreadOf(values);
    expect(sp).toEqual({ mean: 50, q05: 5, q25: 25, median: 50, q75: 75, q95: 95 });
  });
});
