// Browser tests of entering values: what a typed number becomes, one step per arrow on every slider,
// where keyboard focus goes, and the phone layout (target sizes, the settings sheet, playback with its chart).
import { expect, test } from '@playwright/test';
import {
  readoutValue,
  SETTINGS_SLIDERS,
  settledText,
  buildWholePage,
  pageTookOver,
} from './settled';
import type { Locator, Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };

/** The control (label, slider, field and message) that holds the field named `name`. */
const controlOf = (page: Page, name: string) =>
  page.locator('.control', { has: page.getByRole('spinbutton', { name, exact: true }) });

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

test.describe('number fields', () => {
  test('take 1e9, -5, abc, 1,000 and ,5 as a person means them, on Enter or on leaving the field', async ({
    page,
  }) => {
    await page.goto('/');
    const size = page.getByRole('spinbutton', { name: 'New data size' });
    const sizeMessage = controlOf(page, 'New data size').getByRole('alert');
    await expect(size).toHaveValue('50');

    // Typing "1e9" applies nothing on the way: not the "1", and not 1e9 after a pause either.
    await size.fill('');
    await size.pressSequentially('1e9');
    await page.waitForTimeout(1200);
    await expect(size).toHaveAttribute('aria-valuenow', '50');
    await expect(size).toHaveValue('1e9');
    await size.press('Enter');
    await expect(size).toHaveValue('1000000');
    await expect(sizeMessage).toHaveText('1,000,000 is the most: set to 1,000,000.');
    await expect.poll(() => param(page, 'nn')).toBe('1000000');
    const newMean = Number((await settledText(page, 'New data mean'))!.replace(' cm', ''));
    const ideal = Number((await settledText(page, 'Ideal for everyone'))!.replace(' cm', ''));
    expect(Math.abs(ideal - newMean)).toBeLessThan(0.05);

    // Below the range: pulled up to the least, on leaving the field.
    await size.fill('-5');
    await size.press('Tab');
    await expect(size).toHaveValue('1');
    await expect(sizeMessage).toHaveText('1 is the least: set to 1.');

    // Not a number: the last good value comes back, and the message says so.
    await size.fill('abc');
    await size.press('Tab');
    await expect(size).toHaveValue('1');
    await expect(sizeMessage).toHaveText('“abc” is not a number: kept 1.');

    // Thousands separators: one thousand, with nothing to complain about.
    await size.fill('1,000');
    await size.press('Enter');
    await expect(size).toHaveValue('1000');
    await expect(sizeMessage).toHaveCount(0);
    await expect.poll(() => param(page, 'nn')).toBe('1000');

    // A leading decimal comma on an English page: one half.
    const lr = page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
    await lr.fill(',5');
    await lr.press('Enter');
    await expect(lr).toHaveValue('0.5');
    await expect.poll(() => param(page, 'lr')).toBe('0.5');
    await lr.fill('1e9');
    await lr.press('Enter');
    await expect(lr).toHaveValue('2');
    await expect(controlOf(page, 'Learning rate').getByRole('alert')).toHaveText(
      '2 is the most: set to 2.',
    );
    const rho = page.getByRole('spinbutton', { name: 'Replay fraction' });
    await rho.fill('.25');
    await rho.press('Tab');
    await expect(rho).toHaveValue('0.25');
  });

  test('apply a complete number after a short pause, and Escape puts back the last good value', async ({
    page,
  }) => {
    await page.goto('/');
    const size = page.getByRole('spinbutton', { name: 'New data size' });
    await size.fill('321');
    // No Enter, no blur: the pause applies it.
    await expect.poll(() => param(page, 'nn')).toBe('321');
    await expect(size).toBeFocused();
    await size.fill('4000');
    await size.press('Escape');
    await expect(size).toHaveValue('321');
    await page.waitForTimeout(1200);
    await expect(size).toHaveAttribute('aria-valuenow', '321');
    // Escape in a field with no edit under way is the page's: nothing here to close, nothing breaks.
    await expect(size).toBeFocused();
  });
});

/** The settings' sliders and the validation share, which sits with the lessons. */
const SLIDERS = [...SETTINGS_SLIDERS, 'Validation share'];

/** What the slider shows and the value its field holds. */
async function reading(slider: Locator, field: Locator) {
  return {
    text: await slider.getAttribute('aria-valuetext'),
    value: Number(await field.getAttribute('aria-valuenow')),
  };
}

test('every slider moves one visible step per arrow press, both ways, from several places', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await buildWholePage(page);
  await expect(page.getByRole('slider', { name: 'Validation share' })).toBeAttached();
  // From each end, and from a quarter and a half of the way up (PageUp moves a tenth).
  const starts: string[][] = [
    ['Home'],
    ['Home', 'PageUp', 'PageUp'],
    ['Home', 'PageUp', 'PageUp', 'PageUp', 'PageUp', 'PageUp'],
    ['End'],
  ];
  for (const name of SLIDERS) {
    const slider = page.getByRole('slider', { name, exact: true });
    const field = page.getByRole('spinbutton', { name, exact: true });
    const min = Number(await field.getAttribute('aria-valuemin'));
    const max = Number(await field.getAttribute('aria-valuemax'));
    for (const start of starts) {
      await slider.focus();
      for (const key of start) await page.keyboard.press(key);
      for (const [keys, dir] of [
        [['ArrowRight', 'ArrowUp', 'ArrowRight'], 1],
        [['ArrowLeft', 'ArrowDown', 'ArrowLeft'], -1],
      ] as const) {
        for (const key of keys) {
          const before = await reading(slider, field);
          await page.keyboard.press(key);
          const where = `${name}, ${key} from ${before.value} (after ${start.join(' ')})`;
          const atEnd = dir > 0 ? before.value >= max : before.value <= min;
          if (atEnd) {
            await expect(slider, where).toHaveAttribute('aria-valuetext', before.text!);
            continue;
          }
          await expect(slider, where).not.toHaveAttribute('aria-valuetext', before.text!);
          const after = await reading(slider, field);
          expect(dir * (after.value - before.value), where).toBeGreaterThan(0);
        }
      }
    }
  }
});

test('the reported stalls on the new data size: from 50 and from 10 the arrows keep going', async ({
  page,
}) => {
  await page.goto('/');
  const slider = page.getByRole('slider', { name: 'New data size' });
  const field = page.getByRole('spinbutton', { name: 'New data size' });
  await slider.focus();
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowLeft');
    seen.push(await field.inputValue());
  }
  expect(seen).toEqual(['49', '48', '47']);
  await field.fill('50');
  await field.press('Enter');
  await slider.focus();
  seen.length = 0;
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowRight');
    seen.push(await field.inputValue());
  }
  expect(seen).toEqual(['51', '52', '53', '54', '55', '56']);
  await field.fill('10');
  await field.press('Enter');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(field).toHaveValue('11');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(field).toHaveValue('9');
});

test.describe('keyboard focus', () => {
  test('after clicking Step forward, Space plays and pauses instead of stepping again', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Reset to step 0' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(readoutValue(page, 'Step')).toHaveText('1 (pre-training)');
    await expect(page.getByRole('button', { name: 'Step forward' })).toBeFocused();
    await page.getByLabel('Speed').selectOption('10');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(readoutValue(page, 'Step')).toHaveText('2 (pre-training)');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    // Playing at 10 steps a second: wait until it has moved on rather than racing the clock.
    const stepNow = async () =>
      Number((await readoutValue(page, 'Step').textContent())!.split(' ')[0]);
    await expect.poll(stepNow).toBeGreaterThan(2);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = Number((await settledText(page, 'Step'))!.split(' ')[0]);
    await page.waitForTimeout(400);
    expect(await stepNow()).toBe(paused);
  });

  test('a button reached with Tab still takes Space as a press', async ({ page }) => {
    await page.goto('/');
    const draw = page.getByRole('button', { name: 'Draw new data' });
    await draw.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(draw).toBeFocused();
    await page.keyboard.press('Space');
    await expect.poll(() => param(page, 'seed')).toBe('2');
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  });

  test('after picking a preset from the menu, the digit keys load presets again', async ({
    page,
  }) => {
    await page.goto('/');
    await pageTookOver(page);
    await page.getByLabel('Load a preset').selectOption({ index: 1 });
    await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('10');
    await expect(page.getByLabel('Load a preset')).not.toBeFocused();
    await page.keyboard.press('2');
    await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('1000');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  });

  test('Escape closes the tour, the lecture builder and the export menu', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    const tour = page.getByRole('heading', { name: /Tour, step 1 of/ });
    await expect(tour).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tour).toHaveCount(0);
    const builderButton = page.getByRole('button', { name: 'Lecture builder' });
    await builderButton.click();
    await expect(page.getByRole('dialog', { name: 'Lecture builder' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Lecture builder' })).toHaveCount(0);
    await expect(builderButton).toBeFocused();
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Export' })).toHaveCount(0);
  });

  test('Tab and Shift+Tab stay inside the shortcuts list and the lecture builder while they are open', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('#drift .plot-theta')).toBeVisible();
    const staysIn = async (dialog: ReturnType<typeof page.getByRole>) => {
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press(key);
          expect(
            await dialog.evaluate((d) => d.contains(document.activeElement)),
            `${key} × ${i + 1}`,
          ).toBe(true);
        }
      }
    };
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(shortcuts).toBeVisible();
    await staysIn(shortcuts);
    await page.keyboard.press('Escape');
    await expect(shortcuts).toHaveCount(0);
    const builderButton = page.getByRole('button', { name: 'Lecture builder' });
    await builderButton.focus();
    await page.keyboard.press('Enter');
    const builder = page.getByRole('dialog', { name: 'Lecture builder' });
    await expect(builder).toBeVisible();
    await staysIn(builder);
    await page.keyboard.press('Escape');
    await expect(builderButton).toBeFocused();
  });
});

test('at 1280×800 the comparison table shows every column, its key one included', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await buildWholePage(page);
  const box = page.getByRole('region', { name: 'Strategy comparison table' });
  await box.scrollIntoViewIfNeeded();
  const key = box.getByRole('columnheader', { name: /^Excess for/ });
  await expect(key).toBeVisible();
  const fits = await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(fits, 'the table fits its box without scrolling').toBe(true);
  const [k, b] = [(await key.boundingBox())!, (await box.boundingBox())!];
  expect(k.x + k.width).toBeLessThanOrEqual(b.x + b.width + 1);
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  /** Every visible control under `root` smaller than 44 × 44 px, described for the failure message. */
  async function smallTargets(page: Page, root: string): Promise<string[]> {
    return page.locator(root).evaluate((rootEl) => {
      const small: string[] = [];
      const seen = new Set<Element>();
      const controls = rootEl.querySelectorAll<HTMLElement>(
        'button, select, input, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])',
      );
      for (const el of controls) {
        // A radio, a checkbox or a hidden file input is hit through its label.
        const input = el instanceof HTMLInputElement ? el : null;
        const target =
          input && ['radio', 'checkbox', 'file'].includes(input.type)
            ? (el.closest('label') ?? el)
            : el;
        if (seen.has(target)) continue;
        seen.add(target);
        if (!target.checkVisibility({ visibilityProperty: true })) continue;
        // A link inside a sentence is exempt from the size rule (WCAG 2.5.5).
        if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
        const r = target.getBoundingClientRect();
        if (r.width < 43.5 || r.height < 43.5) {
          const name =
            target.getAttribute('aria-label') ?? (target.textContent ?? '').trim().slice(0, 40);
          small.push(
            `${target.tagName.toLowerCase()}.${target.className} "${name}": ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
          );
        }
      }
      return small;
    });
  }

  test('every control is at least 44 × 44 px, on the page and in the settings', async ({
    page,
  }) => {
    await page.goto('/');
    await buildWholePage(page);
    await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
    await expect(page.locator('.explain .katex').first()).toBeAttached();
    await expect(page.getByRole('slider', { name: 'Validation share' })).toBeAttached();
    // Open every fold, so what they hold is measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await smallTargets(page, 'body')).toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).tap();
    await expect(page.getByRole('slider', { name: 'New data size' })).toBeVisible();
    const inSheet = await smallTargets(page, '#controls');
    expect(inSheet).toEqual([]);
    // Not vacuous: the sheet holds its sliders, fields and buttons.
    expect(await page.locator('#controls input, #controls button').count()).toBeGreaterThan(30);
  });

  test('with the settings open, the readout stays in sight above them while a slider moves', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).tap();
    const sheet = page.getByRole('complementary', { name: 'Settings' });
    const slider = page.getByRole('slider', { name: 'New data size' });
    await slider.focus();
    await expect(slider).toBeInViewport();
    const sheetBox = (await sheet.boundingBox())!;
    expect(sheetBox.height).toBeLessThanOrEqual(PHONE.height / 2 + 1);
    const idealBefore = await settledText(page, 'Ideal for everyone');
    await slider.focus();
    await page.keyboard.press('End');
    await expect(readoutValue(page, 'Ideal for everyone')).not.toHaveText(idealBefore!);
    const visibleAboveSheet = async (where: string) => {
      const top = (await sheet.boundingBox())!.y;
      for (const label of ['θ now', 'Ideal for everyone', 'Step']) {
        const box = (await readoutValue(page, label).boundingBox())!;
        expect(box.y, `${label} ${where}`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${label} ${where}`).toBeLessThanOrEqual(top);
      }
    };
    await visibleAboveSheet('at the top of the page');
    // Scrolled down to the charts, with the sheet still open: the readout sticks to the top.
    await page.evaluate(() => window.scrollTo(0, 1200));
    await visibleAboveSheet('scrolled down');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toBeFocused();
    // Escape closes the sheet and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(slider).toBeHidden();
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  });

  test('the play button and the drift chart are on screen together as the page scrolls', async ({
    page,
  }) => {
    await page.goto('/');
    const plot = page.locator('#drift .chart-body');
    await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
    const play = page.getByRole('button', { name: 'Play' });
    const bar = (await page.locator('.drawer-toggle').boundingBox())!;
    const end = await plot.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    let checked = 0;
    for (let y = 0; y <= end; y += 120) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const p = (await play.boundingBox())!;
      const chart = (await plot.boundingBox())!;
      const playback = (await page.getByRole('group', { name: 'Playback' }).boundingBox())!;
      // How much of the chart shows between the playback bar and the settings bar.
      const top = Math.max(chart.y, playback.y + playback.height, 0);
      const shown = Math.min(chart.y + chart.height, bar.y) - top;
      if (shown < 100) continue;
      checked++;
      expect(p.y, `play button at scroll ${y}`).toBeGreaterThanOrEqual(0);
      expect(p.y + p.height, `play button at scroll ${y}`).toBeLessThanOrEqual(bar.y);
    }
    expect(checked).toBeGreaterThan(2);
    await plot.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(play).toBeInViewport();
    await play.tap();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport();
    await expect(plot).toBeInViewport({ ratio: 0.5 });
  });

  test('the settings bar never hides the end of the page', async ({ page }) => {
    await page.goto('/');
    await buildWholePage(page);
    await expect(page.locator('.explain .katex').first()).toBeAttached();
    await expect(page.getByRole('slider', { name: 'Validation share' })).toBeAttached();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = (await page.getByRole('button', { name: 'Settings' }).boundingBox())!;
    expect(bar.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    const last = await page
      .locator('main')
      .evaluate((m) => Math.max(...[...m.children].map((c) => c.getBoundingClientRect().bottom)));
    expect(last).toBeLessThanOrEqual(bar.y);
  });

  test('wide tables and formulas scroll in their own box and say so; the page does not', async ({
    page,
  }) => {
    await page.goto('/');
    await buildWholePage(page);
    const box = page.getByRole('region', { name: 'Strategy comparison table' });
    await box.scrollIntoViewIfNeeded();
    const frame = box.locator('xpath=..');
    await expect(frame).toHaveAttribute('data-more', 'right');
    await expect(frame.getByText('scroll →')).toBeVisible();
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(frame).toHaveAttribute('data-more', 'left');
    await expect(frame.getByText('← scroll')).toBeVisible();
    await expect(box.getByRole('columnheader', { name: /^Excess for/ })).toBeInViewport();
    const formula = page.getByRole('group', { name: 'Formula' }).first();
    await formula.scrollIntoViewIfNeeded();
    expect(await formula.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(formula.locator('xpath=..')).toHaveAttribute('data-more', 'right');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
  });
});
