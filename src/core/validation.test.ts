// @vitest-environment node
// Choosing the balance from data: the hold-out step against a search of every step in every
// learning-rate regime, the hold-out λ, k-fold choices and the summary of what a split leaves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gdPositionAfter } from './gradientDescent';
import { sampleHeights } from './sampling';
import { mseAt, summarize } from './summary';
import {
  cvLossAtLambda,
  cvLossAtStep,
  earlyStopByCrossValidation,
  earlyStopByValidation,
  lambdaByCrossValidation,
  lambdaByValidation,
  summaryRemoved,
} from './validation';
import type { Split } from './validation';

const oldMean = summarize(sampleHeights({ mean: 170, std: 7, size: 900, seed: 11 })).mean;
const newData = sampleHeights({ mean: 178, std: 7, size: 100, seed: 12 });
const neu = summarize(newData);

/** The earliest step in 0..maxSteps with the lowest validation loss, by trying them all. */
function bruteForceStop(thetaPre: number, split: Split, lr: number, maxSteps: number): number {
  const path = { theta0: thetaPre, target: split.train.mean, lr, curvature: 1 };
  const loss = (k: number) => mseAt(gdPositionAfter(path, k), split.val);
  let best = 0;
  let bestLoss = loss(0);
  for (let k = 1; k <= maxSteps; k++) {
    const l = loss(k);
    if (l < bestLoss) {
      best = k;
      bestLoss = l;
    }
  }
  return best;
}

const split = (train: number, val: number, variance = 49): Split => ({
  train: { n: 80, mean: train, variance },
  val: { n: 20, mean: val, variance },
});

describe('earlyStopByValidation', () => {
  it('stops at the first overshoot when it lands near the validation mean', () => {
    // η = 0.6: θ goes 170 → 182 → 179.6 → 180.08 → …; step 1 lands 0.5 from m_val = 181.5.
    const s = split(180, 181.5);
    expect(bruteForceStop(170, s, 0.6, 50)).toBe(1);
    expect(earlyStopByValidation(170, s, 0.6, 50)).toBe(1);
  });

  it('keeps the better swing within the step budget on an oscillating path', () => {
    // η = 0.75: θ_k = 180 − 10 (−½)^k swings around 180; with 7 steps the last one (180.08) is
    // farther from m_val = 179.95 than step 6 (179.84), which closer swings after step 7 would beat.
    const s = split(180, 179.95);
    expect(bruteForceStop(170, s, 0.75, 7)).toBe(6);
    expect(earlyStopByValidation(170, s, 0.75, 7)).toBe(6);
  });

  it('is the earliest lowest validation loss over steps 0..maxSteps, in every regime', () => {
    // Rates on and around the regime boundaries (ηc = 0, ½, 1) as well as anywhere up to divergence.
    const lr = fc.oneof(
      fc.constantFrom(0, 0.25, 0.5, 0.75, 1, 1.25),
      fc.double({ min: 0, max: 0.5, noNaN: true }),
      fc.double({ min: 0.5, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1.5, noNaN: true }),
    );
    // Validation means on either side of θ_pre and of the training mean, and exactly on them.
    const offset = fc.oneof(
      fc.constantFrom(-1, 0, 0.5, 1, 2),
      fc.double({ min: -1.5, max: 2.5, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 150, max: 190, noNaN: true }),
        fc.oneof(fc.constant(0), fc.double({ min: -20, max: 20, noNaN: true })),
        offset,
        fc.double({ min: 0, max: 100, noNaN: true }),
        lr,
        fc.integer({ min: 0, max: 300 }),
        (thetaPre, gap, frac, variance, eta, maxSteps) => {
          const s = split(thetaPre + gap, thetaPre + frac * gap, variance);
          expect(earlyStopByValidation(thetaPre, s, eta, maxSteps)).toBe(
            bruteForceStop(thetaPre, s, eta, maxSteps),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('handles long runs without trying every step', () => {
    // 100,000 steps is the slider's limit; the answer must still be exact.
    for (const eta of [0.001, 0.3, 0.5, 0.9, 0.999, 1, 1.01]) {
      const s = split(178, 176);
      expect(earlyStopByValidation(170, s, eta, 100_000)).toBe(
        bruteForceStop(170, s, eta, 100_000),
      );
    }
  });
});

describe('hold-out λ, k-fold choices and splits', () => {
  it('summaryRemoved equals the summary of the remaining heights', () => {
    const part = summarize(newData.subarray(20, 45));
    const rest = summarize([...newData.subarray(0, 20), ...newData.subarray(45)]);
    const got = summaryRemoved(neu, part);
    expect(got.n).toBe(rest.n);
    expect(got.mean).toBeCloseTo(rest.mean, 9);
    expect(got.variance).toBeCloseTo(rest.variance, 6);
  });

  it('the hold-out λ puts the L2 minimiser on the validation mean when it lies between θ_pre and m_train', () => {
    const split: Split = {
      train: { n: 80, mean: 178, variance: 49 },
      val: { n: 20, mean: 175, variance: 49 },
    };
    const lambda = lambdaByValidation(170, split);
    expect((178 + lambda * 170) / (1 + lambda)).toBeCloseTo(175, 10);
    expect(lambdaByValidation(170, { ...split, val: { ...split.val, mean: 180 } })).toBe(0);
  });

  it('k-fold choices minimise the mean fold loss (against a search)', () => {
    const K = 5;
    const folds: Split[] = Array.from({ length: K }, (_, j) => {
      const val = summarize(newData.subarray(j * 20, (j + 1) * 20));
      return { train: summaryRemoved(neu, val), val };
    });
    const k = earlyStopByCrossValidation(oldMean, folds, 0.01, 600);
    for (const j of [0, 1, 50, 200, 600]) {
      expect(cvLossAtStep(oldMean, folds, 0.01, k)).toBeLessThanOrEqual(
        cvLossAtStep(oldMean, folds, 0.01, j) + 1e-12,
      );
    }
    const lambda = lambdaByCrossValidation(oldMean, folds);
    for (const l of [0, 0.01, 0.1, 1, 10, 100, 1e4]) {
      expect(cvLossAtLambda(oldMean, folds, lambda)).toBeLessThanOrEqual(
        cvLossAtLambda(oldMean, folds, l) + 1e-9,
      );
    }
  });
});

describe('the edges of the validation choices', () => {
  const at = (train: number, val: number): Split => split(train, val, 4);

  it('taking out more than there is leaves nothing', () => {
    const all = { n: 10, mean: 170, variance: 4 };
    expect(summaryRemoved(all, { n: 12, mean: 171, variance: 1 })).toEqual({
      n: 0,
      mean: NaN,
      variance: NaN,
    });
  });

  it('removing everything leaves nothing, even when rounding has the two means differ', () => {
    const all = { n: 3, mean: 170, variance: 4 };
    expect(summaryRemoved(all, { n: 3, mean: 170.00000000000003, variance: 4 })).toEqual({
      n: 0,
      mean: NaN,
      variance: NaN,
    });
  });

  it('once θ has settled on m_train to the last digit, stops at the first such step', () => {
    // r = 0.2: θ_k equals 180 exactly after a few dozen steps; m_val lies beyond it.
    const s = at(180, 185);
    const k = earlyStopByValidation(170, s, 0.4, 200);
    expect(k).toBe(bruteForceStop(170, s, 0.4, 200));
    expect(k).toBeLessThan(200);
    expect(gdPositionAfter({ theta0: 170, target: 180, lr: 0.4, curvature: 1 }, k)).toBe(180);
  });

  it('with no steps allowed, or no validation data, stays at step 0', () => {
    expect(earlyStopByValidation(170, at(180, 176), 0.1, 0)).toBe(0);
    expect(earlyStopByValidation(170, at(180, 176), 0.1, -3)).toBe(0);
    expect(earlyStopByValidation(170, at(180, NaN), 0.1, 50)).toBe(0);
  });

  it('an exact tie between the last step short of m_val and the first past it goes to the earlier', () => {
    // r = ½: θ = 170, 175, 177.5, …; 176.25 is exactly halfway between θ₁ and θ₂.
    expect(earlyStopByValidation(170, at(180, 176.25), 0.25, 10)).toBe(1);
    expect(bruteForceStop(170, at(180, 176.25), 0.25, 10)).toBe(1);
  });

  it('a later step with a lower loss wins over an earlier swing with a higher one', () => {
    // r = −½: θ = 170, 185, 177.5, 181.25, 179.375; m_val = θ₄ beats the nearer-in-time θ₃.
    const s = at(180, 179.375);
    expect(earlyStopByValidation(170, s, 0.75, 4)).toBe(4);
    expect(bruteForceStop(170, s, 0.75, 4)).toBe(4);
  });

  it('the hold-out λ works from either side, and caps a validation mean at or behind θ_pre', () => {
    // New data below θ_pre: λ puts (m_tr + λ θ_pre)/(1 + λ) on m_val all the same.
    const below: Split = at(160, 165);
    const lambda = lambdaByValidation(170, below);
    expect((160 + lambda * 170) / (1 + lambda)).toBeCloseTo(165, 10);
    expect(lambdaByValidation(170, at(160, 160))).toBe(0);
    expect(lambdaByValidation(170, at(160, 155))).toBe(0);
    expect(lambdaByValidation(170, at(160, 172))).toBe(1e6);
    expect(lambdaByValidation(170, at(180, 168), 50)).toBe(50);
    expect(lambdaByValidation(170, at(180, 170))).toBe(1e6);
    expect(lambdaByValidation(170, at(170, 175))).toBe(0);
  });

  const folds: Split[] = [
    { train: { n: 40, mean: 178, variance: 49 }, val: { n: 10, mean: 175, variance: 36 } },
    { train: { n: 40, mean: 176, variance: 49 }, val: { n: 10, mean: 179, variance: 25 } },
  ];

  it('the k-fold losses are the mean over the folds of (θ − m_val)² + v_val', () => {
    const th = (t: number, k: number) =>
      gdPositionAfter({ theta0: 170, target: t, lr: 0.1, curvature: 1 }, k);
    expect(cvLossAtStep(170, folds, 0.1, 3)).toBeCloseTo(
      ((th(178, 3) - 175) ** 2 + 36 + (th(176, 3) - 179) ** 2 + 25) / 2,
      10,
    );
    const l2 = (t: number) => (t + 4 * 170) / 5;
    expect(cvLossAtLambda(170, folds, 4)).toBeCloseTo(
      ((l2(178) - 175) ** 2 + 36 + (l2(176) - 179) ** 2 + 25) / 2,
      10,
    );
  });

  it('the k-fold step can be the last one allowed, and is 0 when nothing moves', () => {
    // Both validation means lie beyond what a few small steps reach, so the last step is best.
    expect(earlyStopByCrossValidation(170, folds, 0.001, 20)).toBe(20);
    expect(earlyStopByCrossValidation(170, folds, 0, 20)).toBe(0);
  });

  it('the k-fold λ is the exact minimiser w* = Σab/Σa² as λ = 1/w* − 1, within [0, maxLambda]', () => {
    // a_j = m_tr,j − θ_pre, b_j = m_val,j − θ_pre: (8, 5) and (6, 9).
    const w = (8 * 5 + 6 * 9) / (8 * 8 + 6 * 6);
    expect(lambdaByCrossValidation(170, folds)).toBeCloseTo(1 / w - 1, 12);
    // Validation means beyond the training means: w* > 1, so λ = 0.
    const beyond = folds.map((f) => ({ ...f, val: { ...f.val, mean: f.train.mean + 4 } }));
    expect(lambdaByCrossValidation(170, beyond)).toBe(0);
    // Behind θ_pre: w* < 0, so the cap.
    const behind = folds.map((f) => ({ ...f, val: { ...f.val, mean: 165 } }));
    expect(lambdaByCrossValidation(170, behind)).toBeCloseTo(1e6, 6);
    expect(lambdaByCrossValidation(170, behind, 30)).toBeCloseTo(30, 9);
    // Training means at θ_pre: every λ gives θ_pre.
    const flat = folds.map((f) => ({ ...f, train: { ...f.train, mean: 170 } }));
    expect(lambdaByCrossValidation(170, flat)).toBe(0);
  });
});
