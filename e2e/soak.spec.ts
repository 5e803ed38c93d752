// A short soak in CI: playback loops and random control changes must raise no errors and must not
// leak grossly. Over 30 s the heap reading swings by a few MB with what the page last drew, so the
// 10 % growth limit is judged by the 10-minute run, `npm run soak`; here a leak must stay under 50 %.
import { expect, test } from '@playwright/test';
import { soak } from './soakDriver';

test('a short lecture soak: no errors and no gross heap growth after GC', async ({ page }) => {
  test.setTimeout(120_000);
  const report = await soak(page, { seconds: 30, warmupSeconds: 25 });
  console.log(
    `soak: ${report.actions} actions in ${report.seconds.toFixed(0)} s, heap ${report.heapStartMb.toFixed(1)} → ${report.heapEndMb.toFixed(1)} MB (${(report.growth * 100).toFixed(1)} %)`,
  );
  expect(report.errors).toEqual([]);
  expect(report.growth).toBeLessThanOrEqual(0.5);
});
