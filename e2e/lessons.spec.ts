// Browser tests of the deeper lessons: the comparison and the effective size follow the size and τ controls.
import { expect, test } from '@playwright/test';
import { buildWholePage, figuresSettled } from './settled';
import { formatSig } from '../src/ui/format';
import { selectIdeals } from '../src/state/derived';
import { selectComparison } from '../src/state/lessons';
import { decodeLink } from '../src/state/link';

const ideals = (q: string) => selectIdeals(decodeLink(q).scenario);

test('the effective size and the comparison follow the size and τ controls', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const q = 'on=1000&nn=10&tau=1.6';
  await page.goto(`/?${q}`);
  await buildWholePage(page);
  const similarity = page.locator('#similarity figcaption');
  await expect(similarity).toContainText(
    `The 1,000 old heights are worth ${formatSig(ideals(q).nEff, 3)} new ones`,
  );

  const naiveRow = page.locator('#compare tbody tr', { hasText: 'Naive fine-tuning' });
  await expect(naiveRow.locator('td').first()).toHaveText(
    `${ideals(q).newSummary.mean.toFixed(2)} cm`,
  );

  // A bigger new dataset: the naive row moves to the new sample mean, n_eff to its new value.
  await page.getByRole('spinbutton', { name: 'New data size' }).fill('500');
  await page.keyboard.press('Enter');
  const q2 = 'on=1000&nn=500&tau=1.6';
  await expect(naiveRow.locator('td').first()).toHaveText(
    `${ideals(q2).newSummary.mean.toFixed(2)} cm`,
  );
  await expect(similarity).toContainText(`worth ${formatSig(ideals(q2).nEff, 3)} new ones`);

  // A larger τ: the old data counts for less.
  await page.getByRole('spinbutton', { name: 'Similarity tau' }).fill('5');
  await page.keyboard.press('Enter');
  const q3 = 'on=1000&nn=500&tau=5';
  await expect(similarity).toContainText(`worth ${formatSig(ideals(q3).nEff, 3)} new ones`);
  const posterior = selectComparison(decodeLink(q3).scenario).find((r) => r.key === 'posterior')!;
  await expect(
    page
      .locator('#compare tbody tr', { hasText: 'Posterior for the new population' })
      .locator('td')
      .first(),
  ).toHaveText(`${posterior.theta.toFixed(2)} cm`);
});

test('the similar-populations preset shows naive fine-tuning losing to the posterior ideal', async ({
  page,
}) => {
  await page.goto('/');
  await buildWholePage(page);
  await page
    .getByRole('combobox')
    .first()
    .selectOption({ label: '9. Similar populations, tiny new data' });
  const excess = async (name: string) =>
    Number(
      (
        (await page
          .locator('#compare tbody tr', { hasText: name })
          .locator('td')
          .nth(3)
          .textContent()) ?? ''
      ).split(' ')[0],
    );
  await expect(page.locator('#compare tbody tr', { hasText: 'Naive fine-tuning' })).toBeVisible();
  await figuresSettled(page);
  expect(await excess('Naive fine-tuning')).toBeGreaterThan(
    await excess('Posterior for the new population'),
  );
});
