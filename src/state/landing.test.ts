// The note "Land on the ideal" prints when it also changes the rate names the curvature it was given.
import { describe, expect, it } from 'vitest';
import { convergingSettings, landOnIdeal } from './landing';
import { DEFAULT_SCENARIO } from './scenario';

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
