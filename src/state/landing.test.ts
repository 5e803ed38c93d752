// "Land on the ideal" lands, stays stable, and its note names the curvature it was given.
import { describe, expect, it } from 'vitest';
import { convergingSettings, idealLambda, landOnIdeal } from './landing';
import { selectIdeals, selectRun } from './derived';
import { selectGoal } from './goal';
import { DEFAULT_SCENARIO } from './scenario';
import type { Scenario } from './scenario';

const scenario = (patch: Partial<Scenario> = {}): Scenario => ({ ...DEFAULT_SCENARIO, ...patch });

const fast = { ...DEFAULT_SCENARIO, ftLr: 0.9 };

describe('the landing note', () => {
  it('for replay (c = 1, no λ) says η ≤ ½', () => {
    const fix = landOnIdeal(fast, 'replay')!;
    expect(fix.patch.ftLr).toBe(0.5);
    expect(fix.note).toContain('lowered the learning rate to η = 0.5 so that η ≤ ½');
    expect(fix.note).not.toMatch(/λ/);
  });

  it('for L2 says η(1 + λ) ≤ ½', () => {
    const fix = landOnIdeal(fast, 'l2sp')!;
    expect(fix.note).toMatch(/so that η\(1 \+ λ\) ≤ ½/);
  });

  it('for a bare curvature names it', () => {
    expect(convergingSettings(fast, 4).note).toMatch(/so that 4η ≤ ½/);
  });
});

describe('landing L2 from where pre-training stopped', () => {
  // Ten slow steps leave θ_pre well short of the old mean, where λ = n_old/n_new misses the ideal.
  const short = { ...DEFAULT_SCENARIO, preSteps: 10, preLr: 0.01, ftSteps: 5000 };

  it('lands on the ideal even though θ_pre is not the old mean', () => {
    const run = selectRun(short);
    expect(Math.abs(run.thetaPre - selectIdeals(short).oldSummary.mean)).toBeGreaterThan(2);
    const fix = landOnIdeal(short, 'l2sp')!;
    const landed = selectRun({ ...short, ...fix.patch }).result!;
    expect(landed.theta[landed.theta.length - 1]).toBeCloseTo(selectGoal(short).ideal, 2);
    expect(fix.note).toMatch(/stopped short of the old mean/);
  });

  it('uses n_old/n_new once pre-training has reached the old mean, and says nothing of it', () => {
    const full = { ...DEFAULT_SCENARIO, preSteps: 400 };
    const fix = landOnIdeal(full, 'l2sp')!;
    expect(fix.patch.lambda).toBeCloseTo(full.oldSize / full.newSize, 6);
    expect(fix.note).toBeNull();
  });

  it('returns null when no λ ≥ 0 reaches the ideal (θ_pre beyond it, on the new side)', () => {
    // No pre-training and a start above the ideal: the pull toward θ_pre can only move away.
    expect(landOnIdeal({ ...DEFAULT_SCENARIO, preSteps: 0, init: 175 }, 'l2sp')).toBeNull();
  });
});

describe('landing stays stable', () => {
  it('a huge λ from a tiny new dataset lowers η so that η(1 + λ) ≤ ½, and still lands on the ideal', () => {
    const s = scenario({ newSize: 1 });
    const ideals = selectIdeals(s);
    const lambda = ideals.lambdaPooled;
    expect(lambda).toBe(1000);
    const fix = convergingSettings(s, 1 + lambda);
    expect(fix.patch.ftLr! * (1 + lambda)).toBeLessThanOrEqual(0.5);
    expect(fix.note).toMatch(/lowered the learning rate/);
    const run = selectRun({ ...s, ...fix.patch, strategy: 'l2sp', lambda }).result!;
    expect(run.diverged).toBe(false);
    expect(run.theta[run.theta.length - 1]).toBeCloseTo(ideals.pooled, 3);
  });

  it('a slow learning rate gets enough steps to converge', () => {
    const s = scenario({ ftLr: 0.0001, ftSteps: 100 });
    const fix = convergingSettings(s, 1);
    expect(fix.patch.ftLr).toBeUndefined();
    expect(fix.patch.ftSteps).toBeGreaterThan(30_000);
    const run = selectRun({
      ...s,
      ...fix.patch,
      strategy: 'replay',
      rho: selectIdeals(s).rhoPooled,
    }).result!;
    expect(run.theta[run.theta.length - 1]).toBeCloseTo(selectIdeals(s).pooled, 1);
  });

  it('settings that already converge are left alone', () => {
    expect(convergingSettings(scenario(), 1)).toEqual({ patch: {}, note: null });
  });
});

describe('idealLambda', () => {
  it('is the λ whose L2 minimiser from the real θ_pre is the ideal, which the button sets', () => {
    const short = { ...DEFAULT_SCENARIO, preSteps: 10, preLr: 0.01 };
    const lambda = idealLambda(short)!;
    const thetaPre = selectRun(short).thetaPre;
    const m = selectIdeals(short).newSummary.mean;
    expect((m + lambda * thetaPre) / (1 + lambda)).toBeCloseTo(selectGoal(short).ideal, 9);
    expect(landOnIdeal(short, 'l2sp')!.patch.lambda).toBe(lambda);
  });
});
