// Accessibility of the built page: axe-core on every layout and theme, keyboard reach of every
// setting, visible focus rings, and no motion the user did not ask for.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildWholePage, settledText } from './settled';
import type { Locator, Page } from '@playwright/test';

test.use({ bypassCSP: true });

const DESKTOP = { width: 1280, height: 800 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

/**
 * Opens the page and waits until the charts and the lazily loaded formulas are in place. At step 0
 * the drift line has no points yet, so there it need only be in the DOM.
 */
async function open(page: Page, path = '/', { atStart = false } = {}): Promise<void> {
  await page.goto(path);
  const line = page.locator('#drift .plot-theta').first();
  await (atStart ? expect(line).toBeAttached() : expect(line).toBeVisible());
  // Presenter mode leaves the formulas and the sections below out; elsewhere axe checks them all.
  if (!path.includes('pres=1')) {
    await buildWholePage(page);
    await expect(page.locator('.explain .katex').first()).toBeAttached();
  }
}

/** Runs axe and fails with one readable line per violation and per failing element. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const report = results.violations.map((v) =>
    [
      `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} — ${v.helpUrl}`,
      ...v.nodes.map(
        (n) =>
          `    ${n.target.map(String).join(' >> ')}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`,
      ),
    ].join('\n'),
  );
  expect(report, `axe found ${report.length} violation(s):\n\n${report.join('\n\n')}`).toEqual([]);
}

test.describe('axe finds no violations', () => {
  test('default view at 1280×800', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page);
    await expectNoAxeViolations(page);
  });

  test('presenter mode at 1920×1080', async ({ page }) => {
    await page.setViewportSize(PROJECTOR);
    await open(page, '/?pres=1');
    await expect(page.locator('.app.presenter')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('dark theme at 1280×800', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(DESKTOP);
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the export menu, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(DESKTOP);
      await open(page);
      await page.getByRole('button', { name: 'Export' }).click();
      await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('phone layout at 390×844', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page);
    await expectNoAxeViolations(page);
  });

  test('phone layout with the settings drawer open', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('slider', { name: 'New data size' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('keyboard', () => {
  test('Tab reaches every control in the settings panel', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page);
    // Tag every visible, enabled control. A radio group is one Tab stop (arrows move within
    // it), so its radios share one tag.
    const targets = await page.evaluate(() => {
      const names: string[] = [];
      const els = document.querySelectorAll<HTMLElement>(
        '#controls input, #controls select, #controls button',
      );
      for (const el of els) {
        const disabled = (el as HTMLInputElement).disabled;
        if (disabled || !el.checkVisibility({ visibilityProperty: true })) continue;
        const input = el instanceof HTMLInputElement ? el : null;
        const label =
          input?.type === 'radio'
            ? `radio group "${input.name}"`
            : `${el.tagName.toLowerCase()}${input ? `[type=${input.type}]` : ''} "${
                el.getAttribute('aria-label') ??
                (input?.labels?.[0]?.textContent ?? el.textContent ?? '').trim()
              }"`;
        let id = names.indexOf(label);
        if (id < 0 || input?.type !== 'radio') {
          id = names.length;
          names.push(label);
        }
        el.dataset.a11yTab = String(id);
      }
      const reached = new Set<number>();
      (window as unknown as { __reached: Set<number> }).__reached = reached;
      document.addEventListener('focusin', (e) => {
        const tag = (e.target as HTMLElement).dataset?.a11yTab;
        if (tag !== undefined) reached.add(Number(tag));
      });
      return names;
    });
    expect(targets.length).toBeGreaterThan(20);
    // From the top of the page: nothing focused yet.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const limit = 3 * targets.length + 200;
    let presses = 0;
    let reached: number[] = [];
    while (presses < limit) {
      for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
      presses += 10;
      reached = await page.evaluate(() => [
        ...(window as unknown as { __reached: Set<number> }).__reached,
      ]);
      if (reached.length === targets.length) break;
    }
    test.info().annotations.push({
      type: 'tab stops',
      description: `${reached.length} of ${targets.length} settings reached in ${presses} presses`,
    });
    const missed = targets.filter((_, i) => !reached.includes(i));
    expect(missed, `not reachable with Tab within ${presses} presses`).toEqual([]);
  });

  test('a focused slider and a focused button show a visible focus ring', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await open(page);
    const ring = (selector: Locator) =>
      selector.evaluate((el) => {
        const cs = getComputedStyle(el);
        return {
          focusVisible: el.matches(':focus-visible'),
          outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
          outlineStyle: cs.outlineStyle,
          outlineWidth: parseFloat(cs.outlineWidth),
          boxShadow: cs.boxShadow,
        };
      });
    const targets = [
      page.getByRole('slider', { name: 'New data size' }),
      page.getByRole('button', { name: 'Draw new data' }),
      page.getByRole('button', { name: 'Play' }),
    ];
    for (const target of targets) {
      // Focus the control before it, then Tab: focus by keyboard, as a keyboard user would.
      await target.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      const focused = await ring(target);
      const name = await target.evaluate(
        (el) => el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent,
      );
      expect(focused.focusVisible, `${name} matches :focus-visible`).toBe(true);
      const visible =
        (focused.outlineStyle !== 'none' && focused.outlineWidth > 0) ||
        focused.boxShadow !== 'none';
      expect(visible, `${name}: outline ${focused.outline}, box-shadow ${focused.boxShadow}`).toBe(
        true,
      );
      await target.blur();
      const blurred = await ring(target);
      expect(
        `${blurred.outline} | ${blurred.boxShadow}`,
        `${name}: the ring should appear only with focus`,
      ).not.toBe(`${focused.outline} | ${focused.boxShadow}`);
    }
  });

  test('with reduced motion the page does not start playing on its own', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(DESKTOP);
    // At the end of the run (the default) and at step 0, where a playing run would move.
    for (const path of ['/', '/?t=0']) {
      await open(page, path, { atStart: path.includes('t=0') });
      const before = await settledText(page, 'Step');
      await page.waitForTimeout(1000);
      expect(await settledText(page, 'Step'), path).toBe(before);
      await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    }
  });
});
