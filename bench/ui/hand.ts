// Part 5: inputs as a hand sends them, without waiting for the page: a mouse dragging a slider's
// thumb at 60 Hz and an arrow key held down, repeating at 30 Hz. A page that falls behind queues
// the inputs, and every later one waits longer; one press at a time (part 1) cannot show that.
import type { Browser, Page } from '@playwright/test';
import { BASE, ET_THRESHOLD, HAND_INPUTS, MILLION } from './config.ts';
import { type BenchWindow, instrumentedContext, openPage, settle, twoFrames } from './page.ts';
import { type Stats, fmt, fmtEt, stats, table } from './report.ts';
import { type SliderCase, etPerInput } from './sliders.ts';

export type Hand = 'drag 60 Hz' | 'held key 30 Hz';

export interface HandCell {
  inputs: number;
  changed: number;
  /** Event Timing duration (keydown or input → next paint), 16 where none was reported. */
  et: Stats;
  /** Input → the frame with it painted. */
  painted: Stats;
  /** Input → θ's line on the drift chart and the readout show it, painted. */
  figures: Stats;
  /** Input → every figure in the main region shows it, painted. */
  allFigures: Stats;
}

/**
 * The floor: a page with one slider that steps itself on an arrow key, as the page's sliders do,
 * and writes its value beside it, with no framework and nothing else to draw. What it measures is
 * the browser's own cost of a frame on this machine; no page can answer an input faster.
 */
export const FLOOR_PATH = '/bench-floor-slider.html';

/** A slider in a scenario, as part 1 measures them. */
export type HandCase = SliderCase;

export const HAND_CASES: HandCase[] = [
  { slider: 'Learning rate', scenario: 'default', path: '/' },
  { slider: 'L2 strength', scenario: 'default (st=l2sp)', path: '/?st=l2sp' },
  { slider: 'New data size', scenario: 'default', path: '/' },
  { slider: 'Learning rate', scenario: '1e6 per dataset', path: `/?on=${MILLION}&nn=${MILLION}` },
  {
    slider: 'L2 strength',
    scenario: '1e6 per dataset (st=l2sp)',
    path: `/?on=${MILLION}&nn=${MILLION}&st=l2sp`,
  },
  { slider: 'New data size', scenario: '1e6 per dataset', path: `/?on=${MILLION}&nn=${MILLION}` },
  { slider: 'Learning rate', scenario: 'lessons on screen', path: '/', scrollTo: '#tradeoff' },
  {
    slider: 'L2 strength',
    scenario: 'lessons on screen',
    path: '/?st=l2sp',
    scrollTo: '#tradeoff',
  },
  // Not the page: the floor it is measured against (see FLOOR_PATH). Held to no goal.
  { slider: 'Learning rate', scenario: 'floor: one bare slider', path: FLOOR_PATH },
];

const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One slider</title></head>
<body><main><input type="range" aria-label="Learning rate" min="0" max="1000" step="1" value="500">
<output>500</output></main><script>
const main = document.querySelector('main');
const input = document.querySelector('input');
const output = document.querySelector('output');
// Busy from the change until the event has reached the window, as the page's main region is until
// its figures have caught up: the benchmark's figures clock runs from that in both. (Cleared by
// window listeners added after the benchmark's own, so it has seen the input by then.)
const show = () => {
  main.setAttribute('aria-busy', 'true');
  main.dataset.settings = input.value;
  output.textContent = input.value;
  output.dataset.shows = input.value;
};
const done = () => main.removeAttribute('aria-busy');
input.addEventListener('keydown', (e) => {
  const by = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
  if (!by) return;
  e.preventDefault();
  input.value = String(Number(input.value) + by * 5);
  show();
});
input.addEventListener('input', show);
window.addEventListener('keydown', done);
window.addEventListener('input', done);
</script></body></html>`;

async function openFloor(browser: Browser): Promise<Page> {
  const context = await instrumentedContext(browser);
  await context.route(BASE + FLOOR_PATH, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: FLOOR_HTML }),
  );
  const page = await context.newPage();
  await page.goto(BASE + FLOOR_PATH);
  await twoFrames(page);
  return page;
}

const sleepUntil = (t: number) =>
  new Promise<void>((r) => setTimeout(r, Math.max(0, t - performance.now())));

async function clean(page: Page): Promise<void> {
  await page.waitForTimeout(100);
  await page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.presses.length = 0;
    b.et.length = 0;
  });
}

async function drag(page: Page, name: string, inputs: number): Promise<void> {
  const slider = page.getByRole('slider', { name, exact: true });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const from = box.x + box.width * 0.2;
  const to = box.x + box.width * 0.8;
  await page.mouse.move(from, y);
  await page.mouse.down();
  await settle(page);
  await clean(page);
  const period = 1000 / 60;
  let next = performance.now();
  // There and back: each move a 60th of a second after the last, whatever the page is doing.
  for (let i = 1; i <= 2 * inputs; i++) {
    const k = i <= inputs ? i : 2 * inputs - i;
    next += period;
    await sleepUntil(next);
    await page.mouse.move(from + ((to - from) * k) / inputs, y);
  }
  await page.mouse.up();
}

async function holdKey(page: Page, name: string, inputs: number): Promise<void> {
  const slider = page.getByRole('slider', { name, exact: true });
  await slider.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
  // Start from the middle of the track, so both directions have room to move.
  await slider.evaluate((el) => {
    const input = el as HTMLInputElement;
    const mid = (Number(input.min) + Number(input.max)) / 2;
    const step = Number(input.step) || 1;
    const value = Math.round(mid / step) * step;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(page);
  await clean(page);
  const period = 1000 / 30;
  let next = performance.now();
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    // keyboard.down on a key already down sends it again with repeat set, as a held key does.
    for (let i = 0; i < inputs; i++) {
      await page.keyboard.down(key);
      next += period;
      await sleepUntil(next);
    }
    await page.keyboard.up(key);
  }
}

export async function measureHand(
  page: Page,
  name: string,
  hand: Hand,
  inputs: number,
): Promise<HandCell> {
  if (hand === 'drag 60 Hz') await drag(page, name, inputs);
  else await holdKey(page, name, inputs);
  await settle(page);
  await page.waitForTimeout(300);
  await twoFrames(page);
  const { presses, et } = await page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    return { presses: [...b.presses], et: [...b.et] };
  });
  const etPer = etPerInput(presses, et);
  // Only inputs that moved the slider ask the page for work (a held key at the end stops).
  const moved = presses
    .map((p, i) => ({ p, et: etPer[i]! }))
    .filter(({ p }) => p.value !== p.before && Number.isFinite(p.input));
  return {
    inputs: presses.length,
    changed: moved.length,
    et: stats(moved.map(({ et: d }) => Math.max(d, ET_THRESHOLD))),
    painted: stats(
      moved.filter(({ p }) => Number.isFinite(p.painted)).map(({ p }) => p.painted - p.input),
    ),
    figures: stats(
      moved.filter(({ p }) => Number.isFinite(p.figures)).map(({ p }) => p.figures - p.input),
    ),
    allFigures: stats(
      moved.filter(({ p }) => Number.isFinite(p.allFigures)).map(({ p }) => p.allFigures - p.input),
    ),
  };
}

/** Part 5: every case by both hands; prints its table. */
export async function runHand(browser: Browser): Promise<(HandCase & { hand: Hand } & HandCell)[]> {
  const out: (HandCase & { hand: Hand } & HandCell)[] = [];
  for (const hand of ['held key 30 Hz', 'drag 60 Hz'] as const) {
    for (const c of HAND_CASES) {
      const page =
        c.path === FLOOR_PATH ? await openFloor(browser) : await openPage(browser, c.path);
      if (c.scrollTo) {
        await page.locator(c.scrollTo).scrollIntoViewIfNeeded();
        await page.waitForTimeout(1_500);
      }
      out.push({ ...c, hand, ...(await measureHand(page, c.slider, hand, HAND_INPUTS)) });
      await page.context().close();
    }
  }
  table(
    `5. Inputs as a hand sends them: a held arrow key (30 Hz) and a mouse drag (60 Hz), ${HAND_INPUTS} each way (ms)`,
    [
      'slider',
      'scenario',
      'hand',
      'changed',
      'ET p50',
      'ET p95',
      'ET max',
      'paint p50',
      'paint p95',
      'figures p50',
      'figures p95',
      'figures max',
      'all p95',
    ],
    out.map((c) => [
      c.slider,
      c.scenario,
      c.hand,
      `${c.changed}/${c.inputs}`,
      fmtEt(c.et.p50),
      fmtEt(c.et.p95),
      fmtEt(c.et.max),
      fmt(c.painted.p50),
      fmt(c.painted.p95),
      fmt(c.figures.p50),
      fmt(c.figures.p95),
      fmt(c.figures.max),
      fmt(c.allFigures.p95),
    ]),
  );
  return out;
}
