// θ's drawn path for one scenario: the same rows whichever of the two callers asks (the drift
// panel for the figures' settings, θ's canvas line for the settings of the moment).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from './scenario';
import { selectIdeals, selectRun } from './derived';
import { driftPath, thetaInFrame } from './driftPath';

const early = { ...DEFAULT_SCENARIO, strategy: 'early' as const, earlyStop: 40 };

describe('driftPath', () => {
  it('ends θ’s rows and dot at the step shown, and at the run’s end past it', () => {
    const s = DEFAULT_SCENARIO;
    const run = selectRun(s);
    const at = driftPath(s, run, selectIdeals(s), 120, false);
    expect(at.rows!.drift.at(-1)!.step).toBe(120);
    expect(at.thetaNow).toBe(run.result!.theta[120]);
    const past = driftPath(s, run, selectIdeals(s), 10_000, false);
    expect(past.thetaStep).toBe(run.result!.theta.length - 1);
  });

  it('marks where an early stop ended, and hides it and the naive continuation while a question is open', () => {
    const run = selectRun(early);
    const shown = driftPath(early, run, selectIdeals(early), 10_000, false);
    expect(shown.stoppedAt).toBe(early.preSteps + 40);
    expect(shown.rows!.drift.some((r) => r.ghost !== undefined)).toBe(true);
    const asked = driftPath(early, run, selectIdeals(early), 10_000, true);
    expect(asked.stoppedAt).toBeNull();
    expect(asked.rows!.drift.some((r) => r.ghost !== undefined)).toBe(false);
  });

  it('is the same for the same settings, so θ’s live line and the settled chart agree', () => {
    const s = { ...DEFAULT_SCENARIO, ftLr: 0.02 };
    const a = driftPath(s, selectRun(s), selectIdeals(s), 300, false);
    const b = driftPath({ ...s }, selectRun({ ...s }), selectIdeals({ ...s }), 300, false);
    expect(b.rows!.drift).toEqual(a.rows!.drift);
    expect(b.frame).toEqual(a.frame);
  });
});

describe('thetaInFrame', () => {
  const rows = [
    { step: 0, theta: 170 },
    { step: 1, theta: 190 },
    { step: 2, theta: 171 },
  ];
  it('cuts θ where it first leaves the heights shown, only when the frame says it does', () => {
    expect(thetaInFrame(rows, [160, 180], true).map((r) => r.theta)).toEqual([170, 190, undefined]);
    expect(thetaInFrame(rows, [160, 180], false)).toBe(rows);
  });
});
