// Part 1, and the measure part 4 reuses: how long a slider input takes to reach the screen, by
// four measures, for each slider case.
import type { Browser, Page } from '@playwright/test';
import { ET_THRESHOLD, MILLION, SLIDER_INPUTS } from './config.ts';
import {
  type BenchWindow,
  type EtEntry,
  type PressRecord,
  openPage,
  settle,
  twoFrames,
} from './page.ts';
import { type Stats, fmt, fmtEt, stats, table } from './report.ts';

export interface LatencyCell {
  inputs: number;
  /** Inputs whose value on screen actually changed (a log slider may round back). */
  changed: number;
  /** Event Timing: inputs with an entry at or over 16 ms. */
  etReported: number;
  /** Event Timing duration per input, 16 where none was reported. */
  et: Stats;
  /** In-page: input event → second rAF after it. */
  nextFrame: Stats;
  /** In-page: input event → React has rendered and committed (bubble-phase listener). */
  handled: Stats;
  /** In-page: input event → the frame with the change has been painted (main thread). */
  painted: Stats;
  /** In-page: input event → θ's line and the readout show the change, painted. */
  figures: Stats;
  /** In-page: input event → every figure in the main region shows it, painted. */
  allFigures: Stats;
}

/**
 * When a press lands within the frame. 'random': after the previous change is drawn, wait a
 * uniformly random part of a frame, as a person's presses fall at any point of the display's
 * cycle. 'aligned': press straight after the benchmark's own rAF, the worst point, since the
 * change must then wait out almost a whole frame interval before it can be shown.
 */
export type Phase = 'random' | 'aligned';
export const FRAME_MS = 1000 / 60;

/** Each press's longest Event Timing entry: an entry belongs to the press that started last before it. */
export function etPerInput(presses: readonly PressRecord[], et: readonly EtEntry[]): number[] {
  const out = presses.map(() => 0);
  for (const e of et) {
    let idx = -1;
    for (let i = 0; i < presses.length; i++) if (presses[i]!.kd <= e.startTime + 0.5) idx = i;
    if (idx >= 0) out[idx] = Math.max(out[idx]!, e.duration);
  }
  return out;
}

export async function measureSlider(
  page: Page,
  name: string,
  inputs: number,
  phase: Phase = 'random',
): Promise<LatencyCell> {
  const slider = page.getByRole('slider', { name, exact: true });
  // Focus without scrolling: a case may have scrolled the lessons into view on purpose.
  await slider.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
  const atMax = await slider.evaluate((el) => {
    const input = el as HTMLInputElement;
    return Number(input.value) >= Number(input.max);
  });
  const first = atMax ? 'ArrowLeft' : 'ArrowRight';
  const second = atMax ? 'ArrowRight' : 'ArrowLeft';
  // One untimed warm-up pair, then a clean slate.
  for (const key of [first, second]) {
    await page.keyboard.press(key);
    await settle(page);
  }
  await page.waitForTimeout(100);
  await page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.presses.length = 0;
    b.et.length = 0;
  });
  for (let i = 0; i < inputs; i++) {
    await page.keyboard.press(i % 2 === 0 ? first : second);
    await settle(page);
    if (phase === 'random') await page.waitForTimeout(Math.random() * FRAME_MS);
  }
  // Event Timing entries arrive after presentation; give the last ones time to land.
  await page.waitForTimeout(300);
  await twoFrames(page);
  const { presses, et } = await page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    return { presses: [...b.presses], et: [...b.et] };
  });
  if (presses.length !== inputs) {
    throw new Error(`${name}: sent ${inputs} key presses but the page saw ${presses.length}`);
  }
  const etPerPress = etPerInput(presses, et);
  const measured = presses.filter((p) => Number.isFinite(p.raf2));
  const changed = presses.filter((p) => p.value !== p.before).length;
  return {
    inputs,
    changed,
    etReported: etPerPress.filter((d) => d >= ET_THRESHOLD).length,
    et: stats(etPerPress.map((d) => Math.max(d, ET_THRESHOLD))),
    nextFrame: stats(measured.map((p) => p.raf2 - p.input)),
    handled: stats(
      measured.filter((p) => Number.isFinite(p.handled)).map((p) => p.handled - p.input),
    ),
    painted: stats(
      measured.filter((p) => Number.isFinite(p.painted)).map((p) => p.painted - p.input),
    ),
    figures: stats(
      measured.filter((p) => Number.isFinite(p.figures)).map((p) => p.figures - p.input),
    ),
    allFigures: stats(
      measured.filter((p) => Number.isFinite(p.allFigures)).map((p) => p.allFigures - p.input),
    ),
  };
}

export const latencyHead = [
  'ET p50',
  'ET p95',
  'ET max',
  '≥16',
  'frame p50',
  'frame p95',
  'JS p50',
  'JS p95',
  'paint p50',
  'paint p95',
  'figures p50',
  'figures p95',
  'all p95',
];
export const latencyRow = (c: LatencyCell): string[] => [
  fmtEt(c.et.p50),
  fmtEt(c.et.p95),
  fmtEt(c.et.max),
  `${c.etReported}/${c.inputs}`,
  fmt(c.nextFrame.p50),
  fmt(c.nextFrame.p95),
  fmt(c.handled.p50),
  fmt(c.handled.p95),
  fmt(c.painted.p50),
  fmt(c.painted.p95),
  fmt(c.figures.p50),
  fmt(c.figures.p95),
  fmt(c.allFigures.p95),
];

export function explainLatency(): void {
  console.log(
    [
      '',
      'Method: trusted key presses (ArrowRight/ArrowLeft alternately) on a focused slider, one at a',
      'time: the next is sent once every figure shows the change. All times in ms.',
      '  phase  random: then a random part of a frame (0-16.7 ms) passes, as presses fall at any',
      '         point of the display cycle; aligned: the press follows a frame at once, the worst',
      '         point (the change waits almost a whole frame). The goals are judged on random.',
      '  ET     Event Timing API (PerformanceObserver type "event", durationThreshold 16, the INP',
      '         measure): keydown/input start → next paint presented, 8 ms granularity. The API',
      '         reports nothing under 16 ms, so an unreported input counts as 16 ("≤16");',
      '         "≥16" = how many inputs had an entry.',
      '  frame  in page: capture-phase input listener → second requestAnimationFrame after it',
      '         (the change has been committed by React, painted, and the next frame begun).',
      '  JS     in page: capture-phase → bubble-phase input listener on window, i.e. the handlers',
      "         plus React's synchronous render and commit of the change.",
      '  paint  in page: input → a message posted from the first rAF after it, i.e. the main',
      "         thread has finished that frame's style, layout and paint (not vsync-bound).",
      "  figures in page: input → θ's line on the drift chart and the readout show the change",
      '         (each figure marked data-shows names the settings <main> names in data-settings)',
      '         and that frame is painted.',
      '  all    in page: input → every figure in <main> shows it (it stops being aria-busy), painted;',
      '         the axes, labels and captions, and the charts below, follow in background renders.',
    ].join('\n'),
  );
}

export interface SliderCase {
  slider: string;
  scenario: string;
  path: string;
  /** Scroll this element into view first (the sidebar stays on screen). */
  scrollTo?: string;
}

export const SLIDER_CASES: SliderCase[] = [
  { slider: 'New data size', scenario: 'default', path: '/' },
  { slider: 'Learning rate', scenario: 'default', path: '/' },
  { slider: 'L2 strength', scenario: 'default (st=l2sp)', path: '/?st=l2sp' },
  { slider: 'New data size', scenario: '1e6 per dataset', path: `/?on=${MILLION}&nn=${MILLION}` },
  { slider: 'Learning rate', scenario: '1e6 per dataset', path: `/?on=${MILLION}&nn=${MILLION}` },
  {
    slider: 'L2 strength',
    scenario: '1e6 per dataset (st=l2sp)',
    path: `/?on=${MILLION}&nn=${MILLION}&st=l2sp`,
  },
  {
    slider: 'Learning rate',
    scenario: 'default, lessons on screen',
    path: '/',
    scrollTo: '#tradeoff',
  },
];

/** Part 1: every slider case at both phases; prints its table. */
export async function runSliders(
  browser: Browser,
): Promise<(SliderCase & { phase: Phase } & LatencyCell)[]> {
  const sliders: (SliderCase & { phase: Phase } & LatencyCell)[] = [];
  for (const phase of ['random', 'aligned'] as const) {
    for (const c of SLIDER_CASES) {
      const page = await openPage(browser, c.path);
      if (c.scrollTo) {
        await page.locator(c.scrollTo).scrollIntoViewIfNeeded();
        // Let the lessons that came into view catch up before measuring.
        await page.waitForTimeout(1_500);
      }
      const cell = await measureSlider(page, c.slider, SLIDER_INPUTS, phase);
      sliders.push({ ...c, phase, ...cell });
      await page.context().close();
    }
  }
  explainLatency();
  table(
    `1. Slider input → next frame, ${SLIDER_INPUTS} inputs each (ms)`,
    ['slider', 'scenario', 'phase', 'changed', ...latencyHead],
    sliders.map((c) => [
      c.slider,
      c.scenario,
      c.phase,
      `${c.changed}/${c.inputs}`,
      ...latencyRow(c),
    ]),
  );
  return sliders;
}
