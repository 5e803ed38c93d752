// Part 2: frame times while playback runs, in presenter mode and in the full default view.
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
  /** Frames that came a refresh or more late (a delta over 1.5 refreshes of 60 Hz). */
  lateFrames: number;
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

export interface PlaybackView {
  view: string;
  path: string;
}

export const PLAYBACK_VIEWS: PlaybackView[] = [
  { view: 'presenter mode', path: '/?pres=1&fs=100000&ps=100' },
  { view: 'full default view', path: '/?fs=100000&ps=100' },
];

export async function measurePlayback(
  browser: Browser,
  path = PLAYBACK_VIEWS[0]!.path,
): Promise<PlaybackResult> {
  const page = await openPage(browser, path, { width: 1920, height: 1080 });
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
    lateFrames: deltas.filter((d) => d > 25).length,
    stepsAdvanced: stepAfter - stepBefore,
  };
}

/** Part 2: measures playback in each view and prints its table. */
export async function runPlayback(browser: Browser): Promise<(PlaybackView & PlaybackResult)[]> {
  const out: (PlaybackView & PlaybackResult)[] = [];
  for (const v of PLAYBACK_VIEWS) out.push({ ...v, ...(await measurePlayback(browser, v.path)) });
  table(
    `2. Playback at 300 steps/s, 1920×1080, ${PLAYBACK_MS / 1000} s of rAF deltas (ms)`,
    ['view', 'path', 'frames', 'fps', 'p50', 'p95', 'longest', 'late frames', 'steps played'],
    out.map((p) => [
      p.view,
      p.path,
      String(p.frames),
      fmt(p.fps),
      fmt(p.p50),
      fmt(p.p95),
      fmt(p.longest),
      String(p.lateFrames),
      String(p.stepsAdvanced),
    ]),
  );
  return out;
}
