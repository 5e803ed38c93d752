// Browser tests of "Data that keeps arriving": the stream driven from its controls and from a preset,
// with the winner and the errors read from the page and checked against the core's numbers.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { watchErrors } from './consoleErrors';
import { presetStream } from '../src/state/applyPreset';
import { encodeLink } from '../src/state/link';
import { PRESETS } from '../src/state/presets';
import { DEFAULT_SCENARIO } from '../src/state/scenario';
import { DEFAULT_VIEW } from '../src/state/view';
import { selectStreamRun } from '../src/state/streamDerived';
import { DEFAULT_STREAM } from '../src/state/streamSettings';
import type { StreamSettings } from '../src/state/streamSettings';
import { buildWholePage, pageTookOver } from './settled';

const walk = presetStream(PRESETS.find((p) => p.id === 'stream-walk')!);

/** A learner's mean excess error as the error chart writes it, in cm². */
async function barError(page: Page, learner: string): Promise<number> {
  const text = await page
    .locator(`#stream-errors .stream-error-bar[data-learner="${learner}"] text`)
    .textContent();
  const m = /([\d.]+) cm²/.exec(text ?? '');
  if (!m) throw new Error(`no error on the ${learner} bar: ${text}`);
  return Number(m[1]);
}

const winner = (page: Page) => page.getByTestId('stream-verdict').locator('.stream-winner');

async function enter(page: Page, label: string, value: string) {
  await page.getByRole('spinbutton', { name: label }).fill(value);
  await page.keyboard.press('Enter');
}

test('the stream follows its controls: the winner and the errors are the core’s', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', {
      name: 'Data that keeps arriving',
    })
    .click();
  await expect(page.locator('#stream-section')).toBeInViewport();
  const d0 = selectStreamRun(DEFAULT_STREAM);
  await expect(winner(page)).toHaveAttribute('data-winner', d0.best);
  expect(await barError(page, 'filter')).toBeCloseTo(d0.paths.filter.meanExcess, 2);
  await expect(page.locator('#stream path.plot-stream-filter')).toBeVisible();
  await expect(page.locator('#stream path.plot-round-means')).toBeVisible();

  // No drift: everything so far wins, latest only is worst.
  await page.getByRole('radio', { name: 'None' }).check();
  const none: StreamSettings = { ...DEFAULT_STREAM, driftKind: 'none' };
  const d1 = selectStreamRun(none);
  await expect(winner(page)).toHaveAttribute('data-winner', d1.best);
  await expect(winner(page)).toContainText(/wins with a mean excess error/);
  expect(await barError(page, 'latest')).toBeCloseTo(d1.paths.latest.meanExcess, 2);

  // Bigger rounds and a trend: the numbers on the bars move with them.
  await enter(page, 'Heights per round', '500');
  await page.getByRole('radio', { name: 'Trend' }).check();
  await enter(page, 'Rise per round', '0.2');
  const trend: StreamSettings = { ...none, batch: 500, driftKind: 'trend', driftSize: 0.2 };
  const d2 = selectStreamRun(trend);
  await expect(winner(page)).toHaveAttribute('data-winner', d2.best);
  await expect
    .poll(() => barError(page, 'all'))
    .toBeCloseTo(Number(d2.paths.all.meanExcess.toPrecision(3)), 5);
  await expect(page.locator('#stream-errors .stream-error-bar[data-best]')).toHaveAttribute(
    'data-learner',
    d2.best,
  );
  // The address holds every stream setting, once it is written (a moment after the last change).
  await expect
    .poll(() => {
      const q = new URL(page.url()).searchParams;
      return [q.get('sb'), q.get('sdk')];
    })
    .toEqual(['500', 'trend']);
  expect(errors).toEqual([]);
});

test('“A random walk”, then Match the filter: fine-tuning comes within a few percent of the filter', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page
    .getByRole('combobox', { name: 'Load a preset' })
    .selectOption({ label: 'A random walk' });
  // The preset brings its panel into view, and its lesson.
  await expect(page.locator('#stream-section')).toBeInViewport();
  await expect(page.locator('.preset-banner')).toContainText('A random walk');
  await expect(winner(page)).toHaveText(/^The Bayesian filter wins/);
  const before = (await barError(page, 'finetune')) / (await barError(page, 'filter'));
  expect(before).toBeGreaterThan(2.5);

  const d = selectStreamRun(walk);
  const match = page.getByRole('button', { name: /Match the filter/ });
  await expect(match).toHaveText(`Match the filter: S = ${d.stepsMatch}`);
  await match.click();
  await expect(page.getByRole('spinbutton', { name: 'Steps per round S' })).toHaveValue(
    String(d.stepsMatch),
  );
  await expect
    .poll(async () => (await barError(page, 'finetune')) / (await barError(page, 'filter')))
    .toBeLessThan(1.03);
  const versus = page.getByTestId('stream-verdict').locator('.stream-versus');
  await expect(versus).toContainText(/Fine-tuning’s error is [\d.]+ % above the filter’s/);
  const pct = Number(/is ([\d.]+) %/.exec((await versus.textContent()) ?? '')![1]);
  expect(pct).toBeLessThan(3);
  await expect(winner(page)).toHaveText(/^The Bayesian filter wins/);
  // Nothing spills sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
  expect(errors).toEqual([]);
});

test('a stream link loads its settings; a bad field is named; presenter mode puts the stream on stage', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const params = new URLSearchParams({ sk: '300', sdk: 'jump', sds: '6', sja: '120', sst: 'x' });
  await page.goto(`/?${params}`);
  await buildWholePage(page);
  await expect(page.locator('.notice')).toContainText('Steps per round ("x")');
  const s: StreamSettings = {
    ...DEFAULT_STREAM,
    rounds: 300,
    driftKind: 'jump',
    driftSize: 6,
    jumpAt: 120,
  };
  await expect(winner(page)).toHaveAttribute('data-winner', selectStreamRun(s).best);
  await expect(page.getByRole('spinbutton', { name: 'Jump round' })).toHaveValue('120');

  // A stream preset's link in presenter mode: the stream's chart replaces the drift chart, in
  // large type, with the preset named.
  const q = encodeLink(DEFAULT_SCENARIO, { ...DEFAULT_VIEW, presenter: true }, null, {
    stream: walk,
  });
  await page.goto(`/?${q}`);
  await buildWholePage(page);
  await expect(page.locator('.preset-banner')).toContainText('A random walk');
  await expect(page.locator('#stream path.plot-stream-filter')).toBeVisible();
  await expect(page.locator('#drift')).toHaveCount(0);
  const tick = await page
    .locator('#stream .recharts-cartesian-axis-tick-value')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(tick).toBeGreaterThanOrEqual(24);
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight - innerHeight),
  ).toBeLessThanOrEqual(0);
});

test('after Match the filter, presenter mode still puts the stream on stage; a two-phase change takes it back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await page
    .getByRole('combobox', { name: 'Load a preset' })
    .selectOption({ label: 'A random walk' });
  await page.getByRole('button', { name: /Match the filter/ }).click();
  // The preset no longer matches (S moved), but the stream is what is being worked on.
  await page.locator('h1').click();
  await page.keyboard.press('p');
  await expect(page.locator('#stream path.plot-stream-filter')).toBeVisible();
  await expect(page.locator('#drift')).toHaveCount(0);
  await page.keyboard.press('p');
  await page.getByRole('slider', { name: 'Learning rate', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('h1').click();
  await page.keyboard.press('p');
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  await expect(page.locator('#stream')).toHaveCount(0);
});

test('from the keyboard, the Sections link takes the focus into the stream; a tour step about the stream shows its chart under the question', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await pageTookOver(page);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Data that keeps arriving' })
    .press('Enter');
  await expect(page.locator('#stream-section-title')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the section, and the page stays there.
  expect(await page.evaluate(() => !!document.activeElement?.closest('#stream-section'))).toBe(
    true,
  );
  await expect(page.locator('#stream-section')).toBeInViewport();

  // The tour, at its first step about the stream: that chart, not the drift chart, is on screen.
  const step = PRESETS.findIndex((p) => p.focus === 'stream');
  await page.locator('h1').click();
  await page.keyboard.press('n');
  for (let i = 0; i < step; i++) await page.keyboard.press('n');
  await expect(
    page.getByRole('heading', { name: `Tour, step ${step + 1} of ${PRESETS.length}` }),
  ).toBeVisible();
  await expect(page.locator('#stream path.plot-stream-filter')).toBeInViewport();
  await expect(page.locator('#drift')).toHaveCount(0);
});
