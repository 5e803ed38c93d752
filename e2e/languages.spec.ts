// The page in each of its languages, as a lecturer in Madrid, Berlin, Paris or Shanghai would use
// it: every word in their language (tour and lessons included), their number format, nothing that
// overflows on a phone or a projector, axe clean, no font fetched, and the choice kept.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildWholePage, figuresSettled, readoutValue } from './settled';
import { watchRequests } from './offline';

test.use({ bypassCSP: true });

const dir = resolve('src/i18n/messages');
const catalogue = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(`${dir}/${locale}.json`, 'utf8'));
const LOCALES = readdirSync(dir)
  .map((f) => f.replace(/\.json$/, ''))
  .filter((l) => l !== 'en');

const words = (text: string) => text.toLowerCase().match(/[a-z]{4,}/g) ?? [];

/**
 * Words that only English uses: every word of the English catalogue that appears nowhere in the
 * language's own. One of these on the page is English that leaked through.
 */
function englishOnly(locale: string): Set<string> {
  const own = new Set(Object.values(catalogue(locale)).flatMap(words));
  return new Set(
    Object.values(catalogue('en'))
      .flatMap(words)
      .filter((w) => !own.has(w)),
  );
}

/** Every text a reader sees or hears on the page: text, labels, titles and placeholders. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      // The language menu names each language in itself; MathML repeats the formula for readers.
      if (!text || !el || el.closest('option, .katex-mathml, script, style')) continue;
      if (el.closest('[hidden]') || !el.checkVisibility()) {
        if (!el.closest('.visually-hidden')) continue;
      }
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const a of ['aria-label', 'title', 'placeholder', 'alt'])
        if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    return out;
  });
}

async function expectNoEnglish(page: Page, locale: string, where: string): Promise<void> {
  const only = englishOnly(locale);
  const leaks = (await pageTexts(page)).filter((text) => words(text).some((w) => only.has(w)));
  expect(leaks, `English on the ${locale} page (${where})`).toEqual([]);
}

/** Boxes whose text does not fit: the page scrolling sideways, or a control's words cut off. */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) out.push(`page is ${doc.scrollWidth}px wide`);
    const boxes = document.querySelectorAll(
      'button, label, select, h1, h2, h3, legend, summary, dt, dd, th, .chart-legend li',
    );
    for (const el of boxes) {
      // A box that scrolls is meant to; a heading only screen readers hear is clipped on purpose.
      if (!(el instanceof HTMLElement)) continue;
      // A transparent control (the language menu laid over its mark on a phone) shows no text to cut.
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (el.closest('.scroll-box, .visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 2)
        out.push(`${el.tagName.toLowerCase()} “${el.textContent?.trim().slice(0, 40)}”`);
    }
    return out;
  });
}

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1920, height: 1080 },
];

for (const locale of LOCALES) {
  for (const size of SIZES) {
    test(`${locale} at ${size.width}×${size.height}: all in ${locale}, nothing overflows, axe clean`, async ({
      page,
    }) => {
      const watched = watchRequests(page);
      await page.setViewportSize(size);
      await page.goto(`/?lang=${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('#drift .plot-theta')).toBeVisible();
      await buildWholePage(page);
      await figuresSettled(page);
      await expectNoEnglish(page, locale, 'the whole page');
      expect(await overflows(page)).toEqual([]);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);

      // The tour, its answer, and the shortcuts are the lecture: they speak the language too.
      await page.keyboard.press('n');
      await expect(page.locator('.tour')).toBeVisible();
      await expectNoEnglish(page, locale, 'the tour');
      await page.keyboard.press('a');
      await figuresSettled(page);
      await expectNoEnglish(page, locale, 'the tour’s answer');
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await expectNoEnglish(page, locale, 'the shortcuts');
      const outside = watched.outside().filter((u) => !u.startsWith('http://127.0.0.1'));
      expect(outside, 'requests outside the page’s origin').toEqual([]);
      expect(watched.errors).toEqual([]);
    });
  }
}

test('German writes decimal commas and reads them in a field; the link’s numbers stay neutral', async ({
  page,
}) => {
  await page.goto('/?lang=de');
  await figuresSettled(page);
  await expect(readoutValue(page, 'θ').first()).toHaveText(/^\d{3},\d cm$/);
  const rate = page.getByRole('spinbutton', { name: 'Lernrate', exact: true });
  await rate.fill('0,05');
  await rate.press('Enter');
  await figuresSettled(page);
  await expect(rate).toHaveValue('0,05');
  await expect.poll(() => new URL(page.url()).searchParams.get('lr')).toBe('0.05');
});

test('the switcher changes the language, keeps the focus, and the choice comes back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const menu = page.getByRole('combobox', { name: 'Language' });
  await menu.selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('combobox', { name: 'Langue' })).toBeFocused();
  await expect(page.locator('h1')).not.toHaveText('Fine-Tuning Playground');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('fr');
  // The next visit, without the link's key, opens in the language chosen.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the browser’s language is the first visit’s, and a link’s unknown lang is named', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.goto('/?lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('status').filter({ hasText: 'xx' })).toBeVisible();
  await context.close();
});

test('the single-file build opens in Chinese from disk, with no network', async ({ page }) => {
  const watched = watchRequests(page);
  await page.goto(`file://${resolve('dist-single/index.html')}?lang=zh-Hans`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  await expectNoEnglish(page, 'zh-Hans', 'the single file');
  expect(watched.outside()).toEqual([]);
  expect(watched.errors).toEqual([]);
});

test('presenter mode in German at 1920×1080 keeps its 24 px type and its one screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?lang=de&pres=1');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  await figuresSettled(page);
  await expectNoEnglish(page, 'de', 'presenter mode');
  expect(await overflows(page)).toEqual([]);
  const scroll = await page.evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight,
  );
  expect(scroll).toBeLessThanOrEqual(0);
});

test('a language whose words do not arrive leaves the page as it was and says so', async ({
  page,
}) => {
  await page.route(/\/words-de-/, (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(
    page.getByRole('status').filter({ hasText: 'Deutsch could not be loaded' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // A link to a language that cannot load opens the page in English rather than not at all.
  await page.goto('/?lang=de');
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('on a small phone, a notice’s button shows its whole word in every language', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const locale of ['en', ...LOCALES]) {
    // A link with a setting the page cannot use: the notice says so above the page.
    await page.goto(`/?lang=${locale}&u=mm`);
    const button = page.locator('.notice button');
    await expect(button).toHaveText(catalogue(locale)['lecture.notice.dismiss']!);
    const { inner, box } = await button.evaluate((b) => ({
      inner: b.scrollWidth,
      box: b.clientWidth,
    }));
    expect(inner, locale).toBeLessThanOrEqual(box);
  }
});
