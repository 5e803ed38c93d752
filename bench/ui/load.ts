// Part 3: what the first paint loads, what follows lazily, and how soon the drift line is drawn.
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { BASE, COMPARE_REPEATS, LOAD_REPEATS } from './config.ts';
import { type BenchWindow, instrumentedContext, openPage } from './page.ts';
import { fmt, kb, quantile, table } from './report.ts';

export interface FileSize {
  file: string;
  type: 'js' | 'css';
  bytes: number;
  gzip: number;
  /** Request start relative to first contentful paint, ms (negative = before). */
  startVsFcp: number;
  trigger: string;
}

export interface LoadResult {
  firstPaint: number;
  fcp: number;
  initial: FileSize[];
  initialGzip: number;
  /** index.html itself, which carries the first screen in every language (scripts/firstScreen.ts). */
  page: { bytes: number; gzip: number };
  lazy: FileSize[];
  chartInDom: number[];
  chartDrawn: number[];
  /** First contentful paint of each fresh page: one load alone is too noisy to compare. */
  fcpRuns: number[];
  fcpMedian: number;
  chartInDomMedian: number;
  chartDrawnMedian: number;
  /** The same first paint and first drift line with the CPU slowed 4× (DevTools protocol). */
  throttled: { fcp: number[]; chartDrawn: number[]; fcpMedian: number; chartDrawnMedian: number };
}

/** A fresh page with the CPU slowed `rate` times: first contentful paint and first drift line. */
async function throttledLoad(
  browser: Browser,
  rate: number,
  origin = BASE,
): Promise<{ fcp: number; chartDrawn: number }> {
  const context = await instrumentedContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${origin}/`);
  await page.locator('#drift .plot-theta').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(200);
  const t = await page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { fcp, chartDrawn: b.chartFrameAt };
  });
  await context.close();
  return t;
}

export async function measureLoad(browser: Browser): Promise<LoadResult> {
  const context = await instrumentedContext(browser);
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
  await page.locator('#drift .plot-theta').first().waitFor();
  // What the first render asks for, once it has all been asked for and has arrived.
  await page.waitForLoadState('networkidle');
  const atStart = new Set(bodies.keys());
  // The formulas (KaTeX) load as the reader scrolls towards them; the export chunk when the menu opens.
  await page.locator('.explain').first().scrollIntoViewIfNeeded();
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
  // What index.html asks for itself (scripts, style sheets, module preloads) is needed to paint,
  // and so are the first words of the page's language (English here), which the first render waits for.
  const inHtml = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map(
      (m) => new URL(m[1]!, `${BASE}/`).pathname,
    ),
  );
  for (const path of bodies.keys())
    if (/\/words-(en-first|runtime)-[^/]+\.js$/.test(path)) inHtml.add(path);
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
        : atStart.has(path)
          ? 'dynamic import on first render'
          : beforeExport.has(path)
            ? 'scrolling to the formulas'
            : 'opening Export',
    };
    (inHtml.has(path) ? initial : lazy).push(entry);
  }
  await context.close();

  const chartInDom: number[] = [];
  const chartDrawn: number[] = [];
  const fcpRuns: number[] = [];
  for (let i = 0; i < LOAD_REPEATS; i++) {
    const p = await openPage(browser, '/', undefined, { whole: false });
    const t = await p.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return { at: b.chartAt, frame: b.chartFrameAt, fcp, now: performance.now() };
    });
    fcpRuns.push(t.fcp);
    // Fall back to the moment Playwright saw it if the observer missed the insertion.
    chartInDom.push(Number.isFinite(t.at) ? t.at : t.now);
    chartDrawn.push(Number.isFinite(t.frame) ? t.frame : t.now);
    await p.context().close();
  }
  const fcpSlow: number[] = [];
  const chartSlow: number[] = [];
  for (let i = 0; i < LOAD_REPEATS; i++) {
    const t = await throttledLoad(browser, 4);
    fcpSlow.push(t.fcp);
    chartSlow.push(t.chartDrawn);
  }
  return {
    throttled: {
      fcp: fcpSlow,
      chartDrawn: chartSlow,
      fcpMedian: quantile(fcpSlow, 0.5),
      chartDrawnMedian: quantile(chartSlow, 0.5),
    },
    firstPaint: timing.fp,
    fcp: timing.fcp,
    initial,
    initialGzip: initial.reduce((a, f) => a + f.gzip, 0),
    page: { bytes: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length },
    lazy,
    chartInDom,
    chartDrawn,
    fcpRuns,
    fcpMedian: quantile(fcpRuns, 0.5),
    chartInDomMedian: quantile(chartInDom, 0.5),
    chartDrawnMedian: quantile(chartDrawn, 0.5),
  };
}

/** Part 3: measures the load and prints its tables. */
export async function runLoad(browser: Browser): Promise<LoadResult> {
  const load = await measureLoad(browser);
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
      ['total', kb(load.initial.reduce((a, f) => a + f.bytes, 0)), kb(load.initialGzip), '', ''],
      ['index.html itself', kb(load.page.bytes), kb(load.page.gzip), '', 'the address'],
    ],
  );
  table('3b. Loaded lazily', fileHead, load.lazy.map(fileRow));
  table(
    `3c. Navigation start → first drift line, ${LOAD_REPEATS} fresh pages (ms)`,
    ['measure', 'median', 'all runs'],
    [
      [
        'first contentful paint',
        fmt(load.fcpMedian, 0),
        load.fcpRuns.map((v) => fmt(v, 0)).join(', '),
      ],
      [
        'θ line drawn (canvas)',
        fmt(load.chartInDomMedian, 0),
        load.chartInDom.map((v) => fmt(v, 0)).join(', '),
      ],
      [
        'next frame after it',
        fmt(load.chartDrawnMedian, 0),
        load.chartDrawn.map((v) => fmt(v, 0)).join(', '),
      ],
      [
        'CPU 4× slower: first contentful paint',
        fmt(load.throttled.fcpMedian, 0),
        load.throttled.fcp.map((v) => fmt(v, 0)).join(', '),
      ],
      [
        'CPU 4× slower: first drift line drawn',
        fmt(load.throttled.chartDrawnMedian, 0),
        load.throttled.chartDrawn.map((v) => fmt(v, 0)).join(', '),
      ],
    ],
  );
  return load;
}

/** The same load rows for two builds, their fresh pages alternating so both meet the same noise. */
export interface LoadComparison {
  rows: { measure: string; baseline: number[]; current: number[] }[];
}

export async function compareLoads(
  browser: Browser,
  baselineOrigin: string,
): Promise<LoadComparison> {
  const rows = [
    { measure: 'first contentful paint', baseline: [] as number[], current: [] as number[] },
    { measure: 'first drift line drawn', baseline: [] as number[], current: [] as number[] },
    {
      measure: 'CPU 4×: first contentful paint',
      baseline: [] as number[],
      current: [] as number[],
    },
    {
      measure: 'CPU 4×: first drift line drawn',
      baseline: [] as number[],
      current: [] as number[],
    },
  ];
  for (const [rate, fcpRow, drawnRow] of [
    [1, rows[0]!, rows[1]!],
    [4, rows[2]!, rows[3]!],
  ] as const) {
    for (let i = 0; i < COMPARE_REPEATS; i++) {
      // Which goes first alternates too: the first page after a pause meets a colder machine.
      const order = i % 2 ? (['current', 'baseline'] as const) : (['baseline', 'current'] as const);
      for (const which of order) {
        const t = await throttledLoad(browser, rate, which === 'baseline' ? baselineOrigin : BASE);
        fcpRow[which].push(t.fcp);
        drawnRow[which].push(t.chartDrawn);
      }
    }
  }
  table(
    `3d. This build against the baseline (BENCH_BASELINE), fresh pages alternating (ms, median)`,
    ['measure', 'baseline', 'this build', 'difference', 'runs each'],
    rows.map((r) => {
      const a = quantile(r.baseline, 0.5);
      const b = quantile(r.current, 0.5);
      return [
        r.measure,
        fmt(a, 0),
        fmt(b, 0),
        `${b - a >= 0 ? '+' : ''}${fmt(b - a, 0)}`,
        String(r.current.length),
      ];
    }),
  );
  return { rows };
}
