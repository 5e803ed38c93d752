// Presets are data; each must load a valid scenario that shows the lesson its name promises.
import { describe, expect, it } from 'vitest';
import { gdRegime } from '../core/index';
import { presetScenario } from './applyPreset';
import { selectIdeals, selectRun } from './derived';
import { selectComparison, selectResampling } from './lessons';
import { PRESETS } from './presets';

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

  it('tiny new data: the ideal barely moves while naive fine-tuning goes all the way', () => {
    const s = byId('tiny-new');
    const ideals = selectIdeals(s);
    const gap = ideals.newSummary.mean - ideals.oldSummary.mean;
    expect(Math.abs((ideals.pooled - ideals.oldSummary.mean) / gap)).toBeLessThan(0.01);
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
  });

  it('early stopping, L2 and replay presets land on the size-weighted ideal', () => {
    for (const id of ['early-stop', 'l2sp', 'replay']) {
      const s = byId(id);
      const ideal = selectIdeals(s).pooled;
      const end = last(selectRun(s).result!.theta);
      // Early stopping lands within one step's move; L2 and replay converge onto it.
      expect(Math.abs(end - ideal)).toBeLessThan(id === 'early-stop' ? 0.05 : 1e-3);
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
