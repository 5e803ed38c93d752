// Part 4: how the cost of one input grows with the points per dataset and with the step count.
import type { Browser } from '@playwright/test';
import { MILLION, SCALE_INPUTS } from './config.ts';
import { openPage } from './page.ts';
import { table } from './report.ts';
import { type LatencyCell, latencyHead, latencyRow, measureSlider } from './sliders.ts';

const SIZES = [100, 1_000, 10_000, 100_000, MILLION];
const STEPS = [100, 1_000, 10_000, 100_000];

/** Part 4: the learning-rate slider against the data size and the step count; prints both tables. */
export async function runScaling(browser: Browser): Promise<{
  bySize: ({ points: number } & LatencyCell)[];
  bySteps: ({ steps: number } & LatencyCell)[];
}> {
  const bySize: ({ points: number } & LatencyCell)[] = [];
  for (const n of SIZES) {
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
  for (const n of STEPS) {
    const page = await openPage(browser, `/?fs=${n}`);
    bySteps.push({ steps: n, ...(await measureSlider(page, 'Learning rate', SCALE_INPUTS)) });
    await page.context().close();
  }
  table(
    `4b. Learning rate change vs fine-tuning steps (fs), ${SCALE_INPUTS} inputs each (ms)`,
    ['fine-tuning steps', ...latencyHead],
    bySteps.map((c) => [c.steps.toLocaleString('en-US'), ...latencyRow(c)]),
  );
  return { bySize, bySteps };
}
