// Part 2: frame times while playback runs in presenter mode.
import type { Browser, Page } from '@playwright/test';
import { PLAYBACK_MS } from './config.ts';
import { openPage } from './page.ts';
import { fmt, stats, table } from './report.ts';

export interface PlaybackResult {
  seconds: number;
  frames: number;
  fps: number;
  p50: number;
  p95: number;
  longest: number;
  over33: number;
  stepsAdvanced: number;
}

export const stepOf = async (page: Page): Promise<number> => {
  const text = await page
    .getByTestId('readout')
    .locator('dt', { hasText: 'Step' })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  return Number((text ?? '').split(' ')[0]!.replace(/[^0-9]/g, ''));
};

export async function measurePlayback(browser: Browser): Promise<PlaybackResult> {
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

/** Part 2: measures playback and prints its table. */
export async function runPlayback(browser: Browser): Promise<PlaybackResult> {
  const playback = await measurePlayback(browser);
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
  return playback;
}
