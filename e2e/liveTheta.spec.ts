// θ's line and the readout follow a slider in the frame that shows the slider, drawn on a canvas
// over the drift chart; the chart's labels and hover readout stay above it.
import { expect, test } from '@playwright/test';
import { figuresSettled, readoutValue } from './settled';

interface FirstFrame {
  canvasShows: string | null;
  readoutShows: string | null;
  settings: string | null;
  busy: string | null;
  picture: string;
  ideal: string;
}

test('a key press on a slider moves θ’s line and the readout in the frame that shows the slider, as they are once everything settles', async ({
  page,
}) => {
  await page.goto('/');
  await figuresSettled(page);
  const slider = page.getByRole('slider', { name: 'New data size', exact: true });
  await slider.focus();
  const before = await page.locator('#drift canvas.plot-theta').evaluate((c) => {
    // Records the page as the first frame after the next key press paints it.
    const w = window as unknown as { firstFrame?: FirstFrame };
    window.addEventListener(
      'keydown',
      () =>
        requestAnimationFrame(() => {
          const main = document.querySelector('main')!;
          w.firstFrame = {
            canvasShows: c.getAttribute('data-shows'),
            readoutShows: document.querySelector('.readout')!.getAttribute('data-shows'),
            settings: main.getAttribute('data-settings'),
            busy: main.getAttribute('aria-busy'),
            picture: (c as HTMLCanvasElement).toDataURL(),
            ideal: document.querySelector('.readout .role-ideal dd')!.textContent ?? '',
          };
        }),
      { once: true },
    );
    return (c as HTMLCanvasElement).toDataURL();
  });
  const idealBefore = await readoutValue(page, 'Ideal for everyone').textContent();
  await page.keyboard.press('End');
  await expect
    .poll(() => page.evaluate(() => Boolean((window as { firstFrame?: unknown }).firstFrame)))
    .toBe(true);
  const first = await page.evaluate(
    () => (window as unknown as { firstFrame: FirstFrame }).firstFrame,
  );
  // In that frame the rest of the figures still trail the slider...
  expect(first.busy).toBe('true');
  // ...but θ's line and the readout show the new settings already.
  expect(first.canvasShows).toBe(first.settings);
  expect(first.readoutShows).toBe(first.settings);
  expect(first.picture).not.toBe(before);
  expect(first.ideal).not.toBe(idealBefore);
  // Once everything has caught up, the line and the numbers are the ones that frame showed.
  await figuresSettled(page);
  const settled = await page
    .locator('#drift canvas.plot-theta')
    .evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  expect(settled).toBe(first.picture);
  await expect(readoutValue(page, 'Ideal for everyone')).toHaveText(first.ideal);
});

test('over θ’s canvas, the labels stay readable and pointing at the chart shows the hover readout', async ({
  page,
}) => {
  await page.goto('/');
  await figuresSettled(page);
  await page.locator('#drift svg.recharts-surface').scrollIntoViewIfNeeded();
  const plot = (await page.locator('#drift svg.recharts-surface').boundingBox())!;
  // The labels are drawn above the canvas, not under it.
  const order = await page.locator('#drift .fit-box').evaluate((box) => {
    const parts = [...box.querySelectorAll('svg.recharts-surface, canvas.plot-theta, .plot-label')];
    return parts.map((el) => el.tagName.toLowerCase());
  });
  expect(order[0]).toBe('svg');
  expect(order[1]).toBe('canvas');
  expect(order.slice(2).every((tag) => tag === 'text')).toBe(true);
  expect(order.length).toBeGreaterThan(2);
  await page.mouse.move(plot.x + plot.width * 0.6, plot.y + plot.height * 0.5);
  await expect(page.locator('#drift .plot-hover')).toBeVisible();
  await expect(page.locator('#drift .plot-hover')).toContainText('θ');
  // The pointer reached the hover target through the canvas and the labels.
  const hit = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('class'),
    { x: plot.x + plot.width * 0.6, y: plot.y + plot.height * 0.5 },
  );
  expect(hit).toBe('plot-hover-target');
});

test('while the class guesses, a pinned run stops where θ’s line does and Escape leaves the question open; the reveal shows both', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await figuresSettled(page);
  await page.keyboard.press('g');
  await expect(page.getByLabel(/Your guess/)).toBeFocused();
  await page.getByRole('button', { name: 'Pin this run' }).click();
  await figuresSettled(page);
  // The pre-training phase's shaded area ends where a pinned line may go while the question is open.
  const reach = () =>
    page.locator('#drift').evaluate((fig) => {
      const pin = fig.querySelector<SVGPathElement>('path.plot-pin')!.getBoundingClientRect();
      const pre = fig.querySelector('.recharts-reference-area')!.getBoundingClientRect();
      return { pin: pin.right, pre: pre.right };
    });
  let r = await reach();
  expect(r.pin).toBeLessThanOrEqual(r.pre + 1);
  // A reflex Escape in the guess field does not give the answer away.
  await page.getByLabel(/Your guess/).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel(/Your guess/)).toBeVisible();
  await expect(page.locator('#drift .plot-label[data-label="ideal"]')).toHaveCount(0);
  await page.getByLabel(/Your guess/).fill('172');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await figuresSettled(page);
  r = await reach();
  expect(r.pin).toBeGreaterThan(r.pre + 100);
  await page.keyboard.press('Escape');
  await expect(page.locator('.predict')).toHaveCount(0);
});
