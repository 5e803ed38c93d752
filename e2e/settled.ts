// The figures follow the settings in background renders: the headline first (while <main> is
// aria-busy), then each panel below (while its own slot is aria-busy; off-screen ones once input
// pauses). Tests that read what a figure says after an action wait for this first.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { scrollThroughPage } from '../scripts/wholePage';

/**
 * The page itself is on show, not the inert first screen that index.html draws before the page's
 * script has run (see firstScreen.spec.ts): its header and welcome match before this, its controls
 * answer only after.
 */
export async function pageTookOver(page: Page): Promise<void> {
  await expect(page.locator('#root > .app:not([inert])')).toBeVisible();
}

export async function figuresSettled(page: Page): Promise<void> {
  await pageTookOver(page);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // A chart redraws at its box's new size in a background render too (FitBox): after a change
  // that moves the layout, e.g. a tour answer shown above the chart, it is settled once it fits.
  await expect.poll(() => chartsOutOfTheirBoxes(page)).toEqual([]);
}

/** Charts on show whose drawing is not the size of the box they fill, by their box's panel id. */
function chartsOutOfTheirBoxes(page: Page): Promise<string[]> {
  return page.locator('.fit-box').evaluateAll((boxes) =>
    boxes.flatMap((box) => {
      const { width, height } = box.getBoundingClientRect();
      const svg = box.querySelector('svg.recharts-surface');
      // A hidden box keeps its chart's last size on purpose; an empty one is not drawn yet.
      if (width < 1 || height < 1 || !svg) return [];
      const drawn = svg.getBoundingClientRect();
      const fits =
        Math.abs(drawn.width - Math.floor(width)) < 1 &&
        Math.abs(drawn.height - Math.floor(height)) < 1;
      return fits ? [] : [box.closest('[id]')?.id ?? '?'];
    }),
  );
}

/** The value beside a label in the live readout. */
export const readoutValue = (page: Page, label: string) =>
  page
    .getByTestId('readout')
    .locator('dt', { hasText: label })
    .locator('xpath=following-sibling::dd[1]');

/** A readout value once the headline has caught up with the settings (the page is not busy). */
export async function settledText(page: Page, label: string): Promise<string | null> {
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  return readoutValue(page, label).textContent();
}

/** Every slider in the settings panel, by its accessible name. */
export const SETTINGS_SLIDERS = [
  'Old data size',
  'New data size',
  'Old mean',
  'New mean',
  'Old spread',
  'New spread',
  'Initial θ',
  'Pre-training steps',
  'Pre-training learning rate',
  'Fine-tuning steps',
  'Learning rate',
  'Batch size',
  'Early stopping step',
  'L2 strength',
  'Replay fraction',
  'Similarity tau',
];

/**
 * Parts below the first screen are built as they come near the view (WhenNear). A test that reads
 * them scrolls down the page first, as a reader would, until every part is built and its charts
 * are drawn, then goes back to the top.
 */
export async function buildWholePage(page: Page): Promise<void> {
  await pageTookOver(page);
  expect(await scrollThroughPage(page)).toBe(0);
  // Built is not yet drawn: every chart's code has arrived and each has its size.
  await expect(page.locator('.chart-loading')).toHaveCount(0);
  await expect(page.locator('.fit-box:empty')).toHaveCount(0);
}
