// Presets are data; each must load a valid scenario that shows the lesson its name promises.
import { describe, expect, it } from 'vitest';
import { gdRegime } from '../core/index';
import { presetScenario } from './applyPreset';
import { selectIdeals, selectRun } from './derived';
import { selectGoal } from './goal';
import { selectComparison, selectResampling } from './lessons';
import { PRESETS } from './presets';
import { DEFAULT_SCENARIO } from './scenario';

const byId = (id: string) => {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return presetScenario(p);
};
const last = (a: Float64Array) => a[a.length - 1]!;

describe('presets', () => {
  it('there are at least eight, with distinct ids, a lesson, a question and an answer', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.lesson.length).toBeGreaterThan(20);
      expect(p.question).toMatch(/\?$/);
      expect(p.answer.length).toBeGreaterThan(20);
    }
  });

  it('every preset runs without an error', () => {
    for (const p of PRESETS) expect(selectRun(presetScenario(p)).error).toBeNull();
  });

  it('tiny new data: the ideal moves 0.1 % of the way while naive fine-tuning goes all the way', () => {
    const s = byId('tiny-new');
    const ideals = selectIdeals(s);
    const gap = ideals.newSummary.mean - ideals.oldSummary.mean;
    expect(((ideals.pooled - ideals.oldSummary.mean) / gap) * 100).toBeCloseTo(0.1, 1);
    expect(last(selectRun(s).result!.theta)).toBeCloseTo(ideals.newSummary.mean, 3);
  });

  it('equal sizes: the ideal is the midpoint', () => {
    const ideals = selectIdeals(byId('equal'));
    expect(ideals.pooled).toBeCloseTo((ideals.oldSummary.mean + ideals.newSummary.mean) / 2, 10);
  });

  it('train to convergence: the loss on old data climbs by about (m_new − m_old)²', () => {
    const s = byId('forgetting');
    const r = selectRun(s).result!;
    const ideals = selectIdeals(s);
    const rise = last(r.lossOld) - r.lossOld[r.boundary]!;
    expect(rise).toBeCloseTo((ideals.newSummary.mean - ideals.oldSummary.mean) ** 2, 1);
    // The answer says "about 64 cm²".
    expect(Math.abs(rise - 64)).toBeLessThan(8);
  });

  it("every preset that lands on the ideal ends within 0.05 cm of its goal's ideal", () => {
    const landing = PRESETS.filter((p) => p.land);
    expect(landing.map((p) => p.id)).toEqual(['early-stop', 'l2sp', 'replay']);
    for (const p of landing) {
      const s = presetScenario(p);
      const end = last(selectRun(s).result!.theta);
      expect(Math.abs(end - selectGoal(s).ideal), p.id).toBeLessThan(0.05);
    }
  });

  it('every preset states its goal, and its lesson says for whom', () => {
    for (const p of PRESETS) {
      expect(['everyone', 'new']).toContain(p.patch.goal);
      if (p.claim) {
        const words = p.patch.goal === 'everyone' ? /everyone/i : /new population|one population/i;
        expect(p.lesson, p.id).toMatch(words);
      }
    }
  });

  it('every lesson that names a best strategy is true by the comparison table, for its goal', () => {
    const claimed = PRESETS.filter((p) => p.claim);
    expect(claimed.length).toBeGreaterThanOrEqual(6);
    for (const p of claimed) {
      const rows = selectComparison(presetScenario(p));
      const among = p.claim!.among.map((k) => rows.find((r) => r.key === k)!);
      expect(
        among.every((r) => r && !r.diverges),
        p.id,
      ).toBe(true);
      const best = among.reduce((a, b) => (b.excessGoal < a.excessGoal ? b : a));
      expect(best.key, p.id).toBe(p.claim!.best);
    }
  });

  it('presets about noise draw old and new heights from one population', () => {
    const s = byId('tiny-new');
    expect(s.oldMean).toBe(s.newMean);
    expect(s.oldStd).toBe(s.newStd);
    expect(selectGoal(s).warning).toBeNull();
  });

  it('the page never names as ideal a θ that naive fine-tuning beats for the goal, unless it warns', () => {
    for (const s of [{ ...DEFAULT_SCENARIO }, ...PRESETS.map(presetScenario)]) {
      const rows = selectComparison(s);
      const goal = selectGoal(s);
      const ideal = rows.find((r) => r.key === (s.goal === 'everyone' ? 'joint' : 'posterior'))!;
      expect(ideal.theta).toBeCloseTo(goal.ideal, 10);
      const naive = rows.find((r) => r.key === 'naive')!;
      if (goal.warning === null && !naive.diverges)
        expect(ideal.excessGoal).toBeLessThanOrEqual(naive.excessGoal + 1e-9);
    }
  });

  it('too-high learning rates: one oscillates and converges, the other diverges', () => {
    const osc = byId('oscillation');
    expect(gdRegime(osc.ftLr, 1)).toBe('oscillating');
    const r = selectRun(osc).result!;
    expect(r.diverged).toBe(false);
    const d1 = r.theta[r.boundary + 1]! - selectIdeals(osc).newSummary.mean;
    const d2 = r.theta[r.boundary + 2]! - selectIdeals(osc).newSummary.mean;
    expect(Math.sign(d1)).toBe(-Math.sign(d2));
    const div = selectRun(byId('divergence')).result!;
    expect(div.diverged).toBe(true);
    expect(Array.from(div.theta).every(Number.isFinite)).toBe(true);
  });

  it('similar vs different populations: the old data counts for many new heights, or for almost none', () => {
    const similar = selectIdeals(byId('similar'));
    // Worth more than all the new heights together.
    expect(similar.nEff).toBeGreaterThan(byId('similar').newSize);
    const different = selectIdeals(byId('different'));
    expect(different.nEff).toBeLessThan(1);
    expect(different.posterior).toBeCloseTo(different.newSummary.mean, 2);
  });
});

describe('which strategy wins, in the two similarity presets', () => {
  const excess = (s: ReturnType<typeof byId>, key: string) =>
    selectComparison(s).find((r) => r.key === key)!.excessNew;

  it('similar populations, tiny new data: naive fine-tuning loses to the posterior ideal', () => {
    const s = byId('similar');
    expect(excess(s, 'naive')).toBeGreaterThan(excess(s, 'posterior'));
    const r = selectResampling(s);
    expect(r.excessNewSpread.naive!.mean).toBeGreaterThan(r.excessNewSpread.posterior!.mean);
  });

  it('different populations, big new data: naive fine-tuning beats keeping the old data', () => {
    const s = byId('different');
    expect(excess(s, 'naive')).toBeLessThan(excess(s, 'joint'));
    expect(excess(s, 'naive')).toBeLessThan(excess(s, 'freeze'));
    const r = selectResampling(s);
    expect(r.excessNewSpread.naive!.mean).toBeLessThan(r.excessNewSpread.joint!.mean);
  });
});
