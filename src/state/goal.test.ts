// The goal decides the ideal everywhere: switching it moves the ideal, the landing knobs, the one
// "closest step", the comparison's scoring, and the warnings when its assumption is wrong.
import { describe, expect, it } from 'vitest';
import { gdPositionAfter, pooledMean, posteriorMean } from '../core/index';
import { selectIdeals, selectRun } from './derived';
import { selectGoal, selectIdealStop } from './goal';
import { landOnIdeal } from './landing';
import { bestForGoal, selectComparison } from './lessons';
import { DEFAULT_SCENARIO } from './scenario';
import type { Scenario } from './scenario';

const base = (patch: Partial<Scenario> = {}): Scenario => ({ ...DEFAULT_SCENARIO, ...patch });
const endOf = (s: Scenario) => {
  const r = selectRun(s).result!;
  return r.theta[r.theta.length - 1]!;
};

describe('the goal switch', () => {
  it('for everyone the ideal is the size-weighted mean, and τ plays no part', () => {
    const s = base({ goal: 'everyone', tau: 3 });
    const { oldSummary, newSummary } = selectIdeals(s);
    const g = selectGoal(s);
    expect(g.ideal).toBe(pooledMean(oldSummary, newSummary));
    expect(g.tau).toBe(0);
    expect(g.lambda).toBeCloseTo(s.oldSize / s.newSize, 9);
    expect(g.population.mean).toBeCloseTo((1000 * 170 + 50 * 178) / 1050, 12);
  });

  it('for the new population the ideal is the posterior with τ, and λ, ρ use n_eff', () => {
    const s = base({ goal: 'new', tau: 2 });
    const ideals = selectIdeals(s);
    const g = selectGoal(s);
    expect(g.ideal).toBe(posteriorMean(ideals.oldSummary, ideals.newSummary, 2));
    expect(g.oldWeight).toBe(ideals.nEff);
    expect(g.lambda).toBeCloseTo(ideals.nEff / s.newSize, 12);
    expect(g.rho).toBeCloseTo(ideals.nEff / (ideals.nEff + s.newSize), 12);
    expect(g.population).toEqual({ mean: s.newMean, std: s.newStd });
  });

  it('"land on the ideal" lands L2 and replay on the chosen goal\'s ideal, for both goals', () => {
    for (const s of [base({ goal: 'everyone' }), base({ goal: 'new', tau: 2 })]) {
      for (const knob of ['l2sp', 'replay'] as const) {
        const landed = { ...s, ...landOnIdeal(s, knob)!.patch };
        expect(Math.abs(endOf(landed) - selectGoal(s).ideal), `${s.goal} ${knob}`).toBeLessThan(
          0.05,
        );
      }
    }
  });

  it('switching the goal changes which strategy the comparison calls best', () => {
    // Default populations are 8 cm apart: for everyone, keeping the old data is right; for the
    // new population with a τ that allows 8 cm, naive fine-tuning is close to right.
    const forAll = bestForGoal(selectComparison(base({ goal: 'everyone' })))!;
    expect(['joint', 'l2sp', 'replay', 'early', 'freeze']).toContain(forAll.key);
    const rowsNew = selectComparison(base({ goal: 'new', tau: 8 }));
    const naive = rowsNew.find((r) => r.key === 'naive')!;
    const joint = rowsNew.find((r) => r.key === 'joint')!;
    expect(naive.excessGoal).toBeLessThan(joint.excessGoal);
  });
});

describe('warnings when the true means contradict the goal', () => {
  it('τ = 0 for the new population while the populations differ', () => {
    expect(selectGoal(base({ goal: 'new', tau: 0 })).warning).toEqual({
      kind: 'notOnePopulation',
      gap: 8,
    });
  });
  it('a τ far smaller than the true gap', () => {
    expect(selectGoal(base({ goal: 'new', tau: 1 })).warning?.kind).toBe('tauTooSmall');
    expect(selectGoal(base({ goal: 'new', tau: 4 })).warning).toBeNull();
  });
  it('τ > 0 when the populations are one', () => {
    expect(selectGoal(base({ goal: 'new', tau: 2, newMean: 170 })).warning?.kind).toBe(
      'onePopulation',
    );
  });
  it('none for everyone seen: the size-weighted mean is right whatever the populations', () => {
    expect(selectGoal(base({ goal: 'everyone' })).warning).toBeNull();
    expect(selectGoal(base({ goal: 'everyone', newMean: 200 })).warning).toBeNull();
  });
});

describe('one step closest to the ideal', () => {
  const cases: [string, Scenario][] = [
    ['default', base()],
    ['slow rate', base({ ftLr: 0.002, ftSteps: 1500, newSize: 250 })],
    ['oscillating', base({ ftLr: 0.8 })],
    ['new population', base({ goal: 'new', tau: 2 })],
    ['adam', base({ ftOptimizer: 'adam', ftLr: 0.05 })],
  ];
  it.each(cases)(
    '%s: the button, the k* mark and the oracle row share one step and its θ',
    (_, s) => {
      const stop = selectIdealStop(s)!;
      expect(stop).not.toBeNull();
      expect(landOnIdeal(s, 'early')!.patch.earlyStop).toBe(stop.step);
      // θ at that step is where the early-stopped run actually ends.
      const landed = { ...s, ...landOnIdeal(s, 'early')!.patch };
      expect(endOf(landed)).toBeCloseTo(stop.theta, 9);
      // No other step of the naive run comes closer to the ideal.
      const ideal = selectGoal(s).ideal;
      const naive = selectRun({ ...s, strategy: 'naive' }).result!;
      for (let k = 0; k <= s.ftSteps; k++) {
        const theta = naive.theta[naive.boundary + k]!;
        expect(Math.abs(theta - ideal)).toBeGreaterThanOrEqual(Math.abs(stop.theta - ideal) - 1e-9);
      }
    },
  );

  it('out of the closed form\'s reach, the nearest step is still found, not "never"', () => {
    // No pre-training and θ starting at 175: between the ideal (≈ 170) and the new mean, so naive
    // fine-tuning only moves away from the ideal and step 0 is nearest.
    const behind = base({ preSteps: 0, init: 175 });
    expect(selectIdealStop(behind)!.step).toBe(0);
    expect(landOnIdeal(behind, 'early')!.patch.earlyStop).toBe(0);
    // Starting far above both means, θ comes down towards the new mean and never reaches the ideal
    // below it: the last step is nearest.
    const above = base({ preSteps: 0, init: 250 });
    expect(selectIdealStop(above)!.step).toBe(above.ftSteps);
  });

  it('full-batch SGD: θ at the step is the closed form', () => {
    const s = base();
    const stop = selectIdealStop(s)!;
    const run = selectRun(s);
    const target = selectIdeals(s).newSummary.mean;
    expect(stop.theta).toBe(
      gdPositionAfter({ theta0: run.thetaPre, target, lr: s.ftLr, curvature: 1 }, stop.step),
    );
  });
});

describe('the comparison shows where runs end with the current steps and rate', () => {
  it('an unconverged L2 run shows its end, agreeing with the run, and its limit beside it', () => {
    const s = base({ strategy: 'l2sp', lambda: 1, ftLr: 0.0005, ftSteps: 100 });
    const row = selectComparison(s).find((r) => r.key === 'l2sp')!;
    expect(row.theta).toBeCloseTo(endOf(s), 9);
    expect(Math.abs(row.limit - row.theta)).toBeGreaterThan(0.5);
    expect(row.diverges).toBe(false);
  });

  it('a diverging L2 run shows no θ and no error, and is never called best', () => {
    const s = base({ strategy: 'l2sp', lambda: 20, ftLr: 0.1 });
    expect(selectRun(s).result!.diverged).toBe(true);
    const rows = selectComparison(s);
    const row = rows.find((r) => r.key === 'l2sp')!;
    expect(row.diverges).toBe(true);
    expect(row.theta).toBeNaN();
    expect(row.excessGoal).toBeNaN();
    expect(bestForGoal(rows)!.key).not.toBe('l2sp');
    // Naive at η = 0.1 is stable and still has its numbers.
    expect(rows.find((r) => r.key === 'naive')!.diverges).toBe(false);
  });

  it("with Adam or mini-batches each run is simulated, so the current strategy's row is the readout's θ", () => {
    for (const patch of [
      { ftOptimizer: 'adam' as const, ftLr: 0.05, strategy: 'l2sp' as const, lambda: 5 },
      { ftBatch: 8, strategy: 'replay' as const, rho: 0.7 },
      { ftOptimizer: 'momentum' as const, ftLr: 0.001, strategy: 'naive' as const },
    ]) {
      const s = base(patch);
      const row = selectComparison(s).find((r) => r.key === s.strategy)!;
      expect(row.theta).toBe(endOf(s));
    }
  });
});
