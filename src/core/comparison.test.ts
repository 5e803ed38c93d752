// @vitest-environment node
// Where each strategy's run ends after the steps given, its limit and when it diverges, against the closed forms.
import { describe, expect, it } from 'vitest';
import { scoreTheta, strategyEndpoints } from './comparison';
import { pooledMean } from './ideal';
import { sampleHeights } from './sampling';
import { summarize } from './summary';

const old = summarize(sampleHeights({ mean: 170, std: 7, size: 900, seed: 11 }));
const neu = summarize(sampleHeights({ mean: 178, std: 7, size: 100, seed: 12 }));

describe('strategy end points', () => {
  const base = {
    old,
    neu,
    thetaPre: old.mean,
    lr: 0.01,
    steps: 300,
    earlyStop: 7,
    lambda: 9,
    rho: 0.9,
    tau: 0,
  };
  // Computed inside each test rather than once while the tests are collected, so that a test runs
  // the code it checks.
  const endsOf = () => strategyEndpoints(base);
  const gap = old.mean - neu.mean;

  it('limits match each strategy minimiser, and exact answers end where they head', () => {
    const ends = endsOf();
    expect(ends.freeze).toEqual({ end: old.mean, limit: old.mean, diverges: false });
    expect(ends.naive!.limit).toBe(neu.mean);
    expect(ends.newOnly).toEqual({ end: neu.mean, limit: neu.mean, diverges: false });
    expect(ends.joint!.end).toBeCloseTo(pooledMean(old, neu), 12);
    expect(ends.posterior!.end).toBeCloseTo(pooledMean(old, neu), 12);
  });

  it('runs end where the closed form puts them after the steps given, not at their limits', () => {
    const ends = endsOf();
    expect(ends.naive!.end).toBeCloseTo(neu.mean + 0.98 ** 300 * gap, 10);
    expect(ends.early!.end).toBeCloseTo(neu.mean + 0.98 ** 7 * gap, 10);
    expect(ends.early!.limit).toBe(ends.early!.end);
    // L2 contracts by 1 − 2η(1 + λ) = 0.8 a step towards its own minimiser.
    const t = ends.l2sp!.limit;
    expect(ends.l2sp!.end).toBeCloseTo(t + 0.8 ** 300 * (old.mean - t), 10);
    const few = strategyEndpoints({
      old,
      neu,
      thetaPre: old.mean,
      lr: 0.001,
      steps: 50,
      earlyStop: 80,
      lambda: 9,
      rho: 0.9,
      tau: 0,
    });
    expect(Math.abs(few.naive!.end - few.naive!.limit)).toBeGreaterThan(1);
    expect(few.l2sp!.end).toBeCloseTo(t + 0.98 ** 50 * (old.mean - t), 10);
    // Early stopping past the run's last step stops at the last step.
    expect(few.early!.end).toBe(few.naive!.end);
  });

  it('L2 with λ = n_old/n_new and replay with ρ = n_old/(n_old + n_new) head for joint training', () => {
    const ends = endsOf();
    expect(ends.l2sp!.limit).toBeCloseTo(ends.joint!.end, 10);
    expect(ends.replay!.limit).toBeCloseTo(ends.joint!.end, 10);
    expect(ends.l2sp!.end).toBeCloseTo(ends.joint!.end, 10);
  });

  it('a run that leaves the bounds diverges, with no number; one past the limit but still in bounds has no limit', () => {
    const at = (lr: number, steps: number, earlyStop = 2) =>
      strategyEndpoints({
        old,
        neu,
        thetaPre: old.mean,
        lr,
        steps,
        earlyStop,
        lambda: 9,
        rho: 0.9,
        tau: 0,
      });
    // η = 0.6: naive and replay have ηc = 0.6 (oscillating), L2 with λ = 9 has ηc = 6 (|1 − 12| = 11 a step).
    const e = at(0.6, 500);
    expect(e.l2sp).toEqual({ end: NaN, limit: NaN, diverges: true });
    expect(e.naive!.diverges).toBe(false);
    expect(e.naive!.limit).toBe(neu.mean);
    // Three steps at that rate are still a number (11³ times the start's gap), but head nowhere.
    const short = at(0.6, 3);
    const t = short.l2sp!.end;
    expect(short.l2sp!.diverges).toBe(false);
    expect(short.l2sp!.limit).toBeNaN();
    const l2Target = (neu.mean + 9 * old.mean) / 10;
    expect(t).toBeCloseTo(l2Target + (-11) ** 3 * (old.mean - l2Target), 6);
    expect(short.naive!.end).toBeCloseTo(neu.mean + (-0.2) ** 3 * gap, 10);
    // η = 1.5 for 500 steps: every run leaves the bounds; early stopping after 2 steps does not.
    const all = at(1.5, 500);
    for (const k of ['naive', 'l2sp', 'replay'] as const) expect(all[k]!.diverges).toBe(true);
    expect(all.early!.diverges).toBe(false);
    expect(all.early!.end).toBeCloseTo(neu.mean + (-2) ** 2 * gap, 10);
    expect(all.freeze!.diverges).toBe(false);
    // At ηc = 1 θ bounces for ever: it ends somewhere but has no limit.
    const bounce = strategyEndpoints({
      old,
      neu,
      thetaPre: old.mean,
      lr: 1,
      steps: 3,
      earlyStop: 2,
      lambda: 9,
      rho: 0.9,
      tau: 0,
    });
    expect(bounce.naive!.end).toBeCloseTo(neu.mean - gap, 10);
    expect(bounce.naive!.limit).toBeNaN();
  });

  it('with η = 0 nothing moves: every run ends and stays at θ_pre', () => {
    const still = strategyEndpoints({ ...base, lr: 0 });
    for (const k of ['naive', 'early', 'l2sp', 'replay'] as const) {
      expect(still[k]).toEqual({ end: old.mean, limit: old.mean, diverges: false });
    }
  });

  it('a run sitting exactly on the bound ±1e9 has not left it', () => {
    const huge = { n: 10, mean: 1e9, variance: 0 };
    const e = strategyEndpoints({ ...base, old: huge, neu: huge, thetaPre: 1e9 });
    expect(e.naive).toEqual({ end: 1e9, limit: 1e9, diverges: false });
  });

  it('the step chosen on validation data is early stopping at that step, when there is one', () => {
    expect(endsOf().earlyValidated).toBeUndefined();
    expect(strategyEndpoints({ ...base, earlyValidated: null }).earlyValidated).toBeUndefined();
    const at = (k: number) => strategyEndpoints({ ...base, earlyStop: k });
    const v = strategyEndpoints({ ...base, earlyValidated: 40 });
    expect(v.earlyValidated).toEqual(at(40).early);
    expect(v.early).toEqual(at(7).early);
    // Capped by the run's steps like early stopping.
    expect(strategyEndpoints({ ...base, earlyValidated: 5000 }).earlyValidated!.end).toBe(
      endsOf().naive!.end,
    );
    expect(strategyEndpoints({ ...base, earlyValidated: 0 }).earlyValidated!.end).toBe(old.mean);
  });

  it('scores a θ by (θ − μ)² + σ² on each population', () => {
    const sc = scoreTheta(172, { mean: 170, std: 7 }, { mean: 178, std: 5 });
    expect(sc).toEqual({
      theta: 172,
      errorOld: 4 + 49,
      errorNew: 36 + 25,
      excessOld: 4,
      excessNew: 36,
      excessGoal: 36,
    });
    expect(
      scoreTheta(172, { mean: 170, std: 7 }, { mean: 178, std: 5 }, { mean: 171, std: 1 })
        .excessGoal,
    ).toBe(1);
  });
});
