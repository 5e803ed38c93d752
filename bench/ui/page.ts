// What the benchmark installs in the page before its scripts run, and how it opens and settles a page.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { scrollThroughPage } from '../../scripts/wholePage.ts';
import { BASE } from './config.ts';

export interface PressRecord {
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
   * θ's line on the drift chart and the readout show this press's settings (each figure marked
   * data-shows names the settings the main region names in data-settings), and the frame with
   * them has been painted (a message from the next rAF).
   */
  figures: number;
  /** Every figure in the main region shows them (it stops being aria-busy), painted. */
  allFigures: number;
  /** When the DOM first showed them: before raf1 means the press's own frame painted them. */
  shown: { figures: number; allFigures: number };
}

export interface EtEntry {
  name: string;
  startTime: number;
  duration: number;
}

export interface BenchWindow {
  __bench: {
    presses: PressRecord[];
    pending: number;
    et: EtEntry[];
    chartAt: number;
    chartFrameAt: number;
    /** Each slider's value after its last input, so a drag's input knows what it changed from. */
    lastValue: WeakMap<HTMLInputElement, string>;
  };
}

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in a `__name(fn, 'name')`
 * helper; functions serialised into the page need a stand-in for it.
 */
export const NAME_SHIM = { content: 'globalThis.__name = (fn) => fn;' };

/** Installed before any page script runs. */
export function instrument(): void {
  const w = window as unknown as BenchWindow;
  const b: BenchWindow['__bench'] = {
    presses: [],
    pending: 0,
    et: [],
    chartAt: NaN,
    chartFrameAt: NaN,
    lastValue: new WeakMap(),
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
  /** When the capture-phase keydown listener ran: the start for a press the slider handles itself. */
  let keyAt = NaN;
  // From the moment the change starts to the frames after it: the rAF chain of one press.
  const follow = (rec: PressRecord, at: number, target: HTMLInputElement) => {
    rec.input = at;
    b.pending++;
    requestAnimationFrame(() => {
      rec.raf1 = performance.now();
      rec.value = target.value;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        rec.painted = performance.now();
        // Figures already in the DOM when this frame began were painted in it, with the slider,
        // even if the message that stamps them waits behind a background render (see stamp).
        for (const key of ['figures', 'allFigures'] as const)
          if (rec.shown[key] <= rec.raf1 && Number.isNaN(rec[key])) rec[key] = rec.painted;
      };
      ch.port2.postMessage(0);
      requestAnimationFrame(() => {
        rec.raf2 = performance.now();
        b.pending--;
      });
    });
  };
  window.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      keyAt = performance.now();
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
        allFigures: NaN,
        shown: { figures: NaN, allFigures: NaN },
      };
      b.presses.push(current);
    },
    true,
  );
  window.addEventListener(
    'input',
    (e) => {
      if (!e.isTrusted || !(e.target instanceof HTMLInputElement)) return;
      // An input no key press is waiting for (a pointer dragging the thumb) is a press of its own.
      if (!current || !Number.isNaN(current.input)) {
        const before = b.lastValue.get(e.target) ?? e.target.value;
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
          allFigures: NaN,
          shown: { figures: NaN, allFigures: NaN },
        };
        b.presses.push(current);
      }
      b.lastValue.set(e.target, e.target.value);
      follow(current, performance.now(), e.target);
    },
    true,
  );
  window.addEventListener('input', () => {
    if (current && Number.isNaN(current.handled)) current.handled = performance.now();
  });
  // The sliders step arrow keys themselves (preventDefault, then React sets the value), so no
  // input event follows: the change starts at the keydown, and React has rendered and committed
  // it by the time the keydown reaches window in the bubble phase.
  window.addEventListener('keydown', (e) => {
    const rec = current;
    const target = e.target;
    if (!rec || !e.isTrusted || !e.defaultPrevented || !Number.isNaN(rec.input)) return;
    if (!(target instanceof HTMLInputElement) || target.type !== 'range') return;
    follow(rec, keyAt, target);
    rec.handled = performance.now();
  });
  // A press's figures are stamped in the frame after the DOM first shows its settings. The figures
  // that follow the settings at once change in the same commit as the slider, before the press's
  // input time is known (see follow), so every press not yet stamped is served, not only those
  // with an input: one without a change is left out of the figures anyway.
  // A press whose frame has not begun yet takes the time of that frame from follow instead: a
  // message posted from a later rAF callback can run after a long background task that the
  // browser starts once that frame is painted, and would time the task, not the frame.
  const stamp = (key: 'figures' | 'allFigures') => {
    const waiting = b.presses.filter((p) => Number.isNaN(p[key]));
    if (!waiting.length) return;
    const now = performance.now();
    for (const p of waiting) if (Number.isNaN(p.shown[key])) p.shown[key] = now;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const t = performance.now();
        for (const p of waiting) if (Number.isNaN(p[key])) p[key] = t;
      };
      ch.port2.postMessage(0);
    });
  };
  new MutationObserver(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const marks = [...main.querySelectorAll('[data-shows]')];
    const settings = main.getAttribute('data-settings');
    if (marks.length && marks.every((m) => m.getAttribute('data-shows') === settings))
      stamp('figures');
    // The rest trails the slider by a background render; when <main> stops being busy it shows
    // the latest settings.
    if (main.getAttribute('aria-busy') !== 'true') stamp('allFigures');
  }).observe(document, {
    attributes: true,
    attributeFilter: ['aria-busy', 'data-shows', 'data-settings'],
    subtree: true,
  });
  // The moment the first drift line is drawn, and the next frame after it.
  const seen = () => {
    if (!Number.isNaN(b.chartAt)) return true;
    if (!document.querySelector('#drift .plot-theta')) return false;
    b.chartAt = performance.now();
    requestAnimationFrame(() => {
      b.chartFrameAt = performance.now();
    });
    return true;
  };
  const mo = new MutationObserver(() => {
    if (seen()) mo.disconnect();
  });
  // θ's line is a canvas that takes the line's class once it has drawn it: watch classes too.
  mo.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
}

export const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

/**
 * Waits until every measured input has reached its second frame and, where it changed the value,
 * until the drift chart and readout show it; then two more frames.
 */
export const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const b = (window as unknown as BenchWindow).__bench;
        const start = performance.now();
        const check = () => {
          const drawn = b.presses.every(
            (p) =>
              p.value === p.before ||
              Number.isNaN(p.input) ||
              (!Number.isNaN(p.figures) && !Number.isNaN(p.allFigures)),
          );
          if ((b.pending === 0 && drawn) || performance.now() - start > 10_000) {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );

/**
 * Scrolls down until every part below the first screen is built (they are built as they come near
 * the view), then back to the top: the page as a reader has it once they have looked at all of it,
 * the most it ever has to redraw.
 */
export async function buildWholePage(page: Page): Promise<void> {
  const left = await scrollThroughPage(page);
  if (left > 0) throw new Error(`${left} parts of the page were never built while scrolling`);
  // The parts just built draw their first figures in the background: let them finish (no part
  // busy, then a quiet second), or the first measured inputs would share the CPU with them.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 30_000,
  });
  await page.waitForTimeout(1_000);
  await settle(page);
}

/** A fresh browser context whose every page carries the benchmark's instruments from its first script. */
export async function instrumentedContext(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(instrument);
  return context;
}

/**
 * Opens the page and waits for the drift chart. `whole`: then builds every part of the page, as
 * a reader who has scrolled through it once has it (the load measure opens it untouched).
 */
export async function openPage(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 800 },
  { whole = true } = {},
): Promise<Page> {
  const context = await instrumentedContext(browser, viewport);
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
    .locator('#drift .plot-theta')
    .first()
    .waitFor({ timeout: 60_000 })
    .catch((e: unknown) => {
      throw new Error(`${path}: the drift chart never appeared ${errors.join('; ')}\n${e}`);
    });
  await twoFrames(page);
  if (whole) await buildWholePage(page);
  return page;
}
