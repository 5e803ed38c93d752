// A phone on a slow connection sees the page's header and its welcome as soon as the HTML and the
// stylesheet are in, before the page's script arrives, and nothing moves when the page takes over:
// same words, same places. Links that open another view wait for the page, as they must.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Holds the page's script back until `release` is called, so the screen before it can be read. */
async function holdScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Opens the address with the page's script held back and, if given, a scenario kept from an earlier
 * visit, once the HTML has been read to its end (the page's script, deferred, runs only after that):
 * what is on screen then is what the HTML alone draws. Returns the release of the script.
 */
async function openHeld(page: Page, query: string, stored: string | null): Promise<() => void> {
  if (stored)
    await page.addInitScript((q) => localStorage.setItem('fine-tuning-playground:last', q), stored);
  const release = await holdScript(page);
  await page.goto(`/${query}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  return release;
}

/** What a reader sees of the first screen: the header's words, and where the header and welcome are. */
const firstScreen = (page: Page) =>
  page.evaluate(() => {
    const box = (sel: string) => {
      const e = document.querySelector(sel);
      if (!e) return null;
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    };
    const header = document.querySelector<HTMLElement>('.app-header');
    return {
      header: header?.innerText ?? null,
      headerBox: box('.app-header'),
      welcome: document.querySelector<HTMLElement>('.start-here')?.innerText ?? null,
      welcomeBox: box('.start-here'),
      language: document.querySelector<HTMLSelectElement>('#language-select')?.value ?? null,
      theme: document.documentElement.dataset.theme ?? null,
      lang: document.documentElement.lang,
    };
  });

const drawn = (page: Page) => page.locator('#drift .plot-theta').first().waitFor();

const PHONE = { width: 390, height: 844 };
const VISITS = [
  ['a phone', PHONE, '', 'light', 'Start here'],
  ['a laptop', { width: 1366, height: 768 }, '', 'light', 'Start here'],
  ['a projector, German, dark', { width: 1920, height: 1080 }, '?lang=de', 'dark', 'Hier beginnen'],
  ['a phone, Chinese, dark', PHONE, '?lang=zh-Hans', 'dark', '从这里开始'],
] as const;

for (const [name, size, query, scheme, words] of VISITS) {
  test(`on ${name}, the first screen is there before the script and stays put when the page takes over`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: size, colorScheme: scheme });
    const page = await context.newPage();
    const release = await holdScript(page);
    await page.goto(`/${query}`, { waitUntil: 'commit' });
    await expect(page.locator('.start-here')).toContainText(words);
    // A picture of the controls until the page can answer them: nothing in it takes a tap or focus.
    await expect(page.locator('#root > .app')).toHaveJSProperty('inert', true);
    const before = await firstScreen(page);
    release();
    await drawn(page);
    await expect(page.locator('#root > .app')).toHaveJSProperty('inert', false);
    const after = await firstScreen(page);
    expect(after.theme).toBe(scheme);
    expect(before).toEqual(after);
    await context.close();
  });
}

test('a returning reader gets the header without the welcome they dismissed', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('fine-tuning-playground:welcomed', '1');
  });
  const release = await holdScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('.app-header h1')).toHaveText('Fine-Tuning Playground');
  await expect(page.locator('.start-here')).toHaveCount(0);
  release();
  await drawn(page);
  await expect(page.locator('.start-here')).toHaveCount(0);
});

test('a dark room sees no light frame: a presenter link and a kept dark theme are dark from the first paint', async ({
  browser,
}) => {
  for (const { scheme, query, stored } of [
    { scheme: 'dark', query: '?pres=1', stored: null },
    { scheme: 'light', query: '', stored: 'nn=50&theme=dark' },
  ] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const release = await openHeld(page, query, stored);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    release();
    await drawn(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await context.close();
  }
});

for (const { name, query, stored } of [
  { name: 'a link to presenter mode', query: '?pres=1', stored: null },
  { name: 'a link with a language the page does not speak', query: '?lang=xx', stored: null },
  { name: 'a scenario kept from an earlier visit', query: '', stored: 'nn=50' },
]) {
  test(`${name} waits for the page instead of showing a first screen it would not match`, async ({
    page,
  }) => {
    const release = await openHeld(page, query, stored);
    await expect(page.locator('#root')).toBeEmpty();
    release();
    await drawn(page);
  });
}
