// Presets are data; each must load a valid scenario that shows the lesson its name promises.
import { beforeAll, describe, expect, it } from 'vitest';
import { gdRegime } from '../core/index';
import { presetScenario } from './applyPreset';
import { selectIdeals, selectRun } from './derived';
import { selectGoal } from './goal';
import { selectComparison, selectResampling } from './lessons';
import { PRESETS } from './presets';
import { loadRealData } from './realData';
import { DEFAULT_SCENARIO } from './scenario';
import { lengthFormat } from '../ui/format';

const byId = (id: string) => {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return presetScenario(p);
};
const last = (a: Float64Array) => a[a.length - 1]!;
const cm = lengthFormat('cm');

// The Galton presets' numbers are the real groups': the table loads before any preset is read.
beforeAll(() => loadRealData());

describe('presets', () => {
  it('there are at least eight, with distinct ids, a lesson, a question and an answer', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.lesson(cm).length).toBeGreaterThan(20);
      expect(p.question(cm)).toMatch(/\?$/);
      expect(p.answer(cm).length).toBeGreaterThan(20);
    }
  });

  it('every length a text states follows the reader’s unit', () => {
    const inches = lengthFormat('in');
    for (const p of PRESETS)
      for (const text of [p.lesson, p.question, p.answer]) {
        expect(text(inches), p.id).not.toMatch(/\d cm/);
        expect(text(inches).match(/\d in\b/g)?.length ?? 0, p.id).toBe(
          text(cm).match(/\d cm\b/g)?.length ?? 0,
        );
      }
    // "about 64 cm²" in inches, as prose rounds converted lengths.
    expect(PRESETS.find((p) => p.id === 'forgetting')!.answer(inches)).toContain('about 9.9 in²');
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
        expect(p.lesson(cm), p.id).toMatch(words);
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

describe('the Galton presets run on the real heights', () => {
  it('fathers, then sons: 205 and 481 real heights, 176.1 and 175.9 cm, pooled is the ideal', () => {
    const s = byId('galton-fathers-sons');
    const ideals = selectIdeals(s);
    expect(ideals.oldSummary.n).toBe(205);
    expect(ideals.newSummary.n).toBe(481);
    expect(ideals.oldSummary.mean).toBeCloseTo(176.06, 2);
    expect(ideals.newSummary.mean).toBeCloseTo(175.85, 2);
    expect(selectGoal(s).ideal).toBeCloseTo((205 * 176.06 + 481 * 175.85) / 686, 1);
  });

  it('men, then women: means about 175.9 and 162.7 cm, about 13 cm apart', () => {
    const ideals = selectIdeals(byId('galton-men-women'));
    expect(ideals.oldSummary.mean).toBeCloseTo(175.9, 1);
    expect(ideals.newSummary.mean).toBeCloseTo(162.7, 1);
    expect(Math.round(ideals.oldSummary.mean - ideals.newSummary.mean)).toBe(13);
    // "The men are worth a fifth of one woman."
    expect(ideals.nEff).toBeCloseTo(0.2, 1);
  });

  it('a handful of daughters: n_eff about 0.26, pooling 13 cm too tall, τ = 0 would say 175.7 cm', () => {
    const s = byId('galton-few-daughters');
    const ideals = selectIdeals(s);
    expect(ideals.newSummary.n).toBe(10);
    expect(ideals.nEff).toBeCloseTo(0.26, 2);
    const rows = selectComparison(s);
    const joint = rows.find((r) => r.key === 'joint')!;
    expect(Math.round(joint.theta - s.newMean)).toBe(13);
    expect(selectIdeals({ ...s, tau: 0 }).posterior).toBeCloseTo(175.7, 1);
  });
});
