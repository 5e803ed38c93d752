// Parts below the first screen are built as the reader scrolls towards them. Until then a stand-in
// holds their place, and it must be about their height: a short one grows as the part is built,
// and a reader scrolling fast sees the page below jump.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { buildWholePage } from './settled';

/** The height of each side chart (its stand-in while unbuilt), and of the grid that holds them. */
const heights = (page: Page) =>
  page.evaluate(() => {
    const tall = (e: Element | null) => Math.round(e?.getBoundingClientRect().height ?? NaN);
    const chart = (id: string) => {
      const e = document.getElementById(id);
      return { height: tall(e), standIn: e?.querySelector('.chart-loading') !== null };
    };
    return {
      charts: { losses: chart('losses'), data: chart('data'), sweep: chart('sweep') },
      grid: tall(document.querySelector('.chart-grid.secondary')),
    };
  });

const SIZES = [
  ['a 390×844 phone', { width: 390, height: 844 }],
  ['a 1366×768 laptop', { width: 1366, height: 768 }],
  ['a 1920×1080 projector', { width: 1920, height: 1080 }],
] as const;

for (const [name, viewport] of SIZES) {
  test(`on ${name}, the stand-ins are about as tall as the parts built in their place`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('#drift .plot-theta').first().waitFor();
    const before = await heights(page);
    const standIns = Object.entries(before.charts).filter(([, c]) => c.standIn);
    // Without one stand-in on screen's reach there is nothing to compare: the test would be empty.
    expect(standIns.length).toBeGreaterThan(0);
    await buildWholePage(page);
    const after = await heights(page);
    for (const [id, c] of standIns) {
      const built = after.charts[id as keyof typeof after.charts];
      expect(built.standIn, id).toBe(false);
      expect(
        Math.abs(built.height - c.height),
        `${id}: ${c.height} px → ${built.height} px`,
      ).toBeLessThanOrEqual(80);
    }
    // The formulas' stand-in spans the grid as the formulas do, so the grid keeps about its height.
    expect(
      Math.abs(after.grid - before.grid),
      `grid: ${before.grid} px → ${after.grid} px`,
    ).toBeLessThanOrEqual(150);
    await context.close();
  });
}
