// Browser tests of "use your own data": preview, bad lines by number, cancel loses nothing, use, reload, export.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const readout = (page: import('@playwright/test').Page, label: string) =>
  page
    .getByTestId('readout')
    .locator('dt', { hasText: label })
    .locator('xpath=following-sibling::dd[1]');

test('pasted heights with a header and typos: preview, cancel, then use; they survive a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  const before = await readout(page, 'New data mean').textContent();
  await page.getByText('Use your own data').click();
  await page
    .getByLabel('Paste heights (one per line, or CSV)')
    .fill('height\n180\n182\nabc\n\n184\n9999\n');
  await page.getByRole('button', { name: 'Check pasted heights' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '3 heights, mean 182.0 cm, spread 1.6 cm.',
  );
  const problems = page.locator('.import-problems');
  await expect(problems).toContainText('Line 4: “abc” — not a number');
  await expect(problems).toContainText('Line 5: (empty) — empty');
  await expect(problems).toContainText('Line 7: “9999” — not a plausible height in cm');
  // Cancel: nothing already loaded changes.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(readout(page, 'New data mean')).toHaveText(before!);
  // Check again and use them.
  await page.getByRole('button', { name: 'Check pasted heights' }).click();
  await page.getByRole('button', { name: /Drop the 3 and use the rest as the new data/ }).click();
  await expect(readout(page, 'New data mean')).toHaveText('182.0 cm');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toBeDisabled();
  await page.waitForTimeout(400);
  await page.goto('/');
  await expect(readout(page, 'New data mean')).toHaveText('182.0 cm');
  await expect(page.locator('.import-active')).toContainText(
    'your 3 heights from “pasted heights”',
  );

  // The scenario file carries them; a link says it does not.
  await page.getByRole('button', { name: 'Export' }).click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save JSON' }).click(),
  ]);
  const path = test.info().outputPath('scenario.json');
  await dl.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect([...file.imported.new.heights].sort()).toEqual(
    [180, 182, 184].map((h) => expect.closeTo(h, 9)),
  );

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.toolbar-status')).toContainText('not your imported heights');

  await page.getByText('Use your own data').click();
  await page.getByRole('button', { name: 'Use generated new data again' }).click();
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toBeEnabled();
});

test('a file too large or with too many rows gets a clear message', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Use your own data').click();
  await page.getByLabel('Upload a file of heights').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(Array.from({ length: 1_000_001 }, () => '170').join('\n')),
  });
  await expect(page.getByRole('alert')).toContainText('the limit is 1,000,000', {
    timeout: 20_000,
  });
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
});

test('a preset brings its own data: the imported heights are set aside, and stay aside after a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await page.getByText('Use your own data').click();
  await page.getByLabel('Paste heights (one per line, or CSV)').fill('150\n152\n154\n156\n');
  await page.getByRole('button', { name: 'Check pasted heights' }).click();
  await page.getByRole('button', { name: /Use these heights as the new data/ }).click();
  const size = page.getByRole('spinbutton', { name: 'New data size' });
  await expect(size).toHaveValue('4');
  await expect(
    page.getByText(/Your imported heights .* set the size, mean and spread/),
  ).toBeVisible();

  await page.locator('h1').click();
  await page.keyboard.press('1');
  await expect(page.locator('.import-active')).toHaveCount(0);
  await expect(
    page.getByText(/Your imported heights .* set the size, mean and spread/),
  ).toHaveCount(0);
  await expect(size).toBeEnabled();
  await expect(size).not.toHaveValue('4');
  await expect(page.getByText(/imported heights are no longer in use/)).toBeVisible();

  await page.waitForTimeout(400);
  await page.goto('/');
  await expect(page.locator('.import-active')).toHaveCount(0);
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toBeEnabled();
});

test('heights that look like inches read as centimetres get a word, and inches fix them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await page.getByText('Use your own data').click();
  await page.getByLabel('Paste heights (one per line, or CSV)').fill('64\n66\n68\n70\n72\n');
  await page.getByRole('button', { name: 'Check pasted heights' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '5 heights, mean 68.0 cm, spread 2.8 cm.',
  );
  const hint = page.locator('.import').getByText(/is not an adult height: if these are inches/);
  await expect(hint).toBeVisible();
  await page.getByRole('radio', { name: 'inches' }).check();
  await expect(page.getByTestId('import-summary')).toHaveText(/^5 heights, mean 172\.7 cm/);
  await expect(hint).toHaveCount(0);
});
