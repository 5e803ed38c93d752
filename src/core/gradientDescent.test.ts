// Checks the closed forms of full-batch gradient descent against plain step-by-step iteration.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type GdPath,
  gdContraction,
  gdPositionAfter,
  gdRegime,
  gdStableLrLimit,
  gdStepClosestTo,
  gdStepsToPass,
} from './gradientDescent';

/** θ₀, θ₁, … by the update θ ← θ − η · 2c(θ − t), with no closed form involved. */
function iterate(p: GdPath, steps: number): number[] {
  const out = [p.theta0];
  let th = p.theta0;
  for (let k = 0; k < steps; k++) {
    th = th - p.lr * 2 * p.curvature * (th - p.target);
    out.push(th);
  }
  return out;
}

/** First k whose iterate is at or past the goal, looking from θ₀ towards t. */
function brutePass(p: GdPath, goal: number, limit = 1_000_000): number {
  const dir = Math.sign(p.target - p.theta0);
  let th = p.theta0;
  for (let k = 0; k <= limit; k++) {
    if (dir * (th - goal) >= 0) return k;
    th = th - p.lr * 2 * p.curvature * (th - p.target);
  }
  return Infinity;
}

const pointArb = fc.double({ min: 100, max: 250, noNaN: true });

/** A path with θ₀ ≠ t and ηc drawn from the given range, split into a rate and a curvature. */
function pathArb(minEc: number, maxEc: number): fc.Arbitrary<GdPath> {
  return fc
    .record({
      theta0: pointArb,
      target: pointArb,
      ec: fc.double({ min: minEc, max: maxEc, noNaN: true }),
      curvature: fc.double({ min: 0.5, max: 20, noNaN: true }),
    })
    .filter((r) => Math.abs(r.theta0 - r.target) > 1e-3)
    .map((r) => ({
      theta0: r.theta0,
      target: r.target,
      lr: r.ec / r.curvature,
      curvature: r.curvature,
    }));
}

describe('gdContraction and gdPositionAfter', () => {
  it('the contraction is 1 − 2ηc', () => {
    expect(gdContraction(0.1, 1)).toBeCloseTo(0.8, 15);
    expect(gdContraction(0.25, 2)).toBe(0);
    expect(gdContraction(0.75, 1)).toBeCloseTo(-0.5, 15);
  });

  it('the closed form equals iteration for any stable rate', () => {
    fc.assert(
      fc.property(pathArb(0.001, 0.999), fc.integer({ min: 0, max: 300 }), (p, steps) => {
        const seq = iterate(p, steps);
        for (let k = 0; k <= steps; k++) {
          const err = Math.abs(gdPositionAfter(p, k) - seq[k]!);
          expect(err).toBeLessThan(1e-9 * Math.max(1, Math.abs(seq[k]!)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the closed form equals iteration while diverging, relative to the growing distance', () => {
    fc.assert(
      fc.property(pathArb(1.001, 3), fc.integer({ min: 0, max: 40 }), (p, steps) => {
        const seq = iterate(p, steps);
        for (let k = 0; k <= steps; k++) {
          const err = Math.abs(gdPositionAfter(p, k) - seq[k]!);
          expect(err).toBeLessThan(1e-9 * Math.max(1, Math.abs(seq[k]!)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('stays put when it starts at the target or when η = 0', () => {
    expect(gdPositionAfter({ theta0: 175, target: 175, lr: 0.3, curvature: 1 }, 12)).toBe(175);
    expect(gdPositionAfter({ theta0: 170, target: 180, lr: 0, curvature: 1 }, 50)).toBe(170);
  });
});

describe('gdRegime and gdStableLrLimit', () => {
  it('places the boundaries at ηc = 0, ½ and 1', () => {
    expect(gdRegime(0, 1)).toBe('still');
    expect(gdRegime(0.3, 0)).toBe('still');
    expect(gdRegime(0.1, 1)).toBe('monotone');
    expect(gdRegime(0.5, 1)).toBe('monotone');
    expect(gdRegime(0.25, 2)).toBe('monotone');
    expect(gdRegime(0.5000001, 1)).toBe('oscillating');
    expect(gdRegime(0.9999999, 1)).toBe('oscillating');
    expect(gdRegime(1, 1)).toBe('bouncing');
    expect(gdRegime(0.5, 2)).toBe('bouncing');
    expect(gdRegime(1.0000001, 1)).toBe('diverging');
    expect(gdRegime(1.5, 1)).toBe('diverging');
  });

  it('names what the iterates actually do', () => {
    fc.assert(
      fc.property(pathArb(0.001, 2), (p) => {
        // Only distances well above rounding noise carry a sign and a trend worth reading.
        const all = iterate(p, 12).map((th) => th - p.target);
        const noise = 1e-9 * Math.abs(p.target);
        const visible = all.findIndex((e) => Math.abs(e) <= noise);
        const seq = visible === -1 ? all : all.slice(0, visible);
        const d = seq.map(Math.abs);
        const sameSide = seq.every((e) => e * seq[0]! >= 0);
        const alternates = seq.slice(1).every((e, k) => Math.sign(e) === -Math.sign(seq[k]!));
        // Compare distances loosely: the path is exact only up to rounding.
        const shrinks = d.slice(1).every((x, k) => x <= d[k]! * (1 + 1e-12));
        const grows = d.slice(1).every((x, k) => x > d[k]!);
        const regime = gdRegime(p.lr, p.curvature);
        const ec = p.lr * p.curvature;
        // Right at ηc = ½ or 1 the factor 1 − 2ηc is within rounding of 0 or −1, so the iterates
        // cannot show the regime; the exact boundaries are checked above.
        fc.pre(Math.abs(ec - 0.5) > 1e-6 && Math.abs(ec - 1) > 1e-6);
        if (regime === 'monotone') expect(sameSide && shrinks).toBe(true);
        if (regime === 'oscillating') expect(alternates && shrinks).toBe(true);
        if (regime === 'diverging') expect(alternates && grows).toBe(true);
        // Which regime is named must follow ηc alone.
        expect(regime).toBe(
          ec <= 0.5 ? 'monotone' : ec < 1 ? 'oscillating' : ec === 1 ? 'bouncing' : 'diverging',
        );
      }),
      { numRuns: 200 },
    );
  });

  it('ηc = 1 bounces between θ₀ and its mirror image', () => {
    const p = { theta0: 170, target: 180, lr: 0.5, curvature: 2 };
    const seq = iterate(p, 6);
    expect(seq.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([170, 190, 170, 190, 170, 190, 170]);
  });

  it('the stable limit is 1/c: just below it the rate converges, just above it diverges', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (c) => {
        const limit = gdStableLrLimit(c);
        expect(limit).toBeCloseTo(1 / c, 12);
        expect(gdRegime(limit * 0.999, c)).toBe('oscillating');
        expect(gdRegime(limit * 1.001, c)).toBe('diverging');
      }),
      { numRuns: 100 },
    );
    expect(gdStableLrLimit(0)).toBe(Infinity);
    // A zero curvature of either sign: nothing moves, so no rate is unstable.
    expect(gdStableLrLimit(-0)).toBe(Infinity);
  });
});

describe('gdStepsToPass', () => {
  it('matches brute-force iteration for any goal between θ₀ and t', () => {
    fc.assert(
      fc.property(pathArb(0.001, 0.999), fc.double({ min: 0, max: 0.99, noNaN: true }), (p, w) => {
        const goal = p.theta0 + w * (p.target - p.theta0);
        const want = brutePass(p, goal);
        // Skip goals within rounding of an iterate, where the two ways of computing θ_k may differ.
        const seq = iterate(p, want);
        const gap = Math.min(...seq.map((th) => Math.abs(th - goal)));
        fc.pre(w === 0 || gap > 1e-9 * Math.abs(goal));
        expect(gdStepsToPass(p, goal)).toBe(want);
      }),
      { numRuns: 200 },
    );
  });

  it('counts a goal that is exactly some θ_k as reached at that step', () => {
    // The rounding-sensitive case: log(remaining)/log(r) lands a hair off the whole number k.
    fc.assert(
      fc.property(pathArb(0.001, 0.499), fc.integer({ min: 0, max: 60 }), (p, k) => {
        const r = 1 - 2 * p.lr * p.curvature;
        const at = (j: number) => p.target + Math.pow(r, j) * (p.theta0 - p.target);
        const goal = at(k);
        fc.pre(goal !== p.target);
        const dir = Math.sign(p.target - p.theta0);
        let want = 0;
        while (dir * (at(want) - goal) < 0) want++;
        expect(want).toBeLessThanOrEqual(k);
        expect(gdStepsToPass(p, goal)).toBe(want);
      }),
      { numRuns: 200 },
    );
  });

  it('the worked example: θ_k = 180 − 10 · 0.9^k first reaches 172 at k = 3', () => {
    const p = { theta0: 170, target: 180, lr: 0.05, curvature: 1 };
    expect(gdStepsToPass(p, 172)).toBe(brutePass(p, 172));
    expect(brutePass(p, 172)).toBe(3);
  });

  it('is 0 for the starting point itself', () => {
    expect(gdStepsToPass({ theta0: 170, target: 180, lr: 0.1, curvature: 1 }, 170)).toBe(0);
    expect(gdStepsToPass({ theta0: 180, target: 180, lr: 0.1, curvature: 1 }, 180)).toBe(0);
  });

  it('is Infinity for goals never reached: behind θ₀, beyond t, t itself, no movement, unstable', () => {
    const p = { theta0: 170, target: 180, lr: 0.1, curvature: 1 };
    expect(gdStepsToPass(p, 165)).toBe(Infinity);
    expect(gdStepsToPass(p, 185)).toBe(Infinity);
    expect(gdStepsToPass(p, 180)).toBe(Infinity);
    expect(gdStepsToPass({ ...p, lr: 0 }, 175)).toBe(Infinity);
    expect(gdStepsToPass({ ...p, theta0: 180 }, 175)).toBe(Infinity);
    expect(gdStepsToPass({ ...p, lr: 1.5 }, 175)).toBe(Infinity);
    // Falling towards the target from above works the same way.
    expect(gdStepsToPass({ ...p, theta0: 190 }, 195)).toBe(Infinity);
    expect(gdStepsToPass({ ...p, theta0: 190 }, 175)).toBe(Infinity);
  });

  it('the brute force agrees that monotone paths never pass goals beyond t', () => {
    fc.assert(
      fc.property(pathArb(0.001, 0.5), fc.double({ min: 1.001, max: 2, noNaN: true }), (p, w) => {
        const goal = p.theta0 + w * (p.target - p.theta0);
        expect(gdStepsToPass(p, goal)).toBe(Infinity);
        expect(brutePass(p, goal, 20_000)).toBe(Infinity);
      }),
      { numRuns: 50 },
    );
  });
});

describe('gdStepClosestTo', () => {
  it('on a monotone path, is the step whose θ_k is nearest the goal', () => {
    fc.assert(
      fc.property(pathArb(0.001, 0.5), fc.double({ min: 0, max: 0.99, noNaN: true }), (p, w) => {
        const goal = p.theta0 + w * (p.target - p.theta0);
        const seq = iterate(p, brutePass(p, goal) + 5);
        const dist = seq.map((th) => Math.abs(th - goal));
        const best = dist.indexOf(Math.min(...dist));
        const runnerUp = Math.min(...dist.filter((_, k) => k !== best));
        // Near-ties are decided by rounding; only clear winners are checked.
        fc.pre(runnerUp - dist[best]! > 1e-9 * Math.abs(goal));
        expect(gdStepClosestTo(p, goal)).toBe(best);
      }),
      { numRuns: 200 },
    );
  });

  it('picks the earlier step when it is nearer and the later one when that is', () => {
    // θ_k = 180 − 10 · 0.9^k: 170, 171, 171.9, 172.71, …
    const p = { theta0: 170, target: 180, lr: 0.05, curvature: 1 };
    expect(gdStepClosestTo(p, 171.2)).toBe(1);
    expect(gdStepClosestTo(p, 171.8)).toBe(2);
    expect(gdStepClosestTo(p, 172.4)).toBe(3);
    expect(gdStepClosestTo(p, 170)).toBe(0);
    expect(gdStepClosestTo(p, 185)).toBe(Infinity);
  });
});

describe('gdStepClosestTo on an oscillating path', () => {
  it('finds the nearest step on an oscillating path, not just the first overshoot', () => {
    for (const [lr, goal] of [
      [0.55, 179],
      [0.7, 178.5],
      [0.9, 179.5],
      [0.6, 175],
    ] as const) {
      const p = { theta0: 170, target: 180, lr, curvature: 1 };
      const d = Array.from({ length: 200 }, (_, k) => Math.abs(gdPositionAfter(p, k) - goal));
      expect(gdStepClosestTo(p, goal)).toBe(d.indexOf(Math.min(...d)));
    }
  });

  it('matches a brute-force search for any oscillating rate and a goal short of the target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.51, max: 0.98, noNaN: true }),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        (lr, frac) => {
          const p = { theta0: 170, target: 180, lr, curvature: 1 };
          const goal = 170 + 10 * frac;
          const k = gdStepClosestTo(p, goal);
          if (goal >= 180) {
            // At or past the target is out of the closed form's reach by contract: k* then reads
            // the nearest step off the run itself.
            expect(k).toBe(Infinity);
          } else {
            const d = Array.from({ length: 3000 }, (_, j) =>
              Math.abs(gdPositionAfter(p, j) - goal),
            );
            expect(k).toBeLessThan(d.length);
            expect(d[k]).toBeLessThanOrEqual(Math.min(...d) + 1e-12);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** The next double after x in the direction of y. */
function nextToward(x: number, y: number): number {
  if (x === y) return x;
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] = y > x === x >= 0 ? bits[0]! + 1n : bits[0]! - 1n;
  return f[0]!;
}

describe('the edges of the closed forms', () => {
  it('a path that starts on its target stays there, even at an unstable rate', () => {
    // (1 − 2ηc)^k overflows to Infinity here, and Infinity · 0 would be NaN.
    const p = { theta0: 175, target: 175, lr: 1.5, curvature: 1 };
    expect(gdPositionAfter(p, 2000)).toBe(175);
  });

  it('a goal within the rounding tolerance of θ₀, on either side, is reached at step 0', () => {
    // The tolerance is 1e-12 relative to the larger of |θ₀| and |t|: 1.8e-10 here.
    const p = { theta0: 170, target: 180, lr: 0.1, curvature: 1 };
    expect(gdStepsToPass(p, 170 + 9e-11)).toBe(0);
    expect(gdStepsToPass(p, 170 - 9e-11)).toBe(0);
    expect(gdStepsToPass(p, 170 + 1e-6)).toBe(1);
    // The tolerance includes its end: exactly 1e-12 from θ₀ = 0 on a path of scale 1.
    expect(gdStepsToPass({ theta0: 0, target: 1, lr: 0.1, curvature: 1 }, 1e-12)).toBe(0);
  });

  it('with ηc = ½ one step lands on t, and an oscillating step passes it', () => {
    const half = { theta0: 170, target: 180, lr: 0.5, curvature: 1 };
    expect(gdPositionAfter(half, 1)).toBe(180);
    expect(gdStepsToPass(half, 180)).toBe(1);
    expect(gdStepsToPass(half, 176)).toBe(1);
    const swinging = { ...half, lr: 0.75 };
    expect(gdPositionAfter(swinging, 1)).toBe(185);
    expect(gdStepsToPass(swinging, 180)).toBe(1);
    // A monotone path only approaches t, so t itself is never reached.
    expect(gdStepsToPass({ ...half, lr: 0.25 }, 180)).toBe(Infinity);
  });

  it('ηc = 1 is not a stable rate: it bounces for ever, so no goal counts as reached', () => {
    const p = { theta0: 170, target: 180, lr: 1, curvature: 1 };
    expect(gdStepsToPass(p, 175)).toBe(Infinity);
    expect(gdStepsToPass(p, 180)).toBe(Infinity);
    expect(gdStepClosestTo(p, 175)).toBe(Infinity);
  });

  it('settles a logarithm that lands one step short with the exact position', () => {
    // A path where the estimate ⌈ln(|goal − t|/|θ₀ − t|)/ln r⌉ is 10 for a goal one double past
    // θ₁₀, which θ₁₀ has not reached yet.
    const p = { theta0: 134.1, target: 246.6, lr: 0.02, curvature: 1 };
    const goal = nextToward(gdPositionAfter(p, 10), p.target);
    expect(gdPositionAfter(p, 10)).toBeLessThan(goal);
    expect(gdPositionAfter(p, 11)).toBeGreaterThanOrEqual(goal);
    expect(gdStepsToPass(p, goal)).toBe(11);
  });

  it('a goal one double past some θ_k is first reached at step k + 1', () => {
    fc.assert(
      fc.property(pathArb(0.001, 0.499), fc.integer({ min: 1, max: 200 }), (p, k) => {
        const goal = nextToward(gdPositionAfter(p, k), p.target);
        // Far enough from θ₀ not to count as θ₀ itself, and from t, where the steps shrink to
        // rounding and the computed path need not be monotone.
        fc.pre(Math.abs(goal - p.theta0) > 1e-9 * p.target);
        fc.pre(Math.abs(goal - p.target) > 1e-9 * p.target);
        expect(gdStepsToPass(p, goal)).toBe(k + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a step in the billions from the logarithm, without walking there', () => {
    // ηc = 1e-9: closing all but 1e-6 of the gap takes ln(1e-6)/ln(1 − 2e-9) ≈ 6.9e9 steps.
    const p = { theta0: 170, target: 180, lr: 1e-9, curvature: 1 };
    const goal = 180 - 1e-5;
    const k = gdStepsToPass(p, goal);
    expect(k).toBeGreaterThan(6.9e9);
    expect(k).toBeLessThan(6.91e9);
    expect(gdPositionAfter(p, k)).toBeGreaterThanOrEqual(goal);
    expect(gdPositionAfter(p, k - 1)).toBeLessThan(goal);
    expect(gdStepClosestTo(p, goal)).toBeGreaterThanOrEqual(k - 1);
  });

  it('with η = 0 θ₀ is the nearest step to itself, and nothing else is reached', () => {
    const p = { theta0: 170, target: 180, lr: 0, curvature: 1 };
    expect(gdStepClosestTo(p, 170)).toBe(0);
    expect(gdStepClosestTo(p, 175)).toBe(Infinity);
    // An unstable rate leaves θ₀ at step 0 too.
    expect(gdStepClosestTo({ ...p, lr: 1.5 }, 170)).toBe(0);
  });

  it('an exact tie goes to the earlier step, on a monotone and on an oscillating path', () => {
    // r = ½: θ = 170, 175, 177.5, …; 176.25 is exactly halfway between θ₁ and θ₂.
    const mono = { theta0: 170, target: 180, lr: 0.25, curvature: 1 };
    expect(gdStepClosestTo(mono, 176.25)).toBe(1);
    // r = 0: θ₁ = t; 175 is halfway between θ₀ and θ₁.
    expect(gdStepClosestTo({ ...mono, lr: 0.5 }, 175)).toBe(0);
    // r = −½: θ = 170, 185, 177.5, 181.25, 179.375, …; 178.4375 is 0.9375 from both θ₂ and θ₄,
    // and every other step is further.
    const osc = { ...mono, lr: 0.75 };
    expect(Math.abs(gdPositionAfter(osc, 2) - 178.4375)).toBe(0.9375);
    expect(Math.abs(gdPositionAfter(osc, 4) - 178.4375)).toBe(0.9375);
    expect(gdStepClosestTo(osc, 178.4375)).toBe(2);
  });

  it('an oscillating search reaches as far as the millionth step', () => {
    // r = −(1 − 1e-7): the even steps creep towards t so slowly that θ at step 1,000,000 is still
    // 0.9 of the way back at θ₀'s side; as a goal, it is nearer than any earlier step.
    const p = { theta0: 170, target: 180, lr: 1 - 5e-8, curvature: 1 };
    const goal = gdPositionAfter(p, 1_000_000);
    expect(gdStepClosestTo(p, goal)).toBe(1_000_000);
  });
});
