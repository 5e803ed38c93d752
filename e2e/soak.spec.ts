// A short soak in CI: playback loops and random control changes must not leak memory or raise errors.
// The long version (10 minutes) is `npm run soak`.
import { expect, test } from '@playwright/test';
import { soak } from './soakDriver';

test('a short lecture soak: heap growth within 10 % after GC, no errors', async ({ page }) => {
  test.setTimeout(120_000);
  const report = await soak(page, { seconds: 30, warmupSeconds: 25 });
  console.log(
    `soak: ${report.actions} actions in ${report.seconds.toFixed(0)} s, heap ${report.heapStartMb.toFixed(1)} → ${report.heapEndMb.toFixed(1)} MB (${(report.growth * 100).toFixed(1)} %)`,
  );
  expect(report.errors).toEqual([]);
  expect(report.growth).toBeLessThanOrEqual(0.1);
});
