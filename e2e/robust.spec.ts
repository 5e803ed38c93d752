// Browser tests of robustness: every slider to both ends, nothing lost on reload, no requests to other origins.
import { expect, test } from '@playwright/test';
import { figuresSettled, SETTINGS_SLIDERS as SLIDERS, buildWholePage } from './settled';
import { watchErrors } from './consoleErrors';

test('every slider to both ends: the page keeps working and never shows NaN or Infinity', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/?fs=2000&ps=200');
  for (const name of SLIDERS) {
    const slider = page.getByRole('slider', { name, exact: true });
    for (const key of ['End', 'Home', 'End']) {
      await slider.focus();
      await page.keyboard.press(key);
      await figuresSettled(page);
      const text = await page.locator('main').innerText();
      expect(text, `${name} at ${key}`).not.toMatch(/\bNaN\b|Infinity|undefined/);
      await expect(page.locator('#drift .chart-body')).toBeVisible();
    }
    // Back to a sane value for the next slider.
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByRole('button', { name: 'Yes, reset' }).click();
  }
  expect(errors).toEqual([]);
});

test('a learning rate past the stability limit: the readout names the step and the limit, the chart stops there', async ({
  page,
}) => {
  await page.goto('/?lr=1.5');
  const readout = page.getByTestId('readout');
  await expect(readout).toContainText(/The run diverged at step \d+/);
  await expect(readout).toContainText('ηc < 1');
  await expect(page.locator('#drift figcaption')).toContainText(
    'The chart shows the run up to step',
  );
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
});

test('nothing lost: the scenario comes back after a reload; reset asks first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('spinbutton', { name: 'New data size' }).fill('321');
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: /Replay old data/ }).check();
  // The saved copy is written with the address; wait for it rather than for a fixed time.
  await expect(page).toHaveURL(/nn=321/);
  await expect(page).toHaveURL(/st=replay/);
  // Reload without the address's query: the saved copy restores it.
  await page.goto('/');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('321');
  await expect(page.getByRole('radio', { name: /Replay old data/ })).toBeChecked();
  await expect(
    page.getByRole('status').filter({ hasText: 'last scenario was restored' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.getByRole('button', { name: 'Keep my settings' }).click();
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('321');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('50');
});

test("no requests leave the page's own origin, and the CSP forbids inline script and eval", async ({
  page,
}) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (
      u.host !== `127.0.0.1:${process.env.E2E_PORT ?? 4173}` &&
      !['data:', 'blob:'].includes(u.protocol)
    )
      foreign.push(r.url());
  });
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto('/');
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  // Every part of the page built, so every file it can ask for has been asked for.
  await buildWholePage(page);
  await expect(page.locator('.explain math').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  violations.push(
    ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []),
  );
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a diverging run leaves no NaN in any chart, the lessons included', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  for (const q of [
    'lr=2&st=early&k=40',
    'lr=1.2&st=l2sp&lam=1000',
    'plr=2&ps=300',
    'nn=1&on=1&os=0&ns=0&tau=3',
  ]) {
    await page.goto(`/?${q}`);
    await buildWholePage(page);
    await expect(page.locator('#resample .recharts-wrapper')).toBeVisible();
    await expect(page.locator('#tradeoff .recharts-wrapper')).toBeVisible();
    await figuresSettled(page);
    expect(await page.locator('main').innerText(), q).not.toMatch(/\bNaN\b|Infinity/);
  }
  expect(errors).toEqual([]);
});

test('a panel that fails shows its own message and a retry; the rest of the page keeps working', async ({
  page,
}) => {
  // The formulas come in a separate file; when it cannot load, only their panel says so.
  await page.route(/Explanation-[^/]*\.js$/, (route) => route.abort());
  page.on('pageerror', () => {});
  await page.goto('/');
  await buildWholePage(page);
  const failed = page.getByRole('alert').filter({ hasText: 'The explanation could not be drawn' });
  await expect(failed).toBeVisible();
  await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  const before = await page.getByTestId('readout').innerText();
  await page.getByRole('spinbutton', { name: 'New data size' }).fill('400');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('readout')).not.toHaveText(before);

  // Once the file can be fetched again, Try again loads the panel then and there: no reload.
  await page.unroute(/Explanation-[^/]*\.js$/);
  await page.evaluate(
    () => ((window as unknown as { sameDocument?: boolean }).sameDocument = true),
  );
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'What is going on' })).toBeVisible();
  await expect(page.locator('section.explain .katex').first()).toBeVisible();
  await expect(failed).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);
});
