// Browser tests of real heights: a Galton preset shows the groups' real means and the ideal, from
// the served page and from the single-file build on disk, and a link's bad source is named.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { watchRequests } from './offline';

const readout = (page: Page, role: string) =>
  page.getByTestId('readout').locator(`.readout-item.role-${role} dd`);

/** Keeps only the rows of the pasted table where `column` has the value of `option`: three of six here. */
async function keepRows(page: Page, column: string, option: string) {
  await page
    .getByRole('combobox', { name: /Keep only rows where/ })
    .selectOption({ label: column });
  await page.getByRole('combobox', { name: /^is/ }).selectOption({ label: option });
  await expect(page.getByTestId('import-kept')).toHaveText('Keeping 3 of 6 rows.');
}

const presetMenu = (page: Page) =>
  page.locator('select', { has: page.locator('option', { hasText: 'Presets…' }) });

test('"Galton: men, then women" shows the real means, the ideal, the lesson and the credit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await presetMenu(page).selectOption({ label: 'Galton: men, then women' });
  await expect(readout(page, 'old')).toHaveText('175.9 cm');
  await expect(readout(page, 'new')).toHaveText('162.7 cm');
  await expect(readout(page, 'ideal')).toHaveText('162.7 cm');
  await expect(
    page.getByText(/Galton’s women stand about 13 cm below his men/).first(),
  ).toBeVisible();
  await expect(page.locator('#data')).toContainText('Galton 1886; Hanley 2004; HistData');
  // The real groups' sizes: the slider tops out at the group's count and the page says why.
  await expect(page.getByRole('spinbutton', { name: 'Old data size' })).toHaveValue('686');
  await expect(page.getByText(/Galton measured 686 men \(fathers and sons\)/)).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'New mean' })).toBeDisabled();
  // The link carries the choice.
  await expect(page).toHaveURL(/od=men/);
  await expect(page).toHaveURL(/nd=women/);
  // In inches, the same people.
  await page.goto(`${page.url()}&u=in`);
  await expect(readout(page, 'old')).toHaveText('69.3 in');
  await expect(readout(page, 'new')).toHaveText('64.0 in');
});

test('a link with an unknown source falls back to generated data and names it', async ({
  page,
}) => {
  await page.goto('/?od=uncles&nd=sons&nn=481');
  await expect(page.getByText(/Old data source \("uncles"\)/)).toBeVisible();
  await expect(readout(page, 'new')).toHaveText('175.9 cm');
});

test('the single-file build loads Galton’s heights from disk with no network', async ({ page }) => {
  const watched = watchRequests(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`file://${resolve('dist-single/index.html')}`);
  await presetMenu(page).selectOption({ label: 'Galton: fathers, then sons' });
  await expect(readout(page, 'old')).toHaveText('176.1 cm');
  await expect(readout(page, 'new')).toHaveText('175.9 cm');
  await expect(readout(page, 'ideal')).toHaveText('175.9 cm');
  expect(watched.outside()).toEqual([]);
  expect(watched.errors).toEqual([]);
});

test('a multi-column table: filter by a column, see the kept count, train on that group', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await page.getByText('Use your own data').click();
  await page
    .getByLabel('Paste heights (one per line, or CSV)')
    .fill(
      'name,gender,height\nAda,female,160\nBo,male,180\nCy,female,170\nDi,male,176\nEd,female,oops\nFay,male,182\n',
    );
  await page.getByRole('button', { name: 'Check pasted heights' }).click();
  await expect(page.getByTestId('import-kept')).toHaveText('Every row: 6.');
  await keepRows(page, 'gender', 'female (3)');
  await expect(page.getByTestId('import-summary')).toHaveText(
    '2 heights, mean 165.0 cm, spread 5.0 cm.',
  );
  await expect(page.locator('.import-problems')).toContainText('Line 6: “oops” — not a number');
  // Cancel loses nothing, and checking again starts from every row.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Check pasted heights' }).click();
  await expect(page.getByTestId('import-kept')).toHaveText('Every row: 6.');
  await keepRows(page, 'gender', 'male (3)');
  await page.getByRole('button', { name: 'Use these heights as the new data' }).click();
  await expect(readout(page, 'new')).toHaveText('179.3 cm');
  await expect(page.locator('.import-active')).toContainText('gender = male');
});

test('a frequency table: a column of counts weighs each row, fractions included', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await page.getByText('Use your own data').click();
  await page
    .getByLabel('Paste heights (one per line, or CSV)')
    .fill('height,count\n160,2\n170,0.5\n180,1.5\n175,0\n');
  await page.getByRole('button', { name: 'Check pasted heights' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '4 heights, mean 171.3 cm, spread 7.4 cm.',
  );
  await page
    .getByRole('combobox', { name: 'Each row stands for' })
    .selectOption({ label: 'the number of people in “count”' });
  // (160·2 + 170·0.5 + 180·1.5) / 4 people = 168.75 cm; the row of weight 0 is named, not used.
  await expect(page.getByTestId('import-summary')).toHaveText(
    '3 rows standing for 4 people, mean 168.8 cm, spread 9.3 cm.',
  );
  await expect(page.locator('.import-problems')).toContainText(
    'Line 5: “0” — a weight must be above 0',
  );
  await page.getByRole('button', { name: 'Drop the 1 and use the rest as the new data' }).click();
  await expect(readout(page, 'new')).toHaveText('168.8 cm');
  await expect(page.locator('.import-active')).toContainText('3 rows (4 people)');
  // The data chart counts people too.
  await expect(page.locator('#data')).toContainText('(n = 4)');
});

test('choosing a real group for a dataset larger than the group keeps the page working, whenever it is chosen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const watched = watchRequests(page);
  await page.goto('/');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  // The default old size, 1,000, is more than the 205 fathers; the page has settled before the choice.
  await page.waitForTimeout(2000);
  await page
    .getByRole('combobox', { name: 'Old heights' })
    .selectOption({ label: 'Real: Galton’s fathers' });
  await expect(readout(page, 'old')).toHaveText(/^17[56]\.\d cm$/);
  await expect(page.getByRole('spinbutton', { name: 'Old data size' })).toHaveValue('205');
  await page
    .getByRole('combobox', { name: 'New heights' })
    .selectOption({ label: 'Real: Galton’s all women' });
  await expect(readout(page, 'new')).toHaveText(/^16[23]\.\d cm$/);
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  expect(watched.errors).toEqual([]);
});
