// A run of the training core from Node: `npx tsx examples/fine-tune.ts`.
import { pooledMean, posteriorMean, sampleHeights, summarize, train } from '../src/core/index.ts';

const oldData = sampleHeights({ mean: 170, std: 7, size: 1000, seed: 1 });
const newData = sampleHeights({ mean: 178, std: 7, size: 50, seed: 2 });
const old = summarize(oldData);
const neu = summarize(newData);

const run = train({
  oldData,
  newData,
  init: 166,
  seed: 3,
  pretrain: { steps: 100, lr: 0.1, optimizer: 'sgd', batchSize: 'full' },
  finetune: {
    steps: 500,
    lr: 0.01,
    optimizer: 'sgd',
    batchSize: 'full',
    strategy: { kind: 'l2sp', lambda: old.n / neu.n },
  },
});

const last = run.theta[run.theta.length - 1]!;
console.log(`old mean ${old.mean.toFixed(2)} cm, new mean ${neu.mean.toFixed(2)} cm`);
console.log(`size-weighted ideal ${pooledMean(old, neu).toFixed(2)} cm`);
console.log(`posterior ideal (tau = 2 cm) ${posteriorMean(old, neu, 2).toFixed(2)} cm`);
console.log(`L2 fine-tuning with lambda = n_old/n_new ends at ${last.toFixed(2)} cm`);
