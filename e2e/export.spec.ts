// Browser tests of the exports for slides: every chart as SVG and PNG with its title and legend, light
// or dark whatever the page shows, with no console error; the CSVs in the page's unit; the embed
// snippet; and pinned runs and the theme in the link.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DARK, LIGHT } from '../src/ui/palette';
import { watchErrors } from './consoleErrors';
import { figuresSettled, buildWholePage } from './settled';

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export' }).click();
  return page.getByRole('dialog', { name: 'Export' });
}

async function save(page: Page, dialog: Locator, row: string, button: RegExp) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    dialog.locator('.export-row', { hasText: row }).getByRole('button', { name: button }).click(),
  ]);
  const path = test.info().outputPath(dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), path };
}

/** The text of every <text> in an SVG file, tspans joined. */
const svgTexts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .trim(),
  );

const pngSize = (path: string) => {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

async function lessonsDrawn(page: Page) {
  await expect(page.locator('#compare .recharts-wrapper')).toBeVisible();
  await page.locator('#tradeoff').scrollIntoViewIfNeeded();
  await expect(page.locator('#tradeoff .recharts-wrapper')).toBeVisible();
  await figuresSettled(page);
}

test('the drift chart and a lessons chart export as SVG with their title, legend and axis titles', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  // The page is dark; pictures are light unless asked otherwise.
  await page.goto('/?v=1&theme=dark');
  await buildWholePage(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await lessonsDrawn(page);
  const dialog = await openExport(page);
  await expect(dialog.getByRole('radio', { name: 'Light (for slides)' })).toBeChecked();

  const drift = await save(page, dialog, 'Drift chart', /^SVG$/);
  expect(drift.name).toBe('drift.svg');
  const driftSvg = readFileSync(drift.path, 'utf8');
  const driftTexts = svgTexts(driftSvg);
  expect(driftTexts).toContain('Drift: where θ goes during training');
  for (const label of [
    'θ, the learned height',
    'Old data mean',
    'New data mean',
    'Ideal for everyone',
  ])
    expect(driftTexts).toContain(label);
  expect(driftTexts).toContain('Training step');
  expect(driftTexts).toContain('θ, predicted height (cm)');
  expect(driftSvg).toContain(`fill="${LIGHT.surface}"`);
  expect(driftSvg.toLowerCase()).not.toContain(DARK.surface.toLowerCase());
  expect(driftSvg).not.toMatch(/\sstyle=/);
  // The y-axis title stays centred on its axis, as the page's inline style had it.
  const yTitle = [...driftSvg.matchAll(/<text\b[^>]*>[\s\S]*?<\/text>/g)].find((m) =>
    m[0].includes('predicted height'),
  )!;
  expect(yTitle[0]).toMatch(/^<text[^>]*text-anchor="middle"/);

  const compare = await save(page, dialog, 'Strategy comparison', /^SVG$/);
  const compareTexts = svgTexts(readFileSync(compare.path, 'utf8'));
  expect(compareTexts).toContain('Which strategy wins? Every strategy on both populations');
  expect(compareTexts).toContain('On the old data population');
  expect(compareTexts).toContain('On the new data population');
  expect(compareTexts).toContain('Excess squared error (cm²)');

  await dialog.getByRole('radio', { name: 'Dark' }).check();
  const dark = await save(page, dialog, 'Spread over resamples', /^SVG$/);
  expect(dark.name).toBe('resample-dark.svg');
  const darkSvg = readFileSync(dark.path, 'utf8');
  expect(svgTexts(darkSvg)).toContain('Median final θ');
  expect(darkSvg).toContain(`fill="${DARK.surface}"`);
});

test('every chart exports as a PNG at twice its size with no console error', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/?v=1&fs=80&ps=20');
  await buildWholePage(page);
  await lessonsDrawn(page);
  const dialog = await openExport(page);
  const rows = [
    'Drift chart',
    'Loss chart',
    'Data chart',
    'Size sweep',
    'Strategy comparison',
    'Spread over resamples',
    'Similarity τ',
    'Trade-off',
  ];
  for (const row of rows) {
    const svg = readFileSync((await save(page, dialog, row, /^SVG$/)).path, 'utf8');
    const width = Number(/^<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
    const height = Number(/^<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
    const png = await save(page, dialog, row, /PNG/);
    expect(png.name).toMatch(/@2x\.png$/);
    expect(pngSize(png.path), row).toEqual({ width: 2 * width, height: 2 * height });
  }
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  pngSize((await save(page, dialog, 'Drift chart', /PNG/)).path);
  expect(errors).toEqual([]);
});

test('the CSVs in inches say inches, and the comparison CSV follows the table', async ({
  page,
}) => {
  await page.goto('/?v=1&fs=50&ps=20&u=in&st=l2sp&lam=20');
  await buildWholePage(page);
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  await expect(page.locator('#compare .data-table')).toBeVisible();
  const dialog = await openExport(page);
  const run = Papa.parse<string[]>(
    readFileSync((await save(page, dialog, 'Trajectory', /CSV/)).path, 'utf8').trim(),
  ).data;
  // Every length and loss column names inches; the context columns follow the losses.
  expect(run[0]!.slice(0, 2)).toEqual(['step', 'phase']);
  expect(run[0]!.slice(2, 10).every((h) => /_in2?$/.test(h))).toBe(true);
  expect(run[0]).toEqual(expect.arrayContaining(['theta_in', 'old_mean_in', 'ideal_new_in']));
  expect(run[0]!.slice(10)).toEqual(['goal', 'strategy']);
  expect(run).toHaveLength(1 + 71);
  // 166 cm is 65.3543 in, to six significant digits.
  expect(run[1]!.slice(0, 3)).toEqual(['0', 'init', '65.3543']);
  expect(run[1]!.slice(10)).toEqual(['everyone', 'L2 λ=20']);
  for (const row of run.slice(1))
    for (const cell of row.slice(2, 10))
      expect(cell.replace(/^-?0*\.?0*/, '').replace('.', '').length).toBeLessThanOrEqual(6);

  const table = Papa.parse<string[]>(
    readFileSync((await save(page, dialog, 'Comparison table', /CSV/)).path, 'utf8').trim(),
  ).data;
  expect(table[0]!.slice(2, 7).every((h) => /_in2?$/.test(h))).toBe(true);
  expect(table[0]).toEqual(expect.arrayContaining(['theta_end_in', 'excess_for_everyone_in2']));
  const shown = await page.locator('#compare .data-table tbody th').allTextContents();
  expect(table.slice(1).map((r) => r[0])).toEqual(shown);
  const best = await page.locator('#compare .data-table tr.is-best th').textContent();
  expect(table.slice(1).find((r) => r[7] === 'best')?.[0]).toBe(best);
});

test('a run that diverges says so in the comparison CSV, as the table does', async ({ page }) => {
  // A learning rate past the stability limit: naive fine-tuning diverges.
  await page.goto('/?v=1&lr=1.2&fs=200');
  await buildWholePage(page);
  await expect(page.locator('#compare .data-table')).toContainText('diverges');
  const dialog = await openExport(page);
  const table = Papa.parse<string[]>(
    readFileSync((await save(page, dialog, 'Comparison table', /CSV/)).path, 'utf8').trim(),
  ).data;
  const naive = table.find((r) => r[0] === 'Naive fine-tuning, to convergence')!;
  expect(naive.slice(2, 4)).toEqual(['diverges', 'diverges']);
});

test('the embed snippet holds the whole drift chart, x-axis included', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  const dialog = await openExport(page);
  const snippet = await dialog.getByLabel('Embed snippet').inputValue();
  expect(snippet).toMatch(/embed=1/);
  expect(snippet).toMatch(/hide=losses%2Cdata%2Csweep%2Cexplain%2Clessons/);
  const height = Number(/height="(\d+)"/.exec(snippet)![1]);
  expect(height).toBeGreaterThan(640);

  const host = await context.newPage();
  await host.setViewportSize({ width: 1280, height: 1400 });
  await host.setContent(`<!doctype html><body style="margin:0">${snippet}</body>`);
  await expect(host.frameLocator('iframe').locator('#drift .plot-theta').first()).toBeVisible();
  const frame = host.frames().find((f) => f.url().includes('embed=1'))!;
  await expect
    .poll(() =>
      frame.evaluate(() => {
        const axis = [...document.querySelectorAll('#drift text')].find(
          (t) => t.textContent === 'Training step',
        );
        const scroller = document.scrollingElement!;
        return {
          axisInside: !!axis && axis.getBoundingClientRect().bottom <= window.innerHeight,
          scrolls: scroller.scrollHeight > scroller.clientHeight + 1,
          others: document.querySelectorAll('#losses, #data, #sweep, .lessons').length,
        };
      }),
    )
    .toEqual({ axisInside: true, scrolls: false, others: 0 });
});

test('pinned runs and the theme travel in a link and load back from it', async ({ page }) => {
  await page.goto('/?v=1&theme=dark&pin=st:l2sp,lam:20');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const legend = page.locator('#drift .legend');
  await expect(legend).toContainText('Pinned 1: L2 λ=20 · 1,000 old / 50 new');
  // Pin the current run too; the address gains it.
  await page.getByRole('button', { name: 'Pin this run' }).click();
  await expect(legend).toContainText('Pinned 2: naive · 1,000 old / 50 new');
  await expect
    .poll(() => new URL(page.url()).searchParams.getAll('pin'))
    .toEqual(['st:l2sp,lam:20', '']);
  expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');

  // The link as written opens the same pins and theme in a fresh page.
  const link = page.url();
  const fresh = await page.context().newPage();
  await fresh.emulateMedia({ colorScheme: 'light' });
  await fresh.goto(link);
  await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(fresh.locator('#drift .legend')).toContainText('Pinned 1: L2 λ=20');
  await expect(fresh.locator('#drift .legend')).toContainText('Pinned 2: naive');
  await expect(fresh.locator('#drift path.plot-pin')).toHaveCount(2);

  // The light theme chosen on the page replaces dark in the address.
  await fresh.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect.poll(() => new URL(fresh.url()).searchParams.get('theme')).toBe('light');
});

test('a damaged pin or theme in a link falls back and the notice names it', async ({ page }) => {
  await page.goto('/?v=1&theme=sepia&pin=st:l2sp,lam:oops&pin=zz:1');
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('Theme ("sepia")');
  await expect(notice).toContainText('Pinned run 1: L2 strength ("oops")');
  await expect(notice).toContainText('Pinned run 2: unknown setting "zz"');
  // Both pins still show, with the bad setting as the scenario has it.
  await expect(page.locator('#drift .legend')).toContainText(
    'Pinned 1: L2 λ=1 · 1,000 old / 50 new',
  );
  await expect(page.locator('#drift path.plot-pin')).toHaveCount(2);
});

test('from the single-file build a PNG exports with no console error, and the embed explains hosting', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`file://${resolve('dist-single/index.html')}`);
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  const dialog = await openExport(page);
  pngSize((await save(page, dialog, 'Drift chart', /PNG/)).path);
  await expect(dialog).toContainText('another page cannot embed a file on your disk');
  await expect(dialog).toContainText('web server');
  const snippet = await dialog.getByLabel('Embed snippet').inputValue();
  expect(snippet).not.toContain('file:');
  expect(snippet).toContain('HOSTED-PAGE-ADDRESS/?v=1');
  expect(errors).toEqual([]);
});

test('the chosen theme comes back on the next visit, without a restored-scenario notice', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'last scenario was restored' }),
  ).toHaveCount(0);
});
