// The benchmark's settings: how much it measures (BENCH_QUICK, BENCH_ONLY), where it serves the page and which browser it drives.
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';

// BENCH_QUICK=1 cuts every count about 5× and the playback to 2 s, for a CI smoke run.
export const QUICK = process.env.BENCH_QUICK === '1';
export const count = (n: number): number => (QUICK ? Math.max(1, Math.round(n / 5)) : n);
// BENCH_ONLY=sliders,playback,load,scale,hand,lighthouse runs only those parts, to iterate on one figure.
export const ONLY = new Set(
  (process.env.BENCH_ONLY ?? 'sliders,playback,load,scale,hand,lighthouse').split(','),
);

// BENCH_PORT serves the page elsewhere when 4174 is taken.
export const PORT = Number(process.env.BENCH_PORT ?? 4174);
export const BASE = `http://127.0.0.1:${PORT}`;
// BENCH_BASELINE=<folder of another build> also loads that build, alternating fresh pages with this
// one, so a change's effect on the load is told apart from the machine's noise.
export const BASELINE = process.env.BENCH_BASELINE || null;
export const BASELINE_PORT = PORT + 2;
export const COMPARE_REPEATS = count(10);
export const RESULTS_DIR = new URL('../results/', import.meta.url);
export const EXECUTABLE = chromiumPath;
export const ARGS = chromiumArgs;

export const SLIDER_INPUTS = count(100);
export const SCALE_INPUTS = count(30);
export const PLAYBACK_MS = QUICK ? 2_000 : 10_000;
export const LOAD_REPEATS = count(5);
/** Event Timing reports no event shorter than this; shorter inputs are recorded at this value. */
export const ET_THRESHOLD = 16;
export const MILLION = 1_000_000;
export const LIGHTHOUSE_RUNS = QUICK ? 1 : 3;
/** Inputs a held key or a drag sends in one direction before turning back. */
export const HAND_INPUTS = count(60);
