// Benchmark of the built page in real Chromium: slider latency, playback smoothness, load size and
// time to the first chart, and how the redraw cost scales with the data size and the step count.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { type Browser, type Page, chromium } from '@playwright/test';
import { type RunningServer, startPreview } from '../scripts/previewServer.ts';

// BENCH_QUICK=1 cuts every count about 5× and the playback to 2 s, for a CI smoke run.
const QUICK = process.env.BENCH_QUICK === '1';
const count = (n: number): number => (QUICK ? Math.max(1, Math.round(n / 5)) : n);
// BENCH_ONLY=sliders,playback,load,scale runs only those parts, to iterate on one figure.
const ONLY = new Set((process.env.BENCH_ONLY ?? 'sliders,playback,load,scale').split(','));

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const RESULTS_DIR = new URL('./results/', import.meta.url);
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SLIDER_INPUTS = count(100);
const SCALE_INPUTS = count(30);
const PLAYBACK_MS = QUICK ? 2_000 : 10_000;
const LOAD_REPEATS = count(5);
/** Event Timing reports no event shorter than this; shorter inputs are recorded at this value. */
const ET_THRESHOLD = 16;
const MILLION = 1_000_000;

// ---------------------------------------------------------------- statistics and tables

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest rank: a value that was measured, never an interpolation between two.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

function stats(xs: number[]): Stats {
  return {
    n: xs.length,
    p50: quantile(xs, 0.5),
    p95: quantile(xs, 0.95),
    max: xs.length ? Math.max(...xs) : NaN,
  };
}

const fmt = (v: number, digits = 1): string => (Number.isFinite(v) ? v.toFixed(digits) : '—');
/** An Event Timing figure: a value at the threshold means "not reported, so under 16 ms". */
const fmtEt = (v: number): string => (v <= ET_THRESHOLD ? `≤${ET_THRESHOLD}` : fmt(v, 0));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------- in-page instruments

interface PressRecord {
  /** keydown event.timeStamp: the Event Timing entry of this press starts here. */
  kd: number;
  /** performance.now() in a capture-phase 'input' listener, before React's handler runs. */
  input: number;
  /**
   * performance.now() in a bubble-phase 'input' listener on window: it runs after React's root
   * listener and the microtask in which React renders and commits the discrete update.
   */
  handled: number;
  /** First requestAnimationFrame callback after the input: React has committed by then. */
  raf1: number;
  /** A message posted from that rAF: runs once the frame's style, layout and paint are done. */
  painted: number;
  /** The second rAF callback: the frame after the one that showed the change. */
  raf2: number;
  /** The slider's value before the press and once React has committed. */
  before: string;
  value: string;
  /**
   * The drift chart and the readout show this press's settings (the page's main region stops
   * being aria-busy), and the frame with them has been painted (a message from the next rAF).
   */
  figures: number;
}

interface EtEntry {
  name: string;
  startTime: number;
  duration: number;
}

interface BenchWindow {
  __bench: {
    presses: PressRecord[];
    pending: number;
    et: EtEntry[];
    chartAt: number;
    chartFrameAt: number;
  };
}

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in a `__name(fn, 'name')`
 * helper; functions serialised into the page need a stand-in for it.
 */
const NAME_SHIM = { content: 'globalThis.__name = (fn) => fn;' };

/** Installed before any page script runs. */
function instrument(): void {
  const w = window as unknown as BenchWindow;
  const b: BenchWindow['__bench'] = {
    presses: [],
    pending: 0,
    et: [],
    chartAt: NaN,
    chartFrameAt: NaN,
  };
  w.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'keydown' || e.name === 'input') {
          b.et.push({ name: e.name, startTime: e.startTime, duration: e.duration });
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing: the in-page measure still works.
  }
  let current: PressRecord | null = null;
  window.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      const before = e.target instanceof HTMLInputElement ? e.target.value : '';
      current = {
        kd: e.timeStamp,
        input: NaN,
        handled: NaN,
        raf1: NaN,
        painted: NaN,
        raf2: NaN,
        before,
        value: before,
        figures: NaN,
      };
      b.presses.push(current);
    },
    true,
  );
  window.addEventListener(
    'input',
    (e) => {
      const rec = current;
      if (!rec || !Number.isNaN(rec.input)) return;
      rec.input = performance.now();
      b.pending++;
      const target = e.target as HTMLInputElement;
      requestAnimationFrame(() => {
        rec.raf1 = performance.now();
        rec.value = target.value;
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          rec.painted = performance.now();
        };
        ch.port2.postMessage(0);
        requestAnimationFrame(() => {
          rec.raf2 = performance.now();
          b.pending--;
        });
      });
    },
    true,
  );
  window.addEventListener('input', () => {
    if (current && Number.isNaN(current.handled)) current.handled = performance.now();
  });
  // The figures trail the slider by a background render; when <main> stops being busy they show
  // the latest settings, so every press still waiting for its figures is served at once.
  new MutationObserver(() => {
    const main = document.querySelector('main');
    if (!main || main.getAttribute('aria-busy') === 'true') return;
    const waiting = b.presses.filter((p) => !Number.isNaN(p.input) && Number.isNaN(p.figures));
    if (!waiting.length) return;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const t = performance.now();
        for (const p of waiting) p.figures = t;
      };
      ch.port2.postMessage(0);
    });
  }).observe(document, { attributes: true, attributeFilter: ['aria-busy'], subtree: true });
  // The moment the first drift line enters the DOM, and the next frame after it.
  const seen = () => {
    if (!Number.isNaN(b.chartAt)) return true;
    if (!document.querySelector('#drift path.plot-theta')) return false;
    b.chartAt = performance.now();
    requestAnimationFrame(() => {
      b.chartFrameAt = performance.now();
    });
    return true;
  };
  const mo = new MutationObserver(() => {
    if (seen()) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
}

const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

/**
 * Waits until every measured input has reached its second frame and, where it changed the value,
 * until the drift chart and readout show it; then two more frames.
 */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const b = (window as unknown as BenchWindow).__bench;
        const start = performance.now();
        const check = () => {
          const drawn = b.presses.every(
            (p) => p.value === p.before || Number.isNaN(p.input) || !Number.isNaN(p.figures),
          );
          if ((b.pending === 0 && drawn) || performance.now() - start > 10_000) {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );

async function openPage(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const res = await page.goto(
    BASE +
      path +
      (process.env.BENCH_EXTRA ? (path.includes('?') ? '&' : '?') + process.env.BENCH_EXTRA : ''),
  );
  if (!res || !res.ok()) throw new Error(`${path} failed to load (HTTP ${res?.status()})`);
  await page
    .locator('#drift path.plot-theta')
    .first()
    .waitFor({ timeout: 60_000 })
    .catch((e: unknown) => {
      throw new Error(`${path}: the drift chart never appeared ${errors.join('; ')}\n${e}`);
    });
  await twoFrames(page);
  return page;
}

// ---------------------------------------------------------------- 1 and 4: slider latency

interface LatencyCell {
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
  /** In-page: input event → the drift chart and readout show the change, painted. */
  figures: Stats;
}

/**
 * When a press lands within the frame. 'random': after the previous change is drawn, wait a
 * uniformly random part of a frame, as a person's presses fall at any point of the display's
 * cycle. 'aligned': press straight after the benchmark's own rAF, the worst point, since the
 * change must then wait out almost a whole frame interval before it can be shown.
 */
type Phase = 'random' | 'aligned';
const FRAME_MS = 1000 / 60;

async function measureSlider(
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
  // Each entry belongs to the press whose keydown came last before it started.
  const etPerPress = presses.map(() => 0);
  for (const e of et) {
    let idx = -1;
    for (let i = 0; i < presses.length; i++) if (presses[i]!.kd <= e.startTime + 0.5) idx = i;
    if (idx >= 0) etPerPress[idx] = Math.max(etPerPress[idx]!, e.duration);
  }
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
  };
}

const latencyHead = [
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
];
const latencyRow = (c: LatencyCell): string[] => [
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
];

function explainLatency(): void {
  console.log(
    [
      '',
      'Method: trusted key presses (ArrowRight/ArrowLeft alternately) on a focused slider, one at a',
      'time: the next is sent once the drift chart and readout show the change. All times in ms.',
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
      '  figures in page: input → the drift chart and readout show the change (the main region',
      '         stops being aria-busy) and that frame is painted; the other charts follow later.',
    ].join('\n'),
  );
}

// ---------------------------------------------------------------- 2: playback

interface PlaybackResult {
  seconds: number;
  frames: number;
  fps: number;
  p50: number;
  p95: number;
  longest: number;
  over33: number;
  stepsAdvanced: number;
}

const stepOf = async (page: Page): Promise<number> => {
  const text = await page
    .getByTestId('readout')
    .locator('dt', { hasText: 'Step' })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  return Number((text ?? '').split(' ')[0]!.replace(/[^0-9]/g, ''));
};

async function measurePlayback(browser: Browser): Promise<PlaybackResult> {
  const page = await openPage(browser, '/?pres=1&fs=100000&ps=100', { width: 1920, height: 1080 });
  await page.getByLabel('Speed').selectOption('300');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  const stepBefore = await stepOf(page);
  const deltas = await page.evaluate(
    (ms) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = NaN;
        let start = NaN;
        const tick = (t: number) => {
          if (Number.isNaN(start)) start = t;
          else out.push(t - last);
          last = t;
          if (t - start < ms) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
    PLAYBACK_MS,
  );
  const stepAfter = await stepOf(page);
  await page.context().close();
  const s = stats(deltas);
  const total = deltas.reduce((a, b) => a + b, 0);
  return {
    seconds: total / 1000,
    frames: deltas.length,
    fps: deltas.length / (total / 1000),
    p50: s.p50,
    p95: s.p95,
    longest: s.max,
    over33: deltas.filter((d) => d > 33.4).length,
    stepsAdvanced: stepAfter - stepBefore,
  };
}

// ---------------------------------------------------------------- 3: load

interface FileSize {
  file: string;
  type: 'js' | 'css';
  bytes: number;
  gzip: number;
  /** Request start relative to first contentful paint, ms (negative = before). */
  startVsFcp: number;
  trigger: string;
}

interface LoadResult {
  firstPaint: number;
  fcp: number;
  initial: FileSize[];
  initialGzip: number;
  lazy: FileSize[];
  chartInDom: number[];
  chartDrawn: number[];
  chartInDomMedian: number;
  chartDrawnMedian: number;
}

async function measureLoad(browser: Browser): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === BASE && /\.(js|css)$/.test(url.pathname) && res.ok()) {
      bodies.set(url.pathname, res.body());
    }
  });
  const res = await page.goto(`${BASE}/`);
  if (!res || !res.ok()) throw new Error(`/ failed to load (HTTP ${res?.status()})`);
  const html = await res.text();
  await page.locator('#drift path.plot-theta').first().waitFor();
  // The explanation (KaTeX) chunk loads by itself; the export chunk when the menu opens.
  await page.locator('.explain .katex').first().waitFor();
  const beforeExport = new Set(bodies.keys());
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('dialog', { name: 'Export' }).waitFor();
  await page.waitForTimeout(300);
  const timing = await page.evaluate(() => {
    const paint = Object.fromEntries(
      performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]),
    );
    const resources = performance
      .getEntriesByType('resource')
      .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime }));
    return {
      fp: paint['first-paint'] ?? NaN,
      fcp: paint['first-contentful-paint'] ?? NaN,
      resources,
    };
  });
  // What index.html asks for itself (scripts, style sheets, module preloads) is needed to paint.
  const inHtml = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map(
      (m) => new URL(m[1]!, `${BASE}/`).pathname,
    ),
  );
  const initial: FileSize[] = [];
  const lazy: FileSize[] = [];
  for (const [path, body] of bodies) {
    const buf = await body;
    const start = timing.resources.find((r) => r.name === path)?.start ?? NaN;
    const entry: FileSize = {
      file: path.replace(/^\//, ''),
      type: path.endsWith('.css') ? 'css' : 'js',
      bytes: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      startVsFcp: start - timing.fcp,
      trigger: inHtml.has(path)
        ? 'index.html'
        : beforeExport.has(path)
          ? 'dynamic import on first render'
          : 'opening Export',
    };
    (inHtml.has(path) ? initial : lazy).push(entry);
  }
  await context.close();

  const chartInDom: number[] = [];
  const chartDrawn: number[] = [];
  for (let i = 0; i < LOAD_REPEATS; i++) {
    const p = await openPage(browser, '/');
    const t = await p.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      return { at: b.chartAt, frame: b.chartFrameAt, now: performance.now() };
    });
    // Fall back to the moment Playwright saw it if the observer missed the insertion.
    chartInDom.push(Number.isFinite(t.at) ? t.at : t.now);
    chartDrawn.push(Number.isFinite(t.frame) ? t.frame : t.now);
    await p.context().close();
  }
  return {
    firstPaint: timing.fp,
    fcp: timing.fcp,
    initial,
    initialGzip: initial.reduce((a, f) => a + f.gzip, 0),
    lazy,
    chartInDom,
    chartDrawn,
    chartInDomMedian: quantile(chartInDom, 0.5),
    chartDrawnMedian: quantile(chartDrawn, 0.5),
  };
}

// ---------------------------------------------------------------- main

interface SliderCase {
  slider: string;
  scenario: string;
  path: string;
  /** Scroll this element into view first (the sidebar stays on screen). */
  scrollTo?: string;
}

const SLIDER_CASES: SliderCase[] = [
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
const SIZES = [100, 1_000, 10_000, 100_000, MILLION];
const STEPS = [100, 1_000, 10_000, 100_000];

async function main(): Promise<void> {
  const started = Date.now();
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    // The starter also stops the server if the benchmark is interrupted.
    server = await startPreview(PORT);
    browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
    const loadBefore = loadavg()[0]!;
    console.log(
      `UI benchmark${QUICK ? ' (BENCH_QUICK: counts ÷5, 2 s playback)' : ''}: Chromium ${browser.version()}, ${BASE}; ` +
        `${availableParallelism()} CPUs, 1-min load average ${loadBefore.toFixed(2)}` +
        ' (other work on the machine inflates every figure)',
    );

    // 1. Slider latency.
    const sliders: (SliderCase & { phase: Phase } & LatencyCell)[] = [];
    for (const phase of ['random', 'aligned'] as const) {
      for (const c of ONLY.has('sliders') ? SLIDER_CASES : []) {
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

    let playback: PlaybackResult | null = null;
    if (ONLY.has('playback')) {
      // 2. Playback.
      playback = await measurePlayback(browser);
      table(
        `2. Playback at 300 steps/s, presenter mode 1920×1080, /?pres=1&fs=100000&ps=100, ${PLAYBACK_MS / 1000} s of rAF deltas (ms)`,
        ['frames', 'fps', 'p50', 'p95', 'longest', '>33 ms', 'steps played'],
        [
          [
            String(playback.frames),
            fmt(playback.fps),
            fmt(playback.p50),
            fmt(playback.p95),
            fmt(playback.longest),
            String(playback.over33),
            String(playback.stepsAdvanced),
          ],
        ],
      );
    }

    let load: LoadResult | null = null;
    if (ONLY.has('load')) {
      // 3. Load.
      load = await measureLoad(browser);
      const fileRow = (f: FileSize) => [
        f.file,
        kb(f.bytes),
        kb(f.gzip),
        `${f.startVsFcp >= 0 ? '+' : ''}${fmt(f.startVsFcp, 0)}`,
        f.trigger,
      ];
      const fileHead = ['file', 'raw', 'gzip -9', 'start vs FCP', 'loaded by'];
      table(
        `3a. Loaded before first paint (named in index.html); first paint ${fmt(load.firstPaint, 0)} ms, FCP ${fmt(load.fcp, 0)} ms`,
        fileHead,
        [
          ...load.initial.map(fileRow),
          [
            'total',
            kb(load.initial.reduce((a, f) => a + f.bytes, 0)),
            kb(load.initialGzip),
            '',
            '',
          ],
        ],
      );
      table('3b. Loaded lazily', fileHead, load.lazy.map(fileRow));
      table(
        `3c. Navigation start → first drift line, ${LOAD_REPEATS} fresh pages (ms)`,
        ['measure', 'median', 'all runs'],
        [
          [
            'line path in the DOM',
            fmt(load.chartInDomMedian, 0),
            load.chartInDom.map((v) => fmt(v, 0)).join(', '),
          ],
          [
            'next frame after it',
            fmt(load.chartDrawnMedian, 0),
            load.chartDrawn.map((v) => fmt(v, 0)).join(', '),
          ],
        ],
      );
    }

    // 4. Scaling.
    const bySize: ({ points: number } & LatencyCell)[] = [];
    for (const n of ONLY.has('scale') ? SIZES : []) {
      const page = await openPage(browser, `/?on=${n}&nn=${n}`);
      bySize.push({ points: n, ...(await measureSlider(page, 'Learning rate', SCALE_INPUTS)) });
      await page.context().close();
    }
    table(
      `4a. Learning rate change vs points per dataset (on = nn), ${SCALE_INPUTS} inputs each (ms)`,
      ['points', ...latencyHead],
      bySize.map((c) => [c.points.toLocaleString('en-US'), ...latencyRow(c)]),
    );
    const bySteps: ({ steps: number } & LatencyCell)[] = [];
    for (const n of ONLY.has('scale') ? STEPS : []) {
      const page = await openPage(browser, `/?fs=${n}`);
      bySteps.push({ steps: n, ...(await measureSlider(page, 'Learning rate', SCALE_INPUTS)) });
      await page.context().close();
    }
    table(
      `4b. Learning rate change vs fine-tuning steps (fs), ${SCALE_INPUTS} inputs each (ms)`,
      ['fine-tuning steps', ...latencyHead],
      bySteps.map((c) => [c.steps.toLocaleString('en-US'), ...latencyRow(c)]),
    );

    const seconds = (Date.now() - started) / 1000;
    mkdirSync(RESULTS_DIR, { recursive: true });
    // A partial run (BENCH_ONLY) must not overwrite the full record.
    const partial = process.env.BENCH_ONLY ? `-${[...ONLY].join('-')}` : '';
    const out = new URL(`ui${partial}.json`, RESULTS_DIR);
    writeFileSync(
      out,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          quick: QUICK,
          chromium: browser.version(),
          seconds,
          cpus: availableParallelism(),
          loadAverage: { before: loadBefore, after: loadavg()[0] },
          method: {
            et: `Event Timing duration (keydown/input → next paint, 8 ms granularity); inputs with no entry (< ${ET_THRESHOLD} ms) recorded as ${ET_THRESHOLD}`,
            nextFrame: 'performance.now() in a capture-phase input listener → second rAF callback',
            handled:
              'capture-phase → bubble-phase input listener on window (React render + commit)',
            painted: 'input → a MessageChannel message posted from the first rAF (frame painted)',
            quantiles: 'nearest rank',
          },
          sliders,
          playback,
          load,
          scaling: { bySize, bySteps },
        },
        null,
        2,
      ) + '\n',
    );
    console.log(
      `\nWrote bench/results/${out.pathname.split('/').pop()} in ${seconds.toFixed(0)} s ` +
        `(1-min load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after).`,
    );
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
