// Drives the page like a long lecture: playback loops and random control changes, measuring the JS heap after garbage collection.
import type { Page } from '@playwright/test';

export interface SoakReport {
  actions: number;
  seconds: number;
  /** JS heap in use after a forced garbage collection, at the start (after warm-up) and the end. */
  heapStartMb: number;
  heapEndMb: number;
  growth: number;
  /** Readings taken every `everySeconds` of the measured run (the last is the end reading). */
  trendMb: number[];
  errors: string[];
}

const SLIDERS = [
  'New data size',
  'Old data size',
  'Learning rate',
  'L2 strength',
  'Replay fraction',
  'Similarity tau',
  'New mean',
];
const KEYS = ['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'Home', 'End'];

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  // The least of a few readings after collection: a reading can catch work still in flight.
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    await page.waitForTimeout(200);
    for (let j = 0; j < 3; j++) await cdp.send('HeapProfiler.collectGarbage');
    least = Math.min(least, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  await cdp.detach();
  return least / 2 ** 20;
}

/** A small seeded generator, so a soak run can be repeated exactly. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export async function soak(
  page: Page,
  opts: { seconds: number; seed?: number; warmupSeconds?: number; everySeconds?: number },
): Promise<SoakReport> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (e) =>
      console.error(`unhandled rejection: ${String(e.reason)}`),
    );
  });
  await page.goto('/');
  await page.locator('#drift .plot-theta').first().waitFor();
  const rand = lcg(opts.seed ?? 7);
  let actions = 0;
  const act = async () => {
    const r = rand();
    if (r < 0.55) {
      const slider = page.getByRole('slider', {
        name: SLIDERS[Math.floor(rand() * SLIDERS.length)]!,
        exact: true,
      });
      await slider.focus();
      await page.keyboard.press(KEYS[Math.floor(rand() * KEYS.length)]!);
    } else if (r < 0.7) {
      await page.locator('body').focus();
      await page.keyboard.press(String(1 + Math.floor(rand() * 9)));
    } else if (r < 0.85) {
      await page.getByRole('button', { name: /^(Play|Pause)$/ }).click();
    } else if (r < 0.93) {
      await page
        .getByRole('radio', { name: /Naive|Early|L2|Replay|Freeze/ })
        .nth(Math.floor(rand() * 5))
        .check();
    } else {
      await page.getByRole('button', { name: 'Reset to step 0' }).click();
    }
    actions++;
  };
  const runFor = async (seconds: number) => {
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end) {
      await act();
      await page.waitForTimeout(30);
    }
  };
  // Warm up: every slider to both ends (data banks grow to their largest size) and every preset
  // once, so caches reach their working size before the first measurement.
  for (const name of SLIDERS) {
    const slider = page.getByRole('slider', { name, exact: true });
    for (const key of ['End', 'Home']) {
      await slider.focus();
      await page.keyboard.press(key);
    }
  }
  for (const key of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']) {
    await page.locator('body').focus();
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
  }
  await runFor(opts.warmupSeconds ?? Math.min(20, opts.seconds / 4));
  // Measure from a quiet page: paused, at the same preset.
  const settle = async () => {
    await page.getByRole('button', { name: /^(Play|Pause)$/ }).evaluate((b) => {
      if (b.getAttribute('aria-label') === 'Pause') (b as HTMLButtonElement).click();
    });
    // Derived values are cached for the last two scenarios; load the same two at both measurements
    // so the caches hold the same data and only a leak can tell the readings apart.
    for (const key of ['2', '1']) {
      await page.locator('body').focus();
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
    }
    // Every panel, off screen too, has caught up with that preset: otherwise a reading could
    // catch some of them holding two scenarios' charts.
    await page
      .waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
        timeout: 10_000,
      })
      .catch(() => {});
    await page.waitForTimeout(200);
  };
  await settle();
  const heapStartMb = await heapAfterGc(page);
  const start = Date.now();
  // Readings along the way tell a leak (steady growth) from a heap that settles at a new size.
  const trendMb: number[] = [];
  const every = opts.everySeconds ?? opts.seconds;
  for (let done = 0; done < opts.seconds; done += every) {
    await runFor(Math.min(every, opts.seconds - done));
    await settle();
    trendMb.push(await heapAfterGc(page));
  }
  const heapEndMb = trendMb[trendMb.length - 1]!;
  return {
    actions,
    seconds: (Date.now() - start) / 1000,
    heapStartMb,
    heapEndMb,
    growth: heapEndMb / heapStartMb - 1,
    trendMb,
    errors,
  };
}
