// Browser test of the length unit: switched live in the lecture builder, every panel, axis and
// export follows at once, with round tick values in the chosen unit.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { figuresSettled, readoutValue, buildWholePage } from './settled';

/** Every part of the page that shows lengths. */
const PANELS = [
  '[data-testid="readout"]',
  '#drift',
  '#losses',
  '#data',
  '#sweep',
  'section.explain',
  '#compare',
  '#resample',
  '#similarity',
  '#tradeoff',
  '#validation',
  '#controls',
];

/** A length or area in cm; table cells and SVG texts run together, so bounded by non-letters. */
const CM = /(?<![a-z])cm(?![a-z])/i;
/** The same in inches: "66.9 in", "in²", "(in)", "(in, log scale)", "\text{in}". */
const IN = /\d in(?![a-z])|in²|\(in\b|\{in\}/i;

async function setUnits(page: Page, name: 'Inches' | 'Centimetres'): Promise<void> {
  await page.getByRole('button', { name: 'Lecture builder' }).click();
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Done' }).click();
}

/** The tick labels of one axis of a chart, as numbers. */
async function ticks(page: Page, axis: string): Promise<number[]> {
  const texts = await page
    .locator(`${axis} .recharts-cartesian-axis-tick-value`)
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  return texts.map(Number);
}

/** Ticks at whole multiples of one round step (1, 2 or 5 × 10^k), as a person would draw them. */
function expectRound(values: number[], what: string): void {
  expect(values.length, what).toBeGreaterThanOrEqual(3);
  expect(values.every(Number.isFinite), `${what}: ${values.join(', ')}`).toBe(true);
  const step = values[1]! - values[0]!;
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  expect([1, 2, 5], `${what} step ${step}`).toContain(Number(mantissa.toFixed(6)));
  for (const v of values) {
    const k = v / step;
    expect(Math.abs(k - Math.round(k)), `${what}: ${v} is not a multiple of ${step}`).toBeLessThan(
      1e-6,
    );
  }
}

test('switching to inches live turns every panel, axis and export to inches', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  // τ > 0 (and no goal: an older link) aims at the new population's ideal and brings in the n_eff
  // formula, with τ and σ² in it.
  await page.goto('/?v=1&tau=2&fs=50&ps=20');
  await buildWholePage(page);
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  await expect(page.locator('.explain .katex').first()).toBeAttached();
  await expect(page.locator('#validation')).toBeAttached();
  await expect(page.locator('#tradeoff .recharts-wrapper')).toBeVisible();
  await figuresSettled(page);
  for (const p of PANELS) expect(await page.locator(p).first().textContent(), p).toMatch(CM);
  const cmTicks = await ticks(page, '#drift .recharts-yAxis-tick-labels');
  const oldMeanCm = (await readoutValue(page, 'Old data mean').textContent())!;

  await setUnits(page, 'Inches');
  // No slider moves: the unit alone must reach every panel.
  await expect(readoutValue(page, 'Old data mean')).toHaveText(/^6\d\.\d in$/);
  await figuresSettled(page);
  for (const p of PANELS) {
    const text = await page.locator(p).first().textContent();
    expect(text, p).not.toMatch(CM);
    expect(text, p).toMatch(IN);
  }
  const oldMeanIn = Number(
    (await readoutValue(page, 'Old data mean').textContent())!.split(' ')[0],
  );
  expect(Math.abs(oldMeanIn - parseFloat(oldMeanCm) / 2.54)).toBeLessThanOrEqual(0.05);
  await expect(page.getByRole('spinbutton', { name: 'Old mean' })).toHaveValue('66.929');
  await expect(page.locator('#drift')).toContainText('predicted height (in)');
  await expect(page.locator('.explain')).toContainText('τ = 0.787 in');

  // Axis ticks are round numbers of inches, not inch values of round centimetres.
  const inTicks = await ticks(page, '#drift .recharts-yAxis-tick-labels');
  expect(inTicks).not.toEqual(cmTicks);
  expectRound(inTicks, 'drift θ axis');
  expectRound(await ticks(page, '#data .recharts-xAxis-tick-labels'), 'data height axis');
  expectRound(await ticks(page, '#sweep .recharts-yAxis-tick-labels'), 'sweep θ axis');
  expectRound(await ticks(page, '#resample .recharts-xAxis-tick-labels'), 'resampling θ axis');
  expectRound(
    await ticks(page, '#similarity .recharts-yAxis-tick-labels'),
    'similarity height axis',
  );
  expectRound(await ticks(page, '#losses .recharts-yAxis-tick-labels'), 'loss axis (in²)');
  // The drift chart's lines are labelled in inches too.
  await expect(page.locator('#drift .plot-label', { hasText: /^ideal, new / })).toHaveText(
    /^ideal, new 6\d\.\d in$/,
  );

  // The trajectory CSV names its unit and holds inches; θ starts at 166 cm = 65.35 in.
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    dialog.locator('.export-row', { hasText: 'Trajectory' }).getByRole('button').click(),
  ]);
  const path = test.info().outputPath('trajectory.csv');
  await dl.saveAs(path);
  const csv = readFileSync(path, 'utf8').trim().split('\n');
  expect(csv[0]).toMatch(/^step,phase,theta_in,loss_old_in2,loss_new_in2,old_mean_in,/);
  expect(csv[1]).toMatch(/^0,init,65\.35/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The link keeps heights in cm: only the unit travels.
  await expect.poll(() => new URL(page.url()).searchParams.get('u')).toBe('in');

  // And back to centimetres, live again.
  await setUnits(page, 'Centimetres');
  await expect(readoutValue(page, 'Old data mean')).toHaveText(oldMeanCm);
  await figuresSettled(page);
  for (const p of PANELS) expect(await page.locator(p).first().textContent(), p).not.toMatch(IN);
  expect(await ticks(page, '#drift .recharts-yAxis-tick-labels')).toEqual(cmTicks);
});
