// The stream presets' lessons and tour answers are claims about the numbers the stream panel shows.
import { describe, expect, it } from 'vitest';
import { emaLagTrend, fineTuneAlpha, steadyFilter, stepsForGain } from '../core/index';
import { presetScenario, presetStream } from './applyPreset';
import { PRESETS } from './presets';
import { DEFAULT_SCENARIO } from './scenario';
import { selectStreamRun } from './streamDerived';
import type { StreamSettings } from './streamSettings';
import { lengthFormat } from '../ui/format';

const preset = (id: string) => {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
};
const settings = (id: string): StreamSettings => presetStream(preset(id));
const run = (id: string) => selectStreamRun(settings(id));
const last = (a: Float64Array) => a[a.length - 1]!;

describe('the stream presets', () => {
  const ids = ['stream-trend', 'stream-jump', 'stream-none', 'stream-walk'];

  it('there are four, each about the stream, each loading the two-phase defaults', () => {
    for (const id of ids) {
      const p = preset(id);
      expect(p.focus).toBe('stream');
      expect(p.lesson(lengthFormat('cm')).length).toBeGreaterThan(20);
      expect(p.question(lengthFormat('cm'))).toMatch(/\?$/);
      expect(presetScenario(p)).toEqual({ ...DEFAULT_SCENARIO, goal: p.patch.goal });
    }
    // The two-phase presets leave the stream at its defaults, so only one preset matches a page.
    for (const p of PRESETS.filter((x) => x.focus !== 'stream')) expect(p.stream).toBeUndefined();
  });

  it('heights rise: everything so far lags about 6 cm and latest only carries a round’s noise; fine-tuning beats both', () => {
    const s = settings('stream-trend');
    const d = run('stream-trend');
    const lagAll = last(d.stream.mu) - last(d.paths.all.theta);
    expect(Math.round(lagAll)).toBe(6);
    // Latest only's mean excess is the noise of one round's mean, σ²/b ≈ 1 cm².
    expect(d.roundNoise).toBeCloseTo(0.98, 2);
    expect(d.paths.latest.meanExcess / d.roundNoise).toBeGreaterThan(0.8);
    expect(d.paths.latest.meanExcess / d.roundNoise).toBeLessThan(1.2);
    expect(d.best).toBe('finetune');
    expect(d.paths.finetune.meanExcess).toBeLessThan(d.paths.all.meanExcess);
    expect(d.paths.finetune.meanExcess).toBeLessThan(d.paths.latest.meanExcess);
    // "trail the rise by only 0.2 cm": the settled lag s(1 − α)/α.
    expect(emaLagTrend(fineTuneAlpha(s.lr, s.steps), s.driftSize)).toBeCloseTo(0.2, 1);
  });

  it('a sudden shift: fine-tuning’s gap shrinks as (1 − α)^(k+1) after the jump; everything so far stays about 3 cm short', () => {
    const s = settings('stream-jump');
    const d = run('stream-jump');
    const alpha = fineTuneAlpha(s.lr, s.steps);
    expect(Math.round(alpha * 100)).toBe(34);
    // The settled noise of an exponential average, √(α r/(2 − α)), bounds what is left of the formula.
    const noise = Math.sqrt((alpha * d.roundNoise) / (2 - alpha));
    for (let k = 0; k <= 6; k++) {
      const r = s.jumpAt + k;
      const gap = d.paths.finetune.theta[r]! - d.stream.mu[r]!;
      expect(Math.abs(gap + s.driftSize * (1 - alpha) ** (k + 1)), `round ${r}`).toBeLessThan(
        4 * noise,
      );
    }
    // Before the jump and long after it, fine-tuning is on the mean; everything so far never gets there.
    const shortAll = last(d.stream.mu) - last(d.paths.all.theta);
    expect(Math.round(shortAll)).toBe(3);
    expect(Math.abs(last(d.stream.mu) - last(d.paths.finetune.theta))).toBeLessThan(4 * noise);
    expect(d.paths.finetune.meanExcess).toBeLessThan(d.paths.all.meanExcess / 10);
  });

  it('nothing changes: everything so far wins and latest only is worst, out of 11,000 heights', () => {
    const s = settings('stream-none');
    const d = run('stream-none');
    expect(d.best).toBe('all');
    expect(d.ranking[d.ranking.length - 1]).toBe('latest');
    expect(s.n0 + s.rounds * s.batch).toBe(11_000);
    expect(s.batch).toBe(50);
  });

  it('a random walk: the filter wins, and S* steps bring fine-tuning within a few percent of it', () => {
    const s = settings('stream-walk');
    const d = run('stream-walk');
    expect(d.best).toBe('filter');
    // The filter assumes the walk the population really takes.
    expect(s.filterQ).toBe(s.driftSize);
    expect(Math.round(d.steady.gain * 100)).toBe(27);
    expect(Math.round(fineTuneAlpha(s.lr, s.steps) * 100)).toBe(87);
    // "nearly three times the filter's" with 100 steps.
    const before = d.paths.finetune.meanExcess / d.paths.filter.meanExcess;
    expect(before).toBeGreaterThan(2.5);
    expect(before).toBeLessThan(3);
    expect(d.stepsMatch).toBe(16);
    expect(d.stepsMatch).toBe(Math.round(stepsForGain(steadyFilter(0.5, 49 / 20).gain, 0.01)));
    const matched = selectStreamRun({ ...s, steps: d.stepsMatch! });
    const after = matched.paths.finetune.meanExcess / matched.paths.filter.meanExcess;
    expect(after).toBeGreaterThanOrEqual(1);
    expect(after).toBeLessThan(1.03);
    expect(matched.best).toBe('filter');
    expect(Math.abs(matched.alpha - matched.steady.gain)).toBeLessThan(0.01);
  });
});
