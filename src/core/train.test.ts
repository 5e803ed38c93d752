// Checks the two-phase training run against the closed forms of the maths and a step-by-step re-implementation.
// @vitest-environment node -- the core never touches the DOM, so it skips jsdom's start-up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pooledMean } from './ideal';
import { sampleHeights } from './sampling';
import { summarize } from './summary';
import { DIVERGENCE_BOUND, datasetFromArray, train, trainOn } from './train';
import type {
  BatchSize,
  FinetuneConfig,
  OptimizerKind,
  PhaseConfig,
  Strategy,
  TrainConfig,
  TrainResult,
} from './types';

// ---------------------------------------------------------------------------------------------
// Independent reference maths: written from the spec, sharing no code with the core.

function meanOf(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s / a.length;
}

function varianceOf(a: ArrayLike<number>): number {
  const m = meanOf(a);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - m) ** 2;
  return s / a.length;
}

/** MSE straight from its definition, point by point. */
function mseOf(a: ArrayLike<number>, theta: number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - theta) ** 2;
  return s / a.length;
}

function closedForm(theta0: number, target: number, lr: number, c: number, k: number): number {
  return target + Math.pow(1 - 2 * lr * c, k) * (theta0 - target);
}

function minimiserOf(s: Strategy, mOld: number, mNew: number, thetaPre: number): number {
  switch (s.kind) {
    case 'naive':
      return mNew;
    case 'l2sp':
      return (mNew + s.lambda * thetaPre) / (1 + s.lambda);
    case 'replay':
      return (1 - s.fraction) * mNew + s.fraction * mOld;
    case 'freeze':
      return thetaPre;
  }
}

function curvatureOf(s: Strategy): number {
  return s.kind === 'l2sp' ? 1 + s.lambda : s.kind === 'freeze' ? 0 : 1;
}

/** The fine-tuning gradient written term by term from each strategy's loss, not as 2c(θ − t). */
function finetuneGradient(s: Strategy, theta: number, mOld: number, mNew: number, pre: number) {
  switch (s.kind) {
    case 'naive':
      return 2 * (theta - mNew);
    case 'l2sp':
      return 2 * (theta - mNew) + 2 * s.lambda * (theta - pre);
    case 'replay':
      return (1 - s.fraction) * 2 * (theta - mNew) + s.fraction * 2 * (theta - mOld);
    case 'freeze':
      return 0;
  }
}

/** One optimiser with its own memory, from the update rules in the spec (constants typed in). */
function makeStepper(kind: OptimizerKind): (theta: number, g: number, lr: number) => number {
  let v = 0;
  let m = 0;
  let s = 0;
  let t = 0;
  return (theta, g, lr) => {
    if (kind === 'sgd') return theta - lr * g;
    if (kind === 'momentum') {
      v = 0.9 * v + g;
      return theta - lr * v;
    }
    t += 1;
    m = 0.9 * m + 0.1 * g;
    s = 0.999 * s + 0.001 * g * g;
    const mHat = m / (1 - Math.pow(0.9, t));
    const sHat = s / (1 - Math.pow(0.999, t));
    return theta - (lr * mHat) / (Math.sqrt(sHat) + 1e-8);
  };
}

interface RefPhase {
  steps: number;
  lr: number;
  optimizer: OptimizerKind;
}

/**
 * Full-batch two-phase run by the book. `resetState: false` carries the first phase's optimiser
 * memory into the second, which the spec forbids; tests use it to show the reset is observable.
 */
function referenceRun(
  mOld: number,
  mNew: number,
  init: number,
  pre: RefPhase,
  fine: RefPhase & { strategy: Strategy },
  resetState = true,
): number[] {
  const out = [init];
  let theta = init;
  const first = makeStepper(pre.optimizer);
  for (let k = 0; k < pre.steps; k++) {
    theta = first(theta, 2 * (theta - mOld), pre.lr);
    out.push(theta);
  }
  const thetaPre = theta;
  const second =
    resetState || fine.optimizer !== pre.optimizer ? makeStepper(fine.optimizer) : first;
  for (let k = 0; k < fine.steps; k++) {
    if (fine.strategy.kind !== 'freeze') {
      theta = second(theta, finetuneGradient(fine.strategy, theta, mOld, mNew, thetaPre), fine.lr);
    }
    out.push(theta);
  }
  return out;
}

/** Largest |a − b| / max(1, |b|) over two trajectories of equal length. */
function worstRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const e = Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!));
    if (!(e <= worst)) worst = e;
  }
  return worst;
}

function expectAllFinite(r: TrainResult): void {
  for (const arr of [r.theta, r.lossOld, r.lossNew]) {
    for (let i = 0; i < arr.length; i++) expect(Number.isFinite(arr[i])).toBe(true);
  }
  for (let i = 0; i < r.theta.length; i++) {
    expect(Math.abs(r.theta[i]!)).toBeLessThanOrEqual(DIVERGENCE_BOUND);
  }
}

// ---------------------------------------------------------------------------------------------
// Fixtures.

const OLD = sampleHeights({ mean: 170, std: 7, size: 1000, seed: 1 });
const NEW = sampleHeights({ mean: 178, std: 7, size: 50, seed: 2 });
const M_OLD = meanOf(OLD);
const M_NEW = meanOf(NEW);

function config(
  pre: Partial<PhaseConfig> = {},
  fine: Partial<FinetuneConfig> = {},
  rest: Partial<Pick<TrainConfig, 'oldData' | 'newData' | 'init' | 'seed'>> = {},
): TrainConfig {
  return {
    oldData: OLD,
    newData: NEW,
    init: 150,
    seed: 7,
    ...rest,
    pretrain: { steps: 60, lr: 0.05, optimizer: 'sgd', batchSize: 'full', ...pre },
    finetune: {
      steps: 80,
      lr: 0.1,
      optimizer: 'sgd',
      batchSize: 'full',
      strategy: { kind: 'naive' },
      ...fine,
    },
  };
}

const STRATEGIES: Strategy[] = [
  { kind: 'naive' },
  { kind: 'l2sp', lambda: 0 },
  { kind: 'l2sp', lambda: 0.5 },
  { kind: 'l2sp', lambda: 3 },
  { kind: 'replay', fraction: 0 },
  { kind: 'replay', fraction: 0.3 },
  { kind: 'replay', fraction: 1 },
  { kind: 'freeze' },
];

const strategyArb: fc.Arbitrary<Strategy> = fc.oneof(
  fc.constant<Strategy>({ kind: 'naive' }),
  fc.double({ min: 0, max: 20, noNaN: true }).map<Strategy>((lambda) => ({ kind: 'l2sp', lambda })),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map<Strategy>((fraction) => ({ kind: 'replay', fraction })),
  fc.constant<Strategy>({ kind: 'freeze' }),
);

const dataSpecArb = fc.record({
  mean: fc.double({ min: -300, max: 300, noNaN: true }),
  std: fc.double({ min: 0, max: 40, noNaN: true }),
  size: fc.integer({ min: 1, max: 300 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});

// ---------------------------------------------------------------------------------------------

describe('train: the shape of a run', () => {
  it('starts at init, has steps + 1 entries and marks the boundary', () => {
    const r = train(config({ steps: 13 }, { steps: 21 }, { init: 123.5 }));
    expect(r.theta[0]).toBe(123.5);
    expect(r.theta.length).toBe(13 + 21 + 1);
    expect(r.lossOld.length).toBe(35);
    expect(r.lossNew.length).toBe(35);
    expect(r.boundary).toBe(13);
    expect(r.diverged).toBe(false);
    expect(r.divergedAt).toBeNull();
  });

  it('records the MSE of every θ on each whole dataset', () => {
    const r = train(config({}, { strategy: { kind: 'replay', fraction: 0.4 } }));
    for (let t = 0; t < r.theta.length; t++) {
      const th = r.theta[t]!;
      expect(r.lossOld[t]).toBeCloseTo(mseOf(OLD, th), 9);
      expect(r.lossNew[t]).toBeCloseTo(mseOf(NEW, th), 9);
    }
  });

  it('gives a single entry when both phases have zero steps', () => {
    const r = train(config({ steps: 0 }, { steps: 0 }, { init: 99 }));
    expect(Array.from(r.theta)).toEqual([99]);
    expect(r.lossOld[0]).toBeCloseTo(mseOf(OLD, 99), 9);
    expect(r.boundary).toBe(0);
  });

  it('train and trainOn with datasetFromArray give the same run', () => {
    const cfg = config({ batchSize: 8 }, { batchSize: 5, optimizer: 'adam' });
    const a = train(cfg);
    const { oldData, newData, ...rest } = cfg;
    const b = trainOn({ ...rest, old: datasetFromArray(oldData), new: datasetFromArray(newData) });
    expect(b).toEqual(a);
  });
});

describe('train: full-batch gradient descent follows θ_k = t + (1 − 2ηc)^k (θ₀ − t)', () => {
  it.each(STRATEGIES.map((s) => [JSON.stringify(s), s] as const))(
    'in both phases with %s',
    (_name, strategy) => {
      const pre = { steps: 60, lr: 0.05 };
      const fine = { steps: 80, lr: 0.2 };
      const r = train(config(pre, { ...fine, strategy }));
      const expected: number[] = [];
      for (let k = 0; k <= pre.steps; k++) expected.push(closedForm(150, M_OLD, pre.lr, 1, k));
      const thetaPre = expected[pre.steps]!;
      const t = minimiserOf(strategy, M_OLD, M_NEW, thetaPre);
      const c = curvatureOf(strategy);
      for (let k = 1; k <= fine.steps; k++) expected.push(closedForm(thetaPre, t, fine.lr, c, k));
      expect(worstRelativeError(r.theta, expected)).toBeLessThan(1e-9);
    },
  );

  it('for any data, rates with 0 < ηc < 1, step counts and strategy', () => {
    fc.assert(
      fc.property(
        dataSpecArb,
        dataSpecArb,
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        strategyArb,
        (oldSpec, newSpec, init, etaC1, etaC2, steps1, steps2, strategy) => {
          const oldData = sampleHeights(oldSpec);
          const newData = sampleHeights(newSpec);
          const c = curvatureOf(strategy) || 1;
          const lr1 = etaC1;
          const lr2 = etaC2 / c;
          const r = train(
            config(
              { steps: steps1, lr: lr1 },
              { steps: steps2, lr: lr2, strategy },
              {
                oldData,
                newData,
                init,
              },
            ),
          );
          const mOld = meanOf(oldData);
          const mNew = meanOf(newData);
          const expected: number[] = [];
          for (let k = 0; k <= steps1; k++) expected.push(closedForm(init, mOld, lr1, 1, k));
          const thetaPre = expected[steps1]!;
          const t = minimiserOf(strategy, mOld, mNew, thetaPre);
          for (let k = 1; k <= steps2; k++) {
            expected.push(closedForm(thetaPre, t, lr2, curvatureOf(strategy), k));
          }
          expect(r.diverged).toBe(false);
          expect(worstRelativeError(r.theta, expected)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('does not depend on the seed', () => {
    const a = train(config({}, { strategy: { kind: 'replay', fraction: 0.5 } }, { seed: 1 }));
    const b = train(config({}, { strategy: { kind: 'replay', fraction: 0.5 } }, { seed: 2 }));
    expect(b).toEqual(a);
  });
});

describe('train: convergence to each strategy’s minimiser', () => {
  const cases: [OptimizerKind, number][] = [
    ['sgd', 0.1],
    ['momentum', 0.02],
  ];
  for (const [optimizer, lr] of cases) {
    it.each(STRATEGIES.map((s) => [JSON.stringify(s), s] as const))(
      `${optimizer}: pre-training reaches m_old and fine-tuning with %s reaches its minimiser`,
      (_name, strategy) => {
        const c = curvatureOf(strategy) || 1;
        const r = train(
          config(
            { steps: 2000, lr, optimizer },
            { steps: 2000, lr: lr / c, optimizer, strategy },
            { init: 0 },
          ),
        );
        const thetaPre = r.theta[r.boundary]!;
        expect(Math.abs(thetaPre - M_OLD)).toBeLessThan(1e-9 * M_OLD);
        const t = minimiserOf(strategy, M_OLD, M_NEW, M_OLD);
        const end = r.theta[r.theta.length - 1]!;
        expect(Math.abs(end - t)).toBeLessThan(1e-9 * Math.abs(t));
      },
    );
  }

  it('adam ends within a hundredth of its step size of the minimiser', () => {
    // Adam's step is about η while the gradient keeps its sign, so give it ample steps to arrive.
    const lr = 0.01;
    for (const strategy of STRATEGIES) {
      const r = train(
        config(
          { steps: 10_000, lr, optimizer: 'adam' },
          { steps: 5000, lr, optimizer: 'adam', strategy },
          { init: 150 },
        ),
      );
      const thetaPre = r.theta[r.boundary]!;
      expect(Math.abs(thetaPre - M_OLD)).toBeLessThan(lr / 100);
      const t = minimiserOf(strategy, M_OLD, M_NEW, thetaPre);
      expect(Math.abs(r.theta[r.theta.length - 1]! - t)).toBeLessThan(lr / 100);
    }
  });
});

describe('train: l2sp and replay can land on the pooled mean', () => {
  const nOld = OLD.length;
  const nNew = NEW.length;
  const pooled = meanOf([...OLD, ...NEW]);

  it('the reference pooled value agrees with pooledMean', () => {
    expect(pooledMean(summarize(OLD), summarize(NEW))).toBeCloseTo(pooled, 9);
  });

  it('l2sp with λ = n_old/n_new from θ_pre = m_old', () => {
    const lambda = nOld / nNew;
    const lr = 0.3 / (1 + lambda);
    const r = train(
      config(
        { steps: 5 },
        { steps: 300, lr, strategy: { kind: 'l2sp', lambda } },
        {
          init: M_OLD,
        },
      ),
    );
    expect(r.theta[r.boundary]).toBeCloseTo(M_OLD, 12);
    expect(r.theta[r.theta.length - 1]).toBeCloseTo(pooled, 9);
  });

  it('replay with ρ = n_old/(n_old + n_new) from θ_pre = m_old', () => {
    const fraction = nOld / (nOld + nNew);
    const r = train(
      config(
        { steps: 5 },
        { steps: 300, lr: 0.3, strategy: { kind: 'replay', fraction } },
        {
          init: M_OLD,
        },
      ),
    );
    expect(r.theta[r.theta.length - 1]).toBeCloseTo(pooled, 9);
  });

  it('for any two datasets, after pre-training to convergence', () => {
    fc.assert(
      fc.property(dataSpecArb, dataSpecArb, fc.boolean(), (oldSpec, newSpec, useL2) => {
        const oldData = sampleHeights(oldSpec);
        const newData = sampleHeights(newSpec);
        const strategy: Strategy = useL2
          ? { kind: 'l2sp', lambda: oldData.length / newData.length }
          : { kind: 'replay', fraction: oldData.length / (oldData.length + newData.length) };
        const lr2 = 0.4 / curvatureOf(strategy);
        const r = train(
          config(
            { steps: 200, lr: 0.4 },
            { steps: 200, lr: lr2, strategy },
            {
              oldData,
              newData,
              init: 0,
            },
          ),
        );
        const want = meanOf([...oldData, ...newData]);
        const got = r.theta[r.theta.length - 1]!;
        expect(Math.abs(got - want)).toBeLessThan(1e-9 * Math.max(1, Math.abs(want)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('train: divergence', () => {
  /** First k whose closed-form θ_k leaves the ±1e9 band, or null within `steps`. */
  function firstEscape(theta0: number, target: number, lr: number, c: number, steps: number) {
    for (let k = 1; k <= steps; k++) {
      if (Math.abs(closedForm(theta0, target, lr, c, k)) > 1e9) return k;
    }
    return null;
  }

  it('sgd with η = 1.5 in pre-training stops at the first step beyond 1e9', () => {
    const r = train(config({ steps: 100, lr: 1.5 }, { steps: 100 }));
    const expectedAt = firstEscape(150, M_OLD, 1.5, 1, 100);
    expect(expectedAt).not.toBeNull();
    expect(r.diverged).toBe(true);
    expect(r.divergedAt).toBe(expectedAt);
    expect(r.theta.length).toBe(expectedAt);
    expect(r.lossOld.length).toBe(expectedAt);
    expect(r.lossNew.length).toBe(expectedAt);
    expect(r.theta.length).toBeLessThan(201);
    expectAllFinite(r);
    // What is kept is still the exact trajectory.
    const expected = Array.from({ length: expectedAt! }, (_, k) =>
      closedForm(150, M_OLD, 1.5, 1, k),
    );
    expect(worstRelativeError(r.theta, expected)).toBeLessThan(1e-9);
  });

  it('l2sp with ηc > 1 diverges during fine-tuning, after the boundary', () => {
    const strategy: Strategy = { kind: 'l2sp', lambda: 3 };
    const r = train(config({ steps: 50, lr: 0.1 }, { steps: 200, lr: 0.3, strategy }));
    const thetaPre = closedForm(150, M_OLD, 0.1, 1, 50);
    const t = minimiserOf(strategy, M_OLD, M_NEW, thetaPre);
    const expectedAt = 50 + firstEscape(thetaPre, t, 0.3, 4, 200)!;
    expect(r.diverged).toBe(true);
    expect(r.boundary).toBe(50);
    expect(r.divergedAt).toBe(expectedAt);
    expect(r.theta.length).toBe(expectedAt);
    expect(r.divergedAt!).toBeGreaterThan(r.boundary);
    expectAllFinite(r);
  });

  it('momentum with too large a rate diverges and keeps only finite values', () => {
    const r = train(config({ steps: 500, lr: 2, optimizer: 'momentum' }, { steps: 10 }));
    expect(r.diverged).toBe(true);
    expect(r.divergedAt).toBe(r.theta.length);
    expectAllFinite(r);
  });

  it('a rate so large that the first step leaves the range keeps just θ₀', () => {
    const r = train(config({ steps: 10, lr: 1e300 }, { steps: 10 }));
    expect(r.diverged).toBe(true);
    expect(r.divergedAt).toBe(1);
    expect(Array.from(r.theta)).toEqual([150]);
    expectAllFinite(r);
  });

  it('ηc = 1 bounces between θ₀ and its mirror image for ever without diverging', () => {
    const r = train(config({ steps: 40, lr: 1 }, { steps: 0 }, { init: 160 }));
    expect(r.diverged).toBe(false);
    for (let k = 0; k <= 40; k++) {
      const want = M_OLD + (k % 2 === 0 ? 1 : -1) * (160 - M_OLD);
      expect(r.theta[k]).toBeCloseTo(want, 9);
    }
  });

  it('for any unstable sgd rate, the result is finite, shorter and matches the closed form', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.05, max: 50, noNaN: true }),
        fc.double({ min: 1, max: 300, noNaN: true }),
        (lr, init) => {
          const r = train(config({ steps: 5000, lr }, { steps: 10 }, { init }));
          const expectedAt = firstEscape(init, M_OLD, lr, 1, 5000);
          expect(r.diverged).toBe(true);
          expect(r.divergedAt).toBe(expectedAt);
          expect(r.theta.length).toBe(expectedAt);
          expectAllFinite(r);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('train: the oscillating regime ½ < ηc < 1', () => {
  function expectAlternates(theta: ArrayLike<number>, from: number, to: number, t: number) {
    for (let k = from + 1; k <= to; k++) {
      const prev = theta[k - 1]! - t;
      const cur = theta[k]! - t;
      expect(Math.sign(cur)).toBe(-Math.sign(prev));
      expect(Math.abs(cur)).toBeLessThan(Math.abs(prev));
    }
  }

  it('alternates sides of the target and shrinks, in both phases', () => {
    const strategy: Strategy = { kind: 'l2sp', lambda: 1 };
    const r = train(config({ steps: 20, lr: 0.8 }, { steps: 20, lr: 0.35, strategy }));
    expectAlternates(r.theta, 0, 20, M_OLD);
    const t = minimiserOf(strategy, M_OLD, M_NEW, r.theta[20]!);
    expectAlternates(r.theta, 20, 40, t);
    // The ratio of successive distances is the contraction factor 1 − 2ηc.
    expect((r.theta[2]! - M_OLD) / (r.theta[1]! - M_OLD)).toBeCloseTo(1 - 2 * 0.8, 9);
    expect((r.theta[22]! - t) / (r.theta[21]! - t)).toBeCloseTo(1 - 2 * 0.35 * 2, 9);
  });

  it('for any ηc in (½, 1) and any strategy that moves', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.55, max: 0.99, noNaN: true }),
        fc.double({ min: 0.55, max: 0.99, noNaN: true }),
        strategyArb.filter((s) => s.kind !== 'freeze'),
        (etaC1, etaC2, strategy) => {
          const c = curvatureOf(strategy);
          const r = train(config({ steps: 15, lr: etaC1 }, { steps: 15, lr: etaC2 / c, strategy }));
          // Only steps whose distance is far above rounding noise have a meaningful sign.
          const visible = (d: number) => Math.abs(d) > 1e-6;
          for (let k = 1; k <= 15 && visible(r.theta[k]! - M_OLD); k++) {
            expect(Math.sign(r.theta[k]! - M_OLD)).toBe(-Math.sign(r.theta[k - 1]! - M_OLD));
          }
          const t = minimiserOf(strategy, M_OLD, M_NEW, r.theta[15]!);
          for (let k = 16; k <= 30 && visible(r.theta[k]! - t); k++) {
            expect(Math.sign(r.theta[k]! - t)).toBe(-Math.sign(r.theta[k - 1]! - t));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('train: naive fine-tuning with ηc ≤ ½ never raises the loss on the new data', () => {
  it('for any data, start and rate', () => {
    fc.assert(
      fc.property(
        dataSpecArb,
        dataSpecArb,
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (oldSpec, newSpec, lr, steps) => {
          const r = train(
            config(
              { steps: 30, lr: 0.1 },
              { steps, lr },
              {
                oldData: sampleHeights(oldSpec),
                newData: sampleHeights(newSpec),
              },
            ),
          );
          for (let k = r.boundary + 1; k < r.lossNew.length; k++) {
            const allowance = 1e-12 * Math.max(1, r.lossNew[k - 1]!);
            expect(r.lossNew[k]!).toBeLessThanOrEqual(r.lossNew[k - 1]! + allowance);
          }
          expect(r.lossNew[r.lossNew.length - 1]!).toBeLessThanOrEqual(
            r.lossNew[r.boundary]! * (1 + 1e-12),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('train: momentum and Adam match a step-by-step re-implementation', () => {
  const combos: [OptimizerKind, number][] = [
    ['momentum', 0.02],
    ['adam', 0.5],
  ];
  for (const [optimizer, lr] of combos) {
    it.each(STRATEGIES.map((s) => [JSON.stringify(s), s] as const))(
      `${optimizer} in both phases with %s, memory reset at the boundary`,
      (_name, strategy) => {
        // A short first phase leaves the optimiser's memory far from zero, so a missed reset shows.
        const pre = { steps: 25, lr, optimizer };
        const fine = { steps: 120, lr: lr / (curvatureOf(strategy) || 1), optimizer, strategy };
        const r = train(config(pre, fine, { init: 120 }));
        const want = referenceRun(M_OLD, M_NEW, 120, pre, fine);
        expect(worstRelativeError(r.theta, want)).toBeLessThan(1e-9);
        if (strategy.kind !== 'freeze') {
          const noReset = referenceRun(M_OLD, M_NEW, 120, pre, fine, false);
          expect(worstRelativeError(r.theta, noReset)).toBeGreaterThan(1e-6);
        }
      },
    );
  }

  it('for any mix of optimisers, rates, strategies and step counts', () => {
    const optimizerArb = fc.constantFrom<OptimizerKind>('sgd', 'momentum', 'adam');
    fc.assert(
      fc.property(
        optimizerArb,
        optimizerArb,
        fc.double({ min: 0.001, max: 0.3, noNaN: true }),
        fc.double({ min: 0.001, max: 0.3, noNaN: true }),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 0, max: 150 }),
        strategyArb,
        fc.double({ min: 0, max: 300, noNaN: true }),
        (opt1, opt2, rate1, rate2, steps1, steps2, strategy, init) => {
          const pre = { steps: steps1, lr: rate1, optimizer: opt1 };
          const fine = {
            steps: steps2,
            lr: rate2 / (curvatureOf(strategy) || 1),
            optimizer: opt2,
            strategy,
          };
          const want = referenceRun(M_OLD, M_NEW, init, pre, fine);
          // Adam divides by the gradient's size: a phase that starts with θ within rounding noise
          // of its target makes it amplify the last bit, which no two ways of writing g agree on.
          const thetaPre = want[steps1]!;
          const t = minimiserOf(strategy, M_OLD, M_NEW, thetaPre);
          fc.pre(opt1 !== 'adam' || Math.abs(init - M_OLD) > 1e-6);
          fc.pre(opt2 !== 'adam' || Math.abs(thetaPre - t) > 1e-6);
          const r = train(config(pre, fine, { init }));
          expect(r.diverged).toBe(false);
          expect(worstRelativeError(r.theta, want)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('train: mini-batches', () => {
  // Integer data and η = ½ with one point per batch make each step land exactly on the drawn
  // point (θ − (θ − y) = y), so the trajectory reveals which points were drawn.
  const OLD_INT = Array.from({ length: 10 }, (_, i) => 101 + i);
  const NEW_INT = Array.from({ length: 10 }, (_, i) => 201 + i);
  const drawsConfig = (strategy: Strategy, steps: number, seed = 11) =>
    config(
      { steps, lr: 0.5, batchSize: 1 },
      { steps, lr: 0.5, batchSize: 1, strategy },
      { oldData: OLD_INT, newData: NEW_INT, init: 0, seed },
    );

  it('draw points uniformly with replacement from the phase’s dataset', () => {
    const steps = 20_000;
    const r = train(drawsConfig({ kind: 'naive' }, steps));
    const countsOld = new Array<number>(10).fill(0);
    const countsNew = new Array<number>(10).fill(0);
    for (let k = 1; k <= steps; k++) {
      const i = OLD_INT.indexOf(r.theta[k]!);
      expect(i).toBeGreaterThanOrEqual(0);
      countsOld[i]!++;
    }
    for (let k = steps + 1; k <= 2 * steps; k++) {
      const i = NEW_INT.indexOf(r.theta[k]!);
      expect(i).toBeGreaterThanOrEqual(0);
      countsNew[i]!++;
    }
    // Each count is Binomial(20000, 0.1): sd ≈ 42; five sd is a very loose band.
    const sd = Math.sqrt(steps * 0.1 * 0.9);
    for (const c of [...countsOld, ...countsNew])
      expect(Math.abs(c - steps / 10)).toBeLessThan(5 * sd);
    // Draws are with replacement: a point repeats straight away about 1 time in 10.
    let repeats = 0;
    for (let k = 2; k <= steps; k++) if (r.theta[k] === r.theta[k - 1]) repeats++;
    expect(Math.abs(repeats / (steps - 1) - 0.1)).toBeLessThan(5 * Math.sqrt(0.09 / steps));
  });

  it.each([0, 0.3, 0.85, 1])(
    'replay with ρ = %s draws from the old data a fraction ρ of the time',
    (rho) => {
      const steps = 20_000;
      const r = train(drawsConfig({ kind: 'replay', fraction: rho }, steps));
      let fromOld = 0;
      for (let k = steps + 1; k <= 2 * steps; k++) {
        const th = r.theta[k]!;
        const isOld = OLD_INT.includes(th);
        expect(isOld || NEW_INT.includes(th)).toBe(true);
        if (isOld) fromOld++;
      }
      const se = Math.sqrt((rho * (1 - rho)) / steps);
      expect(Math.abs(fromOld / steps - rho)).toBeLessThanOrEqual(5 * se);
    },
  );

  it('ask a dataset for draws with uniform numbers in [0, 1)', () => {
    const spy = (data: Float64Array) => {
      const asked: number[] = [];
      const dataset = {
        summary: summarize(data),
        draw: (u: number) => {
          asked.push(u);
          return data[Math.floor(u * data.length)]!;
        },
      };
      return { dataset, asked };
    };
    const oldSpy = spy(OLD);
    const newSpy = spy(NEW);
    const { init, seed, pretrain, finetune } = config(
      { batchSize: 4 },
      { batchSize: 3, strategy: { kind: 'replay', fraction: 0.5 } },
    );
    trainOn({ init, seed, pretrain, finetune, old: oldSpy.dataset, new: newSpy.dataset });
    expect(oldSpy.asked.length + newSpy.asked.length).toBe(60 * 4 + 80 * 3);
    for (const { asked } of [oldSpy, newSpy]) {
      expect(asked.length).toBeGreaterThan(0);
      for (const u of asked) {
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
      }
    }
  });

  /** Stationary variance of sgd on a noisy quadratic: ησ²/(b c (1 − ηc)). */
  function stationaryVariance(lr: number, c: number, drawVariance: number, b: number) {
    return (lr * drawVariance) / (b * c * (1 - lr * c));
  }

  const finetuneCases: [string, Strategy, number][] = [
    ['naive', { kind: 'naive' }, varianceOf(NEW)],
    ['l2sp λ = 2', { kind: 'l2sp', lambda: 2 }, varianceOf(NEW)],
    [
      'replay ρ = 0.4',
      { kind: 'replay', fraction: 0.4 },
      // A draw from the mixture: within-set variances plus the spread of the two means.
      0.6 * varianceOf(NEW) + 0.4 * varianceOf(OLD) + 0.4 * 0.6 * (M_NEW - M_OLD) ** 2,
    ],
  ];

  it.each(finetuneCases)(
    '%s: the mean of many final θ sits at the minimiser, with the spread of batch size b',
    (_name, strategy, drawVariance) => {
      const b = 32;
      const lr = 0.05;
      const runs = 300;
      const c = curvatureOf(strategy);
      const finals: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Full-batch pre-training fixes θ_pre, so every run shares one minimiser.
        const r = train(
          config(
            { steps: 300, lr: 0.2 },
            { steps: 400, lr, batchSize: b, strategy },
            {
              seed: (i * 2654435761) % 2 ** 31,
            },
          ),
        );
        finals.push(r.theta[r.theta.length - 1]!);
      }
      const t = minimiserOf(strategy, M_OLD, M_NEW, closedForm(150, M_OLD, 0.2, 1, 300));
      const predicted = stationaryVariance(lr, c, drawVariance, b);
      const se = Math.sqrt(predicted / runs);
      expect(Math.abs(meanOf(finals) - t)).toBeLessThan(5 * se);
      // The sample variance of 300 runs is within about ±8 % (one sd); allow ±35 %.
      expect(varianceOf(finals) / predicted).toBeGreaterThan(0.65);
      expect(varianceOf(finals) / predicted).toBeLessThan(1.35);
    },
  );

  it('pre-training with mini-batches centres on m_old', () => {
    const finals: number[] = [];
    for (let i = 0; i < 300; i++) {
      const r = train(
        config({ steps: 300, lr: 0.05, batchSize: 16 }, { steps: 0 }, { seed: i * 7919 + 1 }),
      );
      finals.push(r.theta[r.theta.length - 1]!);
    }
    const se = Math.sqrt(stationaryVariance(0.05, 1, varianceOf(OLD), 16) / 300);
    expect(Math.abs(meanOf(finals) - M_OLD)).toBeLessThan(5 * se);
  });

  it('freeze keeps θ_pre for every fine-tuning step whatever the batch and optimiser', () => {
    const r = train(
      config({ batchSize: 4 }, { batchSize: 3, optimizer: 'adam', strategy: { kind: 'freeze' } }),
    );
    const pre = r.theta[r.boundary]!;
    for (let k = r.boundary; k < r.theta.length; k++) expect(r.theta[k]).toBe(pre);
  });

  it('the same config gives the same arrays; a different seed gives a different path', () => {
    const cfg = (seed: number) =>
      config(
        { batchSize: 8, optimizer: 'adam', lr: 0.3 },
        {
          batchSize: 4,
          optimizer: 'momentum',
          lr: 0.01,
          strategy: { kind: 'replay', fraction: 0.5 },
        },
        { seed },
      );
    const a = train(cfg(3));
    const b = train(cfg(3));
    expect(b).toEqual(a);
    const other = train(cfg(4));
    let differing = 0;
    for (let k = 1; k < a.theta.length; k++) if (a.theta[k] !== other.theta[k]) differing++;
    expect(differing).toBeGreaterThan(0.99 * (a.theta.length - 1));
  });

  // The code skips the old-or-new coin when ρ = 0 and adds a zero penalty when λ = 0, so these
  // consume the generator exactly as naive fine-tuning does and must give the same path.
  it.each([
    ['replay ρ = 0', { kind: 'replay', fraction: 0 } as Strategy],
    ['l2sp λ = 0', { kind: 'l2sp', lambda: 0 } as Strategy],
  ])('%s with mini-batches reproduces naive mini-batch fine-tuning', (_name, strategy) => {
    for (const batchSize of [1, 7, 32] as BatchSize[]) {
      const naive = train(config({ batchSize: 5 }, { batchSize, strategy: { kind: 'naive' } }));
      const other = train(config({ batchSize: 5 }, { batchSize, strategy }));
      expect(other.theta).toEqual(naive.theta);
    }
  });

  it('replay with 0 < ρ < 1 consumes extra randomness, so it is not naive even near ρ = 0', () => {
    // Guards the previous test from passing vacuously: a draw-by-draw coin changes the stream.
    const naive = train(config({}, { batchSize: 4 }));
    const replay = train(
      config({}, { batchSize: 4, strategy: { kind: 'replay', fraction: 1e-12 } }),
    );
    expect(replay.theta).not.toEqual(naive.theta);
  });
});

describe('train: invalid input', () => {
  it('names the empty dataset', () => {
    expect(() => train(config({}, {}, { oldData: [] }))).toThrow(RangeError);
    expect(() => train(config({}, {}, { oldData: [] }))).toThrow(/\bold\b/);
    expect(() => train(config({}, {}, { newData: new Float64Array(0) }))).toThrow(RangeError);
    expect(() => train(config({}, {}, { newData: new Float64Array(0) }))).toThrow(/\bnew\b/);
    expect(() => train(config({}, {}, { newData: [] }))).not.toThrow(/\bold\b/);
  });

  it.each([
    ['negative steps', config({ steps: -1 })],
    ['fractional steps', config({}, { steps: 2.5 })],
    ['NaN rate', config({ lr: NaN })],
    ['negative rate', config({}, { lr: -0.1 })],
    ['zero batch', config({ batchSize: 0 })],
    ['fractional batch', config({}, { batchSize: 1.5 })],
    ['negative λ', config({}, { strategy: { kind: 'l2sp', lambda: -1 } })],
    ['ρ above 1', config({}, { strategy: { kind: 'replay', fraction: 1.5 } })],
    ['non-finite init', config({}, {}, { init: Infinity })],
  ])('rejects %s with a RangeError', (_name, cfg) => {
    expect(() => train(cfg)).toThrow(RangeError);
  });

  it('refuses seeds that the 32-bit generator would alias', () => {
    for (const seed of [-5, 5.7, 2 ** 32 + 5, NaN])
      expect(() => train(config({}, {}, { seed }))).toThrow(RangeError);
  });

  it('refuses a dataset holding a non-finite height, naming the dataset', () => {
    expect(() => train(config({}, {}, { oldData: [170, NaN] }))).toThrow(/old dataset/);
    expect(() => train(config({}, {}, { newData: [170, Infinity] }))).toThrow(/new dataset/);
  });
});

describe('train: mini-batches of constant data', () => {
  // Every draw from a dataset whose heights are all equal is its mean, so a mini-batch gradient is
  // the full-batch one exactly, and the run follows the closed form step for step.
  const FLAT_OLD = new Float64Array(40).fill(170);
  const FLAT_NEW = new Float64Array(25).fill(180);
  const flat = (strategy: Strategy, batchSize: BatchSize, optimizer: OptimizerKind = 'sgd') =>
    train(
      config(
        { steps: 30, lr: 0.05, batchSize, optimizer },
        { steps: 40, lr: 0.05, batchSize, optimizer, strategy },
        { oldData: FLAT_OLD, newData: FLAT_NEW, init: 150, seed: 5 },
      ),
    );

  it.each<[string, Strategy]>([
    ['naive', { kind: 'naive' }],
    ['l2sp λ = 2.5', { kind: 'l2sp', lambda: 2.5 }],
    ['replay ρ = 0', { kind: 'replay', fraction: 0 }],
    ['replay ρ = 1', { kind: 'replay', fraction: 1 }],
  ])('%s follows the closed form in both phases, whatever the batch size', (_name, strategy) => {
    for (const b of [1, 7]) {
      const r = flat(strategy, b);
      const pre = closedForm(150, 170, 0.05, 1, 30);
      for (let k = 0; k <= 30; k++) {
        expect(r.theta[k]).toBeCloseTo(closedForm(150, 170, 0.05, 1, k), 9);
      }
      const t = minimiserOf(strategy, 170, 180, pre);
      const c = curvatureOf(strategy);
      for (let k = 0; k <= 40; k++) {
        expect(r.theta[30 + k]).toBeCloseTo(closedForm(pre, t, 0.05, c, k), 9);
      }
    }
  });

  it.each<OptimizerKind>(['momentum', 'adam'])(
    '%s with mini-batches is the full-batch run',
    (optimizer) => {
      const strategy: Strategy = { kind: 'l2sp', lambda: 1.5 };
      const full = flat(strategy, 'full', optimizer).theta;
      flat(strategy, 4, optimizer).theta.forEach((th, k) => expect(th).toBeCloseTo(full[k]!, 9));
    },
  );
});
