// Browser tests of presenter mode on the screens a lecture hall has: one screen with no scrolling,
// type the back row can read, nothing floating over the plot, labels that never cover each other,
// and a tour that shows the chart it names without giving the answer away first.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { figuresSettled, readoutValue } from './settled';

const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** How far the page scrolls, and where the drift chart's plot ends. */
async function fit(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('#drift svg.recharts-surface')!.getBoundingClientRect();
    return {
      scroll: document.documentElement.scrollHeight - window.innerHeight,
      plotBottom: svg.bottom,
      plotHeight: svg.height,
      viewport: window.innerHeight,
    };
  });
}

/** The smallest font size among visible text, HTML and SVG alike, with an example of it. */
async function smallestText(page: Page) {
  return page.evaluate(() => {
    let least = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      const box = el.getBoundingClientRect();
      // Off screen or clipped to a pixel for screen readers only: not read by the room.
      if (box.width < 2 || box.height < 2 || box.bottom <= 0 || box.top >= window.innerHeight)
        continue;
      if (el.closest('[hidden], [aria-hidden="true"] title, option, .visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0')
        continue;
      const size = parseFloat(style.fontSize);
      if (size < least.size) least = { size, text: text.slice(0, 40) };
    }
    return least;
  });
}

/** Pairs of drift-chart labels whose boxes overlap. */
async function overlappingLabels(page: Page) {
  return page.locator('#drift .plot-label').evaluateAll((els) => {
    const boxes = els.map((e) => ({
      id: e.getAttribute('data-label'),
      r: e.getBoundingClientRect(),
    }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          out.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
      }
    return out;
  });
}

for (const screen of SCREENS) {
  test(`presenter mode fits ${screen.width}×${screen.height} with no scrolling, with and without the tour`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    await page.goto('/?pres=1');
    await expect(page.locator('#drift .plot-theta')).toBeVisible();
    await figuresSettled(page);
    let f = await fit(page);
    expect(f.scroll).toBeLessThanOrEqual(0);
    expect(f.plotBottom).toBeLessThanOrEqual(f.viewport);
    // The chart is the point: it keeps at least half the screen.
    expect(f.plotHeight).toBeGreaterThan(screen.height * 0.45);

    await page.keyboard.press('n');
    await expect(page.getByRole('heading', { name: /Tour, step 1/ })).toBeVisible();
    await figuresSettled(page);
    f = await fit(page);
    expect(f.scroll).toBeLessThanOrEqual(0);
    expect(f.plotBottom).toBeLessThanOrEqual(f.viewport);
    expect(f.plotHeight).toBeGreaterThan(screen.height * 0.3);

    await page.getByRole('button', { name: 'Show the answer' }).click();
    await figuresSettled(page);
    f = await fit(page);
    expect(f.scroll).toBeLessThanOrEqual(0);
    expect(f.plotBottom).toBeLessThanOrEqual(f.viewport);
    // After the reveal the ideal's line is on screen, inside the plot.
    const ideal = await page.locator('#drift .plot-label[data-label="ideal"]').boundingBox();
    expect(ideal).not.toBeNull();
    expect(ideal!.y + ideal!.height).toBeLessThanOrEqual(screen.height);
  });
}

for (const phone of [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
]) {
  test(`a presenter link opened on a ${phone.width}×${phone.height} phone fits its width and scrolls to a plot most of a screen tall`, async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await page.goto('/?pres=1&lang=de');
    await expect(page.locator('#drift .plot-theta')).toBeVisible();
    await figuresSettled(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    // Every header button is on the screen, none cut off at its edge.
    const rightmost = await page
      .locator('.app-header :is(button, select)')
      .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(rightmost).toBeLessThanOrEqual(phone.width);
    const plot = page.locator('#drift svg.recharts-surface');
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    expect(box.height).toBeGreaterThan(phone.height * 0.6);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
  });
}

test('at 1920×1080 every text in presenter mode is at least 24 px, the tour included', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?pres=1');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  await figuresSettled(page);
  const readable = async () => {
    const least = await smallestText(page);
    expect(least.size, `"${least.text}"`).toBeGreaterThanOrEqual(24);
  };
  await readable();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: /Tour, step 1/ })).toBeVisible();
  await readable();
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await figuresSettled(page);
  await readable();
  // Step 3 brings the loss chart, with its own controls.
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await expect(page.locator('#losses path.plot-line').first()).toBeVisible();
  await figuresSettled(page);
  await readable();
});

test('the button that leaves presenter mode covers nothing on the plot', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?pres=1');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  const leave = (await page
    .getByRole('button', { name: 'Leave presenter mode (P)' })
    .boundingBox())!;
  const plot = (await page.locator('#drift svg.recharts-surface').boundingBox())!;
  const apart =
    leave.y + leave.height <= plot.y ||
    plot.y + plot.height <= leave.y ||
    leave.x + leave.width <= plot.x ||
    plot.x + plot.width <= leave.x;
  expect(apart).toBe(true);
});

test('the drift chart labels never cover each other at 1024 px, on the page and projected', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  // Preset 1 puts the ideal on the old mean; preset 4 puts k* near the phase boundary.
  for (const key of ['1', '4', '9', '0']) {
    for (const presenter of [false, true]) {
      await page.goto(presenter ? '/?pres=1' : '/');
      await expect(page.locator('#drift .plot-theta')).toBeVisible();
      await page.keyboard.press(key);
      await figuresSettled(page);
      await expect(page.locator('#drift .plot-label').first()).toBeVisible();
      expect(await overlappingLabels(page), `preset ${key}, presenter ${presenter}`).toEqual([]);
    }
  }
});

test('projected, the last step number under the drift chart is whole, up to 100 000 steps', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const path of ['/?pres=1&fs=1500', '/?pres=1&fs=99900&lang=fr']) {
    await page.goto(path);
    await expect(page.locator('#drift .plot-theta')).toBeVisible();
    await figuresSettled(page);
    const past = await page.evaluate(() => {
      const svg = document.querySelector('#drift svg.recharts-surface')!;
      const edge = svg.getBoundingClientRect().right;
      const ticks = [...svg.querySelectorAll('.recharts-xAxis-tick-labels text')];
      return ticks.length
        ? Math.max(...ticks.map((t) => t.getBoundingClientRect().right - edge))
        : NaN;
    });
    expect(past, path).toBeLessThanOrEqual(0);
  }
});

test('the tour in presenter mode hides the answer, then shows the chart its step names', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?pres=1');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  // Step 3 asks about forgetting and points at the loss chart.
  for (const k of ['n', 'n', 'n']) await page.keyboard.press(k);
  await expect(page.getByRole('heading', { name: /Tour, step 3/ })).toBeVisible();
  await figuresSettled(page);
  await expect(page.getByTestId('readout')).not.toContainText('Ideal');
  await expect(page.getByTestId('readout')).not.toContainText('θ now');
  // θ is drawn through pre-training only, and the step says so.
  await expect(readoutValue(page, 'Step')).toContainText('(pre-training)');
  await expect(page.locator('#drift .plot-label[data-label="ideal"]')).toHaveCount(0);
  await expect(page.locator('#losses')).toHaveCount(0);
  // The playhead's rule stops there too, playing or not: moving on, it would sweep the answer.
  const rule = page.locator('#drift line.plot-rule');
  await expect(rule).toHaveCount(1);
  const ruleAt = await rule.getAttribute('x1');
  // Play starts over from step 0: past pre-training (100 steps at 100 a second), it is back.
  await page.keyboard.press('Space');
  await page.waitForTimeout(2_000);
  expect(await rule.getAttribute('x1')).toBe(ruleAt);
  await page.keyboard.press('Space');

  await page.getByRole('button', { name: 'Show the answer' }).click();
  await expect(page.locator('#losses')).toBeVisible();
  await expect(page.locator('#losses path.plot-line').first()).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight - innerHeight),
  ).toBeLessThanOrEqual(0);
  const chart = (await page.locator('#losses svg.recharts-surface').boundingBox())!;
  expect(chart.height).toBeGreaterThan(768 * 0.3);
  expect(chart.y + chart.height).toBeLessThanOrEqual(768);
  // The tour's buttons stay in sight however long its answer.
  await expect(page.getByRole('button', { name: 'Next →' })).toBeInViewport({ ratio: 1 });
});

test('keyboard only: a digit in the tour moves the tour, A shows the answer and Next takes the focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?pres=1');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.press('5');
  await expect(page.getByRole('heading', { name: /Tour, step 5 of \d+/ })).toBeVisible();
  // Of the lecture tools only the preset menu is on stage.
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await page.keyboard.press('a');
  await expect(page.locator('.tour-answer')).toBeVisible();
  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await expect(page.getByRole('button', { name: 'Next →' })).toBeFocused();
  // The answer and the lesson are read whole, beside the chart, with nothing to scroll.
  const lesson = (await page.locator('.tour-lesson').boundingBox())!;
  const nav = (await page.locator('.tour-nav').boundingBox())!;
  expect(lesson.y + lesson.height).toBeLessThanOrEqual(nav.y);
  expect(nav.y + nav.height).toBeLessThanOrEqual(720);
});

test('predict first from the keyboard: G puts the cursor in the guess, nothing gives the answer away, and presenter mode offers it too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  await page.keyboard.press('5');
  await figuresSettled(page);
  await expect(page.getByRole('button', { name: /Land on the ideal: λ =/ })).toBeVisible();
  await page.keyboard.press('g');
  await expect(page.getByLabel(/Your guess/)).toBeFocused();
  // The settings' landing buttons name no λ, ρ or step while the question is open.
  await expect(page.locator('#controls')).not.toContainText('λ = n_old/n_new');
  await expect(page.locator('#controls')).not.toContainText('ρ = n_old/');
  await expect(page.locator('#controls')).not.toContainText('stop at step');
  await page.keyboard.type('171');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.locator('.predict-lesson')).toContainText('Lesson.');
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Predict first (G)' })).toBeVisible();
});

test('presenter mode keeps the preset menu, which reaches the presets no digit does: a stream preset goes on stage', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?pres=1');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  const menu = page.getByRole('combobox', { name: 'Load a preset' });
  await expect(menu).toBeVisible();
  await menu.selectOption({ label: 'A sudden shift' });
  await expect(page.locator('#stream path.plot-stream-filter')).toBeVisible();
  await expect(page.locator('#drift')).toHaveCount(0);
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight - innerHeight),
  ).toBeLessThanOrEqual(0);
});

for (const screen of [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
]) {
  test(`in French at ${screen.width}×${screen.height}, every tour step's lesson is reached from the keyboard, above its buttons`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    await page.goto('/?lang=fr&pres=1');
    await expect(page.locator('#drift .plot-theta')).toBeVisible();
    await page.keyboard.press('n');
    const steps = Number(await page.locator('.tour progress').getAttribute('max'));
    expect(steps).toBeGreaterThan(5);
    for (let step = 1; step <= steps; step++) {
      if (step > 1) await page.keyboard.press('n');
      await expect(page.locator('.tour progress')).toHaveAttribute('value', String(step));
      await page.keyboard.press('a');
      await expect(page.locator('.tour-lesson')).toBeVisible();
      await figuresSettled(page);
      const body = page.locator('.tour-body');
      const nav = (await page.locator('.tour-nav').boundingBox())!;
      const box = (await body.boundingBox())!;
      // The buttons sit below the text, never over it, and on the screen.
      expect(box.y + box.height, `step ${step}`).toBeLessThanOrEqual(nav.y + 1);
      const tour = (await page.locator('.tour').boundingBox())!;
      expect(nav.y + nav.height, `step ${step}`).toBeLessThanOrEqual(tour.y + tour.height);
      expect(tour.y + tour.height, `step ${step}`).toBeLessThanOrEqual(screen.height);
      // And the charts beside it still end on the screen.
      for (const chart of await page.locator('.fit-box svg.recharts-surface').all()) {
        const c = (await chart.boundingBox())!;
        expect(c.y + c.height, `step ${step}`).toBeLessThanOrEqual(screen.height);
      }
      // ↓ scrolls the text until its last line, the lesson's, is in sight.
      for (let i = 0; i < 40; i++) {
        const left = await body.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop);
        if (left <= 1) break;
        await page.keyboard.press('ArrowDown');
        await expect
          .poll(() => body.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop))
          .toBeLessThan(left);
      }
      const lesson = (await page.locator('.tour-lesson').boundingBox())!;
      // The box keeps its height as it scrolls.
      expect((await body.boundingBox())!.height, `step ${step}`).toBeCloseTo(box.height, 0);
      expect(lesson.y + lesson.height, `step ${step}`).toBeLessThanOrEqual(box.y + box.height + 1);
      // When it has to scroll, the box says so and the keyboard can reach it.
      const scrolls = await body.evaluate((el) => el.scrollHeight - el.clientHeight > 1);
      expect(await body.getAttribute('tabindex'), `step ${step}`).toBe(scrolls ? '0' : null);
    }
  });
}

test('predict first during the tour, projected: the guess sits under the tour, the chart keeps its height, and Esc closes the guess first', async ({
  page,
}) => {
  for (const screen of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(screen);
    await page.goto('/?pres=1');
    await expect(page.locator('#drift .plot-theta')).toBeVisible();
    await page.keyboard.press('n');
    for (const k of ['n', 'n', 'n', 'n', 'n']) await page.keyboard.press(k);
    await expect(page.getByRole('heading', { name: /Tour, step 6/ })).toBeVisible();
    await page.keyboard.press('g');
    const guess = page.getByLabel(/Your guess/);
    await expect(guess).toBeFocused();
    await figuresSettled(page);
    let f = await fit(page);
    expect(f.scroll).toBeLessThanOrEqual(0);
    expect(f.plotBottom).toBeLessThanOrEqual(f.viewport);
    expect(f.plotHeight, `${screen.width}`).toBeGreaterThan(screen.height * 0.4);
    // Typed, then Tab: the next stop is Reveal, which now has the guess to compare.
    await page.keyboard.type('171');
    await page.keyboard.press('Tab');
    const reveal = page.getByRole('button', { name: 'Reveal the answer' });
    await expect(reveal).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.predict')).toContainText('171');
    // The guess's panel now gives the ideal, so the readout and the chart stop hiding it.
    await expect(page.getByTestId('readout')).toContainText('Ideal');
    await expect(page.locator('#drift .plot-label[data-label="ideal"]')).toHaveCount(1);
    await figuresSettled(page);
    f = await fit(page);
    expect(f.plotBottom).toBeLessThanOrEqual(f.viewport);
    expect(f.plotHeight, `${screen.width}, revealed`).toBeGreaterThan(screen.height * 0.4);
    await page.keyboard.press('Escape');
    await expect(page.locator('.predict')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Tour, step 6/ })).toBeVisible();
  }
});

test('a presenter link draws presenter mode from its first frame, never the full page before it', async ({
  page,
}) => {
  // Everything the page ever puts on screen while it opens, from before its script runs.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { seen: Set<string> }).seen = seen;
    new MutationObserver(() => {
      if (document.querySelector('.app:not(.presenter) .sidebar')) seen.add('full page');
      if (document.querySelector('.app.presenter')) seen.add('presenter');
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?pres=1');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  const seen = await page.evaluate(() => [...(window as unknown as { seen: Set<string> }).seen]);
  expect(seen).toEqual(['presenter']);
});
