/** Public API of the training core: plain functions over plain data, no UI. */
export type {
  BatchSize,
  DataSpec,
  FinetuneConfig,
  LengthUnit,
  OptimizerKind,
  PhaseConfig,
  Strategy,
  Summary,
  TrainConfig,
  TrainResult,
} from './types';
export {
  MAX_SAMPLE_SIZE,
  sampleHeights,
  sampleStandardNormals,
  seededShuffle,
  subsampleWithoutReplacement,
} from './sampling';
export { mseAt, summarize, summarizeWeighted, summaryMerged, summaryScaled } from './summary';
export {
  effectiveOldSize,
  l2spLambdaFor,
  pooledMean,
  posteriorMean,
  replayFractionFor,
  sharedVariance,
} from './ideal';
export {
  gdContraction,
  gdPositionAfter,
  gdRegime,
  gdStableLrLimit,
  gdStepClosestTo,
  gdStepsToPass,
} from './gradientDescent';
export type { GdPath, GdRegime } from './gradientDescent';
export { strategyHalfCurvature, strategyMinimiser, strategyUses } from './strategies';
export {
  ADAM_BETA1,
  ADAM_BETA2,
  ADAM_EPSILON,
  MOMENTUM_BETA,
  optimizerInit,
  optimizerStep,
} from './optimizers';
export type { OptimizerState } from './optimizers';
export { DIVERGENCE_BOUND, MAX_PHASE_STEPS, datasetFromArray, train, trainOn } from './train';
export type { Dataset, TrainOnConfig } from './train';
export { excessSquaredError, expectedSquaredError } from './quality';
export type { Population } from './quality';
export { histogram } from './histogram';
export type { HistogramBin } from './histogram';
export {
  normalBankCreate,
  normalBankFromHeights,
  normalBankGrow,
  normalBankHeight,
  normalBankPick,
  normalBankWeight,
  normalBankRangeSummary,
  normalBankSummary,
} from './normalBank';
export type { NormalBank } from './normalBank';
export { RUN_STRATEGIES, scoreTheta, strategyEndpoints } from './comparison';
export type { ComparedStrategy, ComparisonInput, Landing, Scored } from './comparison';
export { goalIdeal, goalPopulation } from './goal';
export type { Goal } from './goal';
export {
  cvLossAtLambda,
  cvLossAtStep,
  earlyStopByCrossValidation,
  earlyStopByValidation,
  lambdaByCrossValidation,
  lambdaByValidation,
  summaryRemoved,
} from './validation';
export type { Split } from './validation';
export { resampleStrategies, spreadOf } from './resampling';
export type { PopulationSpec, ResampleResult, ResampleSpec, Spread } from './resampling';
export { bestTauInHindsight } from './similarity';
export { MAX_STREAM_ROUNDS, streamSample } from './stream';
export type { Drift, Stream, StreamSpec } from './stream';
export { fineTuneAlpha, streamBest, streamLearn } from './streamLearners';
export type { LearnerPath, StreamLearner } from './streamLearners';
export {
  emaExcessTrend,
  emaExcessWalk,
  emaLagTrend,
  steadyFilter,
  stepsForGain,
} from './streamSteady';
export type { SteadyFilter } from './streamSteady';
