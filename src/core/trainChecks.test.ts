// @vitest-environment node
// Every setting train refuses is refused with a message that names it, and every edge it allows is
// allowed: a page that passes a bad value on says what was wrong, not just that something was.
import { describe, expect, it } from 'vitest';
import { summarize } from './summary';
import { DIVERGENCE_BOUND, MAX_PHASE_STEPS, train, trainOn } from './train';
import type { Dataset } from './train';
import type { FinetuneConfig, PhaseConfig, Strategy, TrainConfig } from './types';

const phase: PhaseConfig = { steps: 5, lr: 0.1, optimizer: 'sgd', batchSize: 'full' };
const base = (over: {
  pretrain?: Partial<PhaseConfig>;
  finetune?: Partial<FinetuneConfig>;
  strategy?: Strategy;
  init?: number;
  oldData?: number[];
  newData?: number[];
}): TrainConfig => ({
  oldData: over.oldData ?? [168, 172],
  newData: over.newData ?? [176, 180],
  init: over.init ?? 170,
  seed: 1,
  pretrain: { ...phase, ...over.pretrain },
  finetune: {
    ...phase,
    strategy: over.strategy ?? { kind: 'naive' },
    ...over.finetune,
  },
});

describe('train refuses a bad setting and names it', () => {
  const cases: [string, TrainConfig, RegExp][] = [
    [
      'too many steps',
      base({ pretrain: { steps: MAX_PHASE_STEPS + 1 } }),
      new RegExp(
        `^pre-training steps must be an integer from 0 to ${MAX_PHASE_STEPS}, got ${MAX_PHASE_STEPS + 1}$`,
      ),
    ],
    [
      'fractional fine-tuning steps',
      base({ finetune: { steps: 2.5 } }),
      /^fine-tuning steps must be an integer from 0 to \d+, got 2.5$/,
    ],
    [
      'a negative learning rate',
      base({ pretrain: { lr: -0.1 } }),
      /^pre-training learning rate must be finite and ≥ 0, got -0.1$/,
    ],
    [
      'an unknown optimizer',
      base({ finetune: { optimizer: 'rmsprop' as never } }),
      /^fine-tuning optimizer must be sgd, momentum or adam, got rmsprop$/,
    ],
    [
      'a batch of none',
      base({ pretrain: { batchSize: 0 } }),
      /^pre-training batch size must be 'full' or a whole number ≥ 1, got 0$/,
    ],
    [
      'a negative L2 strength',
      base({ strategy: { kind: 'l2sp', lambda: -1 } }),
      /^L2 strength λ must be finite and ≥ 0, got -1$/,
    ],
    [
      'a negative replay fraction',
      base({ strategy: { kind: 'replay', fraction: -0.1 } }),
      /^replay fraction ρ must lie in \[0, 1\], got -0.1$/,
    ],
    [
      'a replay fraction over one',
      base({ strategy: { kind: 'replay', fraction: 1.1 } }),
      /^replay fraction ρ must lie in \[0, 1\], got 1.1$/,
    ],
    [
      'an unknown strategy',
      base({ strategy: { kind: 'dropout' } as never }),
      /^unknown strategy dropout$/,
    ],
    ['a start that is not a number', base({ init: NaN }), /^init must be finite, got NaN$/],
    [
      'an empty old dataset',
      base({ oldData: [] }),
      /^the old dataset is empty: it needs at least one height$/,
    ],
    [
      'an empty new dataset',
      base({ newData: [] }),
      /^the new dataset is empty: it needs at least one height$/,
    ],
  ];
  for (const [what, config, message] of cases) {
    it(`refuses ${what}`, () => {
      expect(() => train(config)).toThrow(RangeError);
      expect(() => train(config)).toThrow(message);
    });
  }

  it('refuses a dataset whose spread alone is not a number', () => {
    const bad: Dataset = { summary: { n: 2, mean: 170, variance: NaN }, draw: () => 170 };
    const good: Dataset = { summary: summarize([170, 172]), draw: () => 171 };
    const { init, seed, pretrain, finetune } = base({});
    const rest = { init, seed, pretrain, finetune };
    expect(() => trainOn({ ...rest, old: good, new: bad })).toThrow(
      /^the new dataset holds a value that is not a finite number$/,
    );
    expect(() => trainOn({ ...rest, old: bad, new: good })).toThrow(/^the old dataset holds/);
  });
});

describe('train allows the edges of every setting', () => {
  it('a learning rate of 0 leaves θ where it starts', () => {
    const run = train(base({ pretrain: { lr: 0 }, finetune: { lr: 0 } }));
    expect(Array.from(run.theta)).toEqual(new Array(11).fill(170));
  });

  it('a replay fraction of exactly 0 or 1', () => {
    for (const fraction of [0, 1]) {
      expect(() => train(base({ strategy: { kind: 'replay', fraction } }))).not.toThrow();
    }
  });

  it('θ landing exactly on the divergence bound has not diverged; past it, it has', () => {
    // With η = ½ and full batches a step lands on the data mean exactly.
    const at = train(
      base({
        newData: [DIVERGENCE_BOUND],
        pretrain: { steps: 0 },
        finetune: { lr: 0.5, steps: 1 },
      }),
    );
    expect(at.diverged).toBe(false);
    expect(at.theta[1]).toBe(DIVERGENCE_BOUND);
    const past = train(
      base({
        newData: [DIVERGENCE_BOUND * 1.5],
        pretrain: { steps: 0 },
        finetune: { lr: 0.5, steps: 1 },
      }),
    );
    expect(past.diverged).toBe(true);
    expect(past.divergedAt).toBe(1);
  });

  it('a run that diverges in pre-training does not go on to fine-tune', () => {
    // Pre-training diverges at some step k; fine-tuning, which would diverge later, never runs.
    const run = train(
      base({ init: 0, pretrain: { lr: 5, steps: 50 }, finetune: { lr: 5, steps: 50 } }),
    );
    // θ_k − 170 = (1 − 2·5)^k (0 − 170): the first k past the bound is where it stops.
    let k = 1;
    while (Math.abs(170 + (-9) ** k * -170) <= DIVERGENCE_BOUND) k++;
    expect(run.diverged).toBe(true);
    expect(run.divergedAt).toBe(k);
    expect(run.theta.length).toBe(k);
  });
});
