// Takes screenshots of the built page at phone and projector sizes:
// `npx tsx scripts/screenshots.ts [out-dir] [query] [sizes, e.g. 1280x800,390x844]`.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { startPreview } from './previewServer.ts';
import { scrollThroughPage } from './wholePage.ts';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'screenshots';
const query = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
// The shared starter waits for the server and stops its whole process group, so none is left serving.
const server = await startPreview(Number(process.env.SHOT_PORT ?? 4180));
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  const sizes: (readonly [string, number, number, 'light' | 'dark'])[] = process.argv[4]
    ? process.argv[4].split(',').map((wh) => {
        const [w, h] = wh.split('x').map(Number);
        return [wh, w!, h!, 'light'] as const;
      })
    : [
        ['phone', 390, 844, 'light'],
        ['projector', 1920, 1080, 'light'],
        ['projector-dark', 1920, 1080, 'dark'],
      ];
  for (const [name, width, height, scheme] of sizes) {
    const page = await browser.newPage({
      viewport: { width, height },
      colorScheme: scheme,
      hasTouch: width < 600,
      isMobile: width < 600,
    });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.origin}/${query}`);
    await page.waitForSelector('#drift .plot-theta');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
    // The parts below the first screen are built as they come near the view: scroll through the
    // page as a reader would, then back, so the full-page picture shows them drawn.
    await scrollThroughPage(page);
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: `${out}/${name}-full.png`, fullPage: true });
    if (errors.length) console.log(name, 'console errors:', errors);
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
