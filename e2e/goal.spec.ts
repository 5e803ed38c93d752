// Browser tests of the one lesson told consistently: whom θ is for, one closest step everywhere,
// presets that show their lesson, and a comparison that says "diverges" instead of a number.
import { expect, test } from '@playwright/test';
import { buildWholePage, figuresSettled, readoutValue } from './settled';
import { decodeLink } from '../src/state/link';
import { selectGoal, selectIdealStop } from '../src/state/goal';

test('choosing whom θ is for moves the ideal everywhere it is named', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/?tau=3&goal=everyone');
  await buildWholePage(page);
  await figuresSettled(page);
  const forAll = selectGoal(decodeLink('tau=3&goal=everyone').scenario);
  await expect(readoutValue(page, 'Ideal for everyone')).toHaveText(
    `${forAll.ideal.toFixed(1)} cm`,
  );
  await expect(page.locator('#compare thead')).toContainText('Excess for everyone seen so far');

  await page.getByRole('radio', { name: /The new population/ }).check();
  await figuresSettled(page);
  const forNew = selectGoal(decodeLink('tau=3&goal=new').scenario);
  await expect(readoutValue(page, 'Ideal for new (τ = 3)')).toHaveText(
    `${forNew.ideal.toFixed(1)} cm`,
  );
  await expect(page.getByTestId('readout')).toContainText(
    'the ideal for the new population (τ = 3.0 cm)',
  );
  await expect(page.locator('#drift')).toContainText(`ideal, new ${forNew.ideal.toFixed(1)} cm`);
  await expect(page.locator('#compare thead')).toContainText('Excess for the new population');
  await expect(page.locator('#validation tbody')).toContainText(
    'aims at the ideal for the new population (τ = 3.0 cm)',
  );
  // The choice travels in the link.
  await expect(page).toHaveURL(/goal=new/);
});

test('"Land on the ideal" for early stopping, k* on the drift chart and the oracle row name one step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const q = 'on=1000&nn=250&lr=0.002&fs=1500';
  await page.goto(`/?${q}`);
  await buildWholePage(page);
  const stop = selectIdealStop(decodeLink(q).scenario)!;
  const button = page.getByRole('button', { name: /Land on the ideal: stop at step/ });
  await expect(button).toHaveText(`Land on the ideal: stop at step ${stop.step}`);
  await expect(page.locator('#drift')).toContainText(`k* = ${stop.step}:`);
  // The legend counts fine-tuning steps; it also says where k* sits on the whole-run axis.
  const preSteps = decodeLink(q).scenario.preSteps;
  await expect(page.locator('#drift .legend')).toContainText(
    `(step ${(preSteps + stop.step).toLocaleString('en-GB')} on the axis)`,
  );
  const oracle = page.locator('#validation tbody tr', { hasText: 'Oracle' });
  await expect(oracle.locator('td').nth(0)).toHaveText(String(stop.step));
  await expect(oracle.locator('td').nth(1)).toHaveText(`${stop.theta.toFixed(1)} cm`);
  await button.click();
  await figuresSettled(page);
  // The early-stopped run ends at that step's θ, which the readout and the oracle row both show.
  await expect(readoutValue(page, 'θ now')).toHaveText(`${stop.theta.toFixed(1)} cm`);
});

test('a loaded preset shows its goal and lesson until a setting moves', async ({ page }) => {
  await page.goto('/');
  // A key is pressed once the page is on screen (its first render yields, so it may follow the load event).
  await expect(page.getByTestId('readout')).toBeVisible();
  await page.locator('body').press('9');
  const banner = page.getByRole('region', { name: 'Loaded preset' });
  await expect(banner).toContainText('Preset 9: Similar populations, tiny new data');
  await expect(banner).toContainText('θ is for the new population');
  await expect(banner).toContainText('beats naive fine-tuning');
  await page.getByRole('button', { name: 'Draw new data' }).click();
  await expect(banner).toHaveCount(0);
});

test('the comparison says "diverges" for a run past the stability limit, and shows unconverged ends', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  // L2 with λ = 20 at η = 0.1: ηc = 2.1, so it diverges, while naive fine-tuning (ηc = 0.1) does not.
  await page.goto('/?st=l2sp&lam=20&lr=0.1');
  await buildWholePage(page);
  await figuresSettled(page);
  const l2 = page.locator('#compare tbody tr', { hasText: 'L2 toward pre-trained' });
  await expect(l2.locator('td').first()).toHaveText('diverges');
  await expect(l2).not.toContainText(/\d{4,}/);
  // A slow rate: L2 ends short of where it heads, and the table shows both.
  await page.goto('/?st=l2sp&lam=1&lr=0.0005&fs=100');
  await buildWholePage(page);
  await figuresSettled(page);
  const slow = page.locator('#compare tbody tr', { hasText: 'L2 toward pre-trained' });
  await expect(slow.locator('td').first()).toHaveText(/^\d+\.\d\d cm \(→ \d+\.\d\d cm\)$/);
  const end = (await slow.locator('td').first().textContent())!.split(' cm')[0]!;
  await expect(readoutValue(page, 'θ now')).toHaveText(`${Number(end).toFixed(1)} cm`);
});
