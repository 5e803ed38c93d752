// Browser tests of the built page in real Chromium: a student's first look, dragging a size slider, keyboard use, phone layout.
import { expect, test } from '@playwright/test';
import { readoutValue, settledText } from './settled';
import { watchErrors } from './consoleErrors';

const cm = (text: string | null) => Number((text ?? '').replace(' cm', ''));

test('a newcomer sees the drift between the two averages, with no console errors', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  const drift = page.locator('#drift');
  await expect(drift.locator('.plot-theta').first()).toBeVisible();
  await expect(drift.getByText('Drift: where θ goes during training')).toBeVisible();
  const oldMean = cm(await settledText(page, 'Old data mean'));
  const newMean = cm(await settledText(page, 'New data mean'));
  const theta = cm(await settledText(page, 'θ now'));
  expect(newMean - oldMean).toBeGreaterThan(5);
  // Naive fine-tuning to convergence ends on the new mean.
  expect(Math.abs(theta - newMean)).toBeLessThan(0.15);
  for (const id of ['drift', 'losses', 'data', 'sweep']) {
    await expect(page.locator(`#${id} .recharts-wrapper`)).toHaveCount(1);
  }
  // The formulas sit below the first screen and are built as the reader scrolls to them.
  await page.locator('.explain').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.explain .katex').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('projector.png') });
  expect(errors).toEqual([]);
});

test('dragging the new data size slider with the mouse moves the ideal, and the chart follows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  const slider = page.getByRole('slider', { name: 'New data size' });
  const idealBefore = cm(await settledText(page, 'Ideal for everyone'));
  const captionBefore = await page.locator('#drift figcaption').textContent();
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.3 + 0.07 * i), y);
  await page.mouse.move(box.x + box.width - 2, y);
  await page.mouse.up();
  const idealAfter = cm(await settledText(page, 'Ideal for everyone'));
  const newMean = cm(await settledText(page, 'New data mean'));
  expect(idealAfter).toBeGreaterThan(idealBefore + 3);
  expect(Math.abs(idealAfter - newMean)).toBeLessThan(0.5);
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue(/^\d{5,7}$/);
  const captionAfter = await page.locator('#drift figcaption').textContent();
  expect(captionAfter).not.toBe(captionBefore);
  expect(captionAfter).toContain(
    `ideal for everyone seen (size-weighted) is ${idealAfter.toFixed(1)} cm`,
  );
});

test('the keyboard drives the size slider and the strategy', async ({ page }) => {
  await page.goto('/');
  const slider = page.getByRole('slider', { name: 'New data size' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('1000000');
  const newMean = cm(await settledText(page, 'New data mean'));
  const ideal = cm(await settledText(page, 'Ideal for everyone'));
  // A million new heights against a thousand old: the ideal is all but the new mean.
  expect(Math.abs(ideal - newMean)).toBeLessThan(0.05);
  await page.keyboard.press('Home');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('1');
  // Each arrow press is one visible step, even where the logarithmic scale is coarse.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('4');

  // Pick L2 by keyboard and land it on the ideal.
  await page.getByRole('radio', { name: /L2 toward pre-trained/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /L2 toward pre-trained/ })).toBeChecked();
  await page.getByRole('button', { name: /Land on the ideal: λ/ }).focus();
  await page.keyboard.press('Enter');
  const theta = await settledText(page, 'θ now');
  const idealNow = await settledText(page, 'Ideal for everyone');
  expect(theta).toBe(idealNow);
});

test('playback reveals the run step by step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Reset to step 0' }).click();
  await expect(readoutValue(page, 'Step')).toHaveText('0 (pre-training)');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(readoutValue(page, 'Step')).toHaveText('1 (pre-training)');
  await page.getByLabel('Speed').selectOption('1000');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(readoutValue(page, 'Step')).toHaveText(/\(fine-tuning\)/, { timeout: 5000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 5000 });
  await expect(readoutValue(page, 'Step')).toHaveText('600 (fine-tuning)');
});

test('on a phone the settings open in a drawer and the charts stack', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  const slider = page.getByRole('slider', { name: 'New data size' });
  await expect(slider).toBeHidden();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(slider).toBeVisible();
  await slider.focus();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Close settings' }).click();
  await expect(slider).toBeHidden();
  const newMean = cm(await settledText(page, 'New data mean'));
  const ideal = cm(await settledText(page, 'Ideal for everyone'));
  expect(Math.abs(ideal - newMean)).toBeLessThan(0.05);
  const drift = (await page.locator('#drift').boundingBox())!;
  expect(drift.width).toBeLessThanOrEqual(390);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath('phone.png') });
  // A link to the drift chart stops with its title in sight, below the playback bar that sticks.
  await page.getByRole('link', { name: 'Two phases' }).click();
  await expect(page.locator('#drift h2')).toBeInViewport();
  const title = (await page.locator('#drift h2').boundingBox())!;
  const bar = (await page.getByRole('group', { name: 'Playback' }).boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  expect(errors).toEqual([]);
});
