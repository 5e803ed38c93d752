// Benchmark of the training core (sampling, summarising, training) and a cross-check against TensorFlow.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import {
  type BatchSize,
  type OptimizerKind,
  type TrainConfig,
  type TrainResult,
  datasetFromArray,
  type StreamLearner,
  type StreamSpec,
  sampleHeights,
  streamLearn,
  streamSample,
  summarize,
  train,
  trainOn,
} from '../src/core/index.ts';

// BENCH_QUICK=1 shrinks every size about 100× so CI can smoke-test the script in seconds.
const QUICK = process.env.BENCH_QUICK === '1';
const shrink = (n: number): number => (QUICK ? Math.max(1, Math.round(n / 100)) : n);

const POINTS = shrink(1_000_000);
const STEPS = shrink(50_000);
const REPEATS = QUICK ? 3 : 7;
const WARMUPS = 3;
const SCALING_SIZES = [100, 10_000, 1_000_000].map(shrink);
// Sized so TF.js's pure-JS CPU backend takes about 10 s on a laptop-class core.
const TF_POINTS = shrink(10_000);
const TF_STEPS = shrink(4_000);

const OLD_SPEC = { mean: 170, std: 7, size: POINTS, seed: 1 };
const NEW_SPEC = { mean: 178, std: 7, size: POINTS, seed: 2 };

/** Keeps results alive so the engine cannot drop the timed work as unused. */
let sink = 0;

function ms(start: number): number {
  return performance.now() - start;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Median wall time of `fn` in milliseconds over `REPEATS` runs, after untimed warm-up runs: a
 * single one leaves V8 mid-way through tiering up, which showed as a slow first table row.
 */
function timeMedian<T>(fn: () => T, consume: (value: T) => number): number {
  for (let i = 0; i < WARMUPS; i++) sink += consume(fn());
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    const value = fn();
    times.push(ms(start));
    sink += consume(value);
  }
  return median(times);
}

const lastTheta = (r: TrainResult): number => r.theta[r.theta.length - 1]!;

function checkRun(r: TrainResult, label: string): void {
  if (r.diverged || !Number.isFinite(lastTheta(r))) {
    throw new Error(`${label}: the benchmark run diverged, so its timing means nothing`);
  }
}

/** Everything in a run but the data, so the same settings feed both `train` and `trainOn`. */
function settings(
  optimizer: OptimizerKind,
  batchSize: BatchSize,
  steps: number,
): Omit<TrainConfig, 'oldData' | 'newData'> {
  return {
    init: 150,
    seed: 3,
    pretrain: { steps, lr: 0.01, optimizer, batchSize },
    finetune: { steps, lr: 0.01, optimizer, batchSize, strategy: { kind: 'naive' } },
  };
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  ');
  return [
    line(cells[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

const fmt = (x: number, digits = 2): string => x.toFixed(digits);
const fmtRate = (x: number): string => Math.round(x).toLocaleString('en-US');

// --- 1. The full pipeline at 2 × POINTS points and 2 × STEPS steps --------------------------

console.log(
  `Fine-Tuning Playground benchmark${QUICK ? ' (BENCH_QUICK)' : ''}: ` +
    `2 × ${POINTS.toLocaleString('en-US')} points, ` +
    `${STEPS.toLocaleString('en-US')} + ${STEPS.toLocaleString('en-US')} steps, ` +
    `median of ${REPEATS} runs after ${WARMUPS} warm-up runs\n`,
);

const oldData = sampleHeights(OLD_SPEC);
const newData = sampleHeights(NEW_SPEC);
const oldSet = datasetFromArray(oldData);
const newSet = datasetFromArray(newData);

interface PipelineRow {
  batch: BatchSize;
  optimizer: OptimizerKind;
  sampleMs: number;
  summariseMs: number;
  trainMs: number;
  trainCallMs: number;
  stepsPerSecond: number;
  finalTheta: number;
}

const pipeline: PipelineRow[] = [];
for (const batch of ['full', 32] as BatchSize[]) {
  for (const optimizer of ['sgd', 'adam'] as OptimizerKind[]) {
    const label = `batch ${batch}, ${optimizer}`;
    const sampleMs = timeMedian(
      () => [sampleHeights(OLD_SPEC), sampleHeights(NEW_SPEC)],
      (xs) => xs[0]![0]! + xs[1]![0]!,
    );
    const summariseMs = timeMedian(
      () => [summarize(oldData), summarize(newData)],
      (s) => s[0]!.mean + s[1]!.mean,
    );
    const rest = settings(optimizer, batch, STEPS);
    const cfg: TrainConfig = { ...rest, oldData, newData };
    // Training alone: the datasets arrive already summarised.
    const trainMs = timeMedian(
      () => trainOn({ ...rest, old: oldSet, new: newSet }),
      (r) => (checkRun(r, label), lastTheta(r)),
    );
    // The public call end to end, which summarises both datasets itself.
    const trainCallMs = timeMedian(
      () => train(cfg),
      (r) => (checkRun(r, label), lastTheta(r)),
    );
    pipeline.push({
      batch,
      optimizer,
      sampleMs,
      summariseMs,
      trainMs,
      trainCallMs,
      stepsPerSecond: (2 * STEPS) / (trainMs / 1000),
      finalTheta: lastTheta(train(cfg)),
    });
  }
}

console.log(
  table(
    ['batch', 'optimiser', 'sample ms', 'summarise ms', 'train ms', 'train() ms', 'steps/s'],
    pipeline.map((r) => [
      String(r.batch),
      r.optimizer,
      fmt(r.sampleMs),
      fmt(r.summariseMs),
      fmt(r.trainMs, 3),
      fmt(r.trainCallMs, 3),
      fmtRate(r.stepsPerSecond),
    ]),
  ),
);
console.log(
  '\nsample = two sampleHeights calls; summarise = two summarize calls; train = trainOn on\n' +
    'pre-summarised datasets; train() = the public call, which summarises both datasets itself;\n' +
    'steps/s = pre-training + fine-tuning steps ÷ train time.\n',
);

// --- 2. Full-batch training time against dataset size ---------------------------------------

interface ScalingRow {
  n: number;
  trainMs: number;
  stepsPerSecond: number;
}

const scaling: ScalingRow[] = SCALING_SIZES.map((n) => {
  // Summarised outside the timing: only the steps are measured.
  const old = datasetFromArray(sampleHeights({ ...OLD_SPEC, size: n }));
  const neu = datasetFromArray(sampleHeights({ ...NEW_SPEC, size: n }));
  const trainMs = timeMedian(
    () => trainOn({ ...settings('sgd', 'full', STEPS), old, new: neu }),
    (r) => (checkRun(r, `n = ${n}`), lastTheta(r)),
  );
  return { n, trainMs, stepsPerSecond: (2 * STEPS) / (trainMs / 1000) };
});

console.log(
  'Full-batch sgd training time against points per dataset (trainOn, summaries precomputed)',
);
console.log(
  table(
    ['points per dataset', 'train ms', 'steps/s'],
    scaling.map((r) => [r.n.toLocaleString('en-US'), fmt(r.trainMs, 3), fmtRate(r.stepsPerSecond)]),
  ),
);
const growth = scaling[scaling.length - 1]!.trainMs / scaling[0]!.trainMs;
console.log(
  `\nLargest ÷ smallest training time: ${fmt(growth)} for ${fmt(
    SCALING_SIZES[SCALING_SIZES.length - 1]! / SCALING_SIZES[0]!,
    0,
  )}× the data (a full-batch step reads only n, mean and variance).\n`,
);

// --- 2b. The stream: every learner over K rounds -------------------------------------------

const STREAM_ROUNDS = 1_000;
const STREAM_SPEC: StreamSpec = {
  mean0: 170,
  std: 7,
  n0: 1_000,
  rounds: STREAM_ROUNDS,
  batch: 100_000,
  drift: { kind: 'walk', step: 0.3 },
  seed: 3,
};
const stream = streamSample(STREAM_SPEC);
const LEARNERS: [string, StreamLearner][] = [
  ['frozen', { kind: 'frozen' }],
  ['latest only', { kind: 'latest' }],
  ['everything so far', { kind: 'all' }],
  ['window of 20', { kind: 'window', rounds: 20 }],
  ['fine-tune 5 steps at 0.1', { kind: 'finetune', steps: 5, lr: 0.1 }],
  ['filter, q = 0.3', { kind: 'filter', q: 0.3 }],
];
const streamSampleMs = timeMedian(
  () => streamSample(STREAM_SPEC),
  (st) => st.m[STREAM_ROUNDS]!,
);
const streamRows = LEARNERS.map(([name, learner]) => ({
  name,
  ms: timeMedian(
    () => streamLearn(stream, learner),
    (path) => path.meanExcess,
  ),
}));
console.log(
  `Stream of ${STREAM_ROUNDS.toLocaleString('en-US')} rounds of 100,000 heights (drawing it: ${fmt(streamSampleMs, 3)} ms)`,
);
console.log(
  table(
    ['learner', 'ms for every round'],
    streamRows.map((r) => [r.name, fmt(r.ms, 4)]),
  ),
);
console.log('');

// --- 3. The same full-batch sgd run in TensorFlow.js ----------------------------------------

await tf.setBackend('cpu');
await tf.ready();

const tfOld = sampleHeights({ ...OLD_SPEC, size: TF_POINTS });
const tfNew = sampleHeights({ ...NEW_SPEC, size: TF_POINTS });
// η = 1/steps stops the run well short of the minimum, so matching θ checks the whole path and
// not just the fixed point both would reach anyway.
const tfLr = 1 / TF_STEPS;
const tfInit = 0;

function tfTrain(steps: number): { theta: number; ms: number } {
  const y = tf.tensor1d(Float32Array.from(tfOld));
  const theta = tf.variable(tf.scalar(tfInit));
  const optimizer = tf.train.sgd(tfLr);
  const start = performance.now();
  for (let k = 0; k < steps; k++) {
    optimizer.minimize(() => tf.mean(tf.square(tf.sub(y, theta))) as tf.Scalar);
  }
  // Reading θ back waits for every queued step, so it belongs inside the timing.
  const value = theta.dataSync()[0]!;
  const elapsed = ms(start);
  optimizer.dispose();
  theta.dispose();
  y.dispose();
  return { theta: value, ms: elapsed };
}

tfTrain(Math.min(20, TF_STEPS)); // warm-up: kernel set-up and JIT
const tfRun = tfTrain(TF_STEPS);

const oursCfg: TrainConfig = {
  oldData: tfOld,
  newData: tfNew,
  init: tfInit,
  seed: 3,
  pretrain: { steps: TF_STEPS, lr: tfLr, optimizer: 'sgd', batchSize: 'full' },
  finetune: {
    steps: 0,
    lr: tfLr,
    optimizer: 'sgd',
    batchSize: 'full',
    strategy: { kind: 'naive' },
  },
};
const oursMs = timeMedian(
  () => train(oursCfg),
  (r) => (checkRun(r, 'TF comparison'), lastTheta(r)),
);
const oursTheta = lastTheta(train(oursCfg));
const thetaDiff = Math.abs(oursTheta - tfRun.theta);
const tfStepsPerSecond = TF_STEPS / (tfRun.ms / 1000);
const oursStepsPerSecond = TF_STEPS / (oursMs / 1000);
const ratio = oursStepsPerSecond / tfStepsPerSecond;

console.log(
  `TensorFlow.js (cpu backend) vs train(): full-batch sgd, ${TF_POINTS.toLocaleString('en-US')} points, ` +
    `${TF_STEPS.toLocaleString('en-US')} steps, η = ${tfLr}, θ₀ = ${tfInit}`,
);
console.log(
  table(
    ['', 'time ms', 'steps/s', 'final θ'],
    [
      ['TensorFlow.js', fmt(tfRun.ms, 1), fmtRate(tfStepsPerSecond), tfRun.theta.toFixed(6)],
      ['train()', fmt(oursMs, 3), fmtRate(oursStepsPerSecond), oursTheta.toFixed(6)],
    ],
  ),
);
console.log(`\n|θ_ours − θ_tf| = ${thetaDiff.toExponential(3)} (float32 in TF; must be < 1e-3)`);
console.log(`Speed ratio (our steps/s ÷ TF's): ${fmtRate(ratio)}×`);

// --- Results file ---------------------------------------------------------------------------

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
const results = {
  quick: QUICK,
  date: new Date().toISOString(),
  node: process.version,
  tfjs: tf.version.tfjs,
  repeats: REPEATS,
  pointsPerDataset: POINTS,
  stepsPerPhase: STEPS,
  pipeline,
  scaling,
  stream: { rounds: STREAM_ROUNDS, sampleMs: streamSampleMs, learners: streamRows },
  tensorflow: {
    points: TF_POINTS,
    steps: TF_STEPS,
    lr: tfLr,
    tfMs: tfRun.ms,
    tfStepsPerSecond,
    tfTheta: tfRun.theta,
    oursMs,
    oursStepsPerSecond,
    oursTheta,
    thetaDiff,
    speedRatio: ratio,
  },
};
writeFileSync(`${resultsDir}train.json`, JSON.stringify(results, null, 2) + '\n');
console.log(`\nResults written to bench/results/train.json (checksum ${sink.toExponential(3)})`);

if (!(thetaDiff < 1e-3)) {
  console.error(`FAIL: TensorFlow.js and train() disagree on θ by ${thetaDiff}`);
  process.exit(1);
}
