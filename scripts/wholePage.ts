// The parts of the page below the first screen are built as they come near the view. Tests,
// benchmarks and screenshots that need all of them scroll through the page first, as a reader
// would, with this.
import type { Page } from '@playwright/test';

/**
 * Scrolls to each part still waiting to be built until none is left (or `tries` run out), then
 * back to the top. Returns how many parts are still unbuilt: 0 when the whole page is there.
 */
export async function scrollThroughPage(page: Page, tries = 200): Promise<number> {
  let left = Infinity;
  for (let i = 0; i < tries && left > 0; i++) {
    left = await page.evaluate(() => {
      document.querySelector('.when-near')?.scrollIntoView({ block: 'start' });
      return document.querySelectorAll('.when-near').length;
    });
    if (left > 0) await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return left;
}
