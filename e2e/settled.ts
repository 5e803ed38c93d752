// The figures follow the settings in background renders: the headline first (while <main> is
// aria-busy), then each panel below (while its own slot is aria-busy; off-screen ones once input
// pauses). Tests that read what a figure says after an action wait for this first.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export async function figuresSettled(page: Page): Promise<void> {
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
