// Browser tests of the lecture tools: links, presets, keyboard-only driving, presenter mode, export, the single-file build.
import { expect, test } from '@playwright/test';
import { watchRequests } from './offline';
import { readoutValue, settledText, buildWholePage } from './settled';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { selectIdeals, selectRun } from '../src/state/derived';
import { decodeLink } from '../src/state/link';

test('a link with a full scenario opens that exact run', async ({ page }) => {
  const query =
    'v=1&on=2000&om=165.5&os=6&nn=120&nm=181&ns=8&seed=7&init=160&ps=80&plr=0.1&popt=sgd&pb=full&fs=400&lr=0.02&opt=momentum&b=16&st=l2sp&k=3&lam=4&rho=0.5&tau=0&t=250';
  await page.goto(`/?${query}`);
  await expect(page.getByRole('spinbutton', { name: 'Old data size' })).toHaveValue('2000');
  await expect(page.getByRole('spinbutton', { name: 'New mean' })).toHaveValue('181');
  await expect(page.getByRole('spinbutton', { name: 'L2 strength' })).toHaveValue('4');
  await expect(page.getByRole('radio', { name: /L2 toward pre-trained/ })).toBeChecked();
  await expect(page.getByLabel('Optimiser (both phases)')).toHaveValue('momentum');
  await expect(readoutValue(page, 'Step')).toHaveText('250 (fine-tuning)');
  // The same run computed outside the browser, from the same link.
  const expected = selectRun(decodeLink(query).scenario).result!.theta[250]!;
  await expect(readoutValue(page, 'θ now')).toHaveText(`${expected.toFixed(1)} cm`);
  // The address keeps the scenario as the page rewrites it.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('251');
  expect(new URL(page.url()).searchParams.get('on')).toBe('2000');
});

test('a broken link shows the defaults and a notice naming the bad fields', async ({ page }) => {
  await page.goto('/?v=1&nn=abc&lr=9&on=300&zz=1&st=sideways');
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('New data size ("abc")');
  await expect(notice).toContainText('Learning rate ("9")');
  await expect(notice).toContainText('Strategy ("sideways")');
  await expect(notice).toContainText('Unknown setting "zz"');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('50');
  await expect(page.getByRole('spinbutton', { name: 'Old data size' })).toHaveValue('300');
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toHaveCount(0);
});

test('a lecture driven by the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(page.getByTestId('readout')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  // Preset 2: equal sizes.
  await page.keyboard.press('2');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('1000');
  // Presenter mode: the drift chart in large type, the settings out of the way.
  await page.keyboard.press('p');
  await expect(page.locator('.app.presenter')).toHaveCount(1);
  await expect(page.locator('#controls')).toBeHidden();
  const tickSize = await page
    .locator('#drift .recharts-cartesian-axis-tick-value')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(tickSize).toBeGreaterThanOrEqual(24);
  // Back to the start, play, pause.
  await page.keyboard.press('r');
  await expect(readoutValue(page, 'Step')).toHaveText('0 (pre-training)');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(readoutValue(page, 'Step')).toHaveText('100 (pre-training)');
  await page.keyboard.press('ArrowRight');
  await expect(readoutValue(page, 'Step')).toHaveText('101 (fine-tuning)');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.waitForTimeout(300);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const stepText = (await settledText(page, 'Step'))!;
  expect(Number(stepText.split(' ')[0])).toBeGreaterThan(101);
  // The tour: next, next, back.
  await page.keyboard.press('n');
  await expect(
    page.getByRole('heading', { name: /Tour, step 1 of \d+: Tiny new data/ }),
  ).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: /Tour, step 2 of/ })).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByRole('heading', { name: /Tour, step 1 of/ })).toBeVisible();
  // The shortcut list.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await page.keyboard.press('p');
  await expect(page.locator('.app.presenter')).toHaveCount(0);
  // The tour step loaded its preset (tiny new data).
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('10');
});

test('shortcuts do not fire while typing in a field', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('spinbutton', { name: 'Old data size' });
  await field.fill('');
  await field.pressSequentially('2');
  await expect(field).toHaveValue('2');
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('50');
  await expect(page.locator('.app.presenter')).toHaveCount(0);
});

test('presenter mode is legible in both themes', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?pres=1');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
    const label = page.locator('#drift .recharts-label').first();
    expect(
      await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: test.info().outputPath(`presenter-${scheme}.png`) });
  }
});

test('export writes SVG, PNG, CSV and JSON files, and the JSON loads back', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/?v=1&fs=50&ps=20');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const save = async (name: RegExp, row: string) => {
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator('.export-row', { hasText: row }).getByRole('button', { name }).click(),
    ]);
    const path = test.info().outputPath(dl.suggestedFilename());
    await dl.saveAs(path);
    return { name: dl.suggestedFilename(), path };
  };
  const svg = await save(/^SVG$/, 'Drift chart');
  expect(svg.name).toBe('drift.svg');
  const svgText = readFileSync(svg.path, 'utf8');
  expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('plot-theta');

  const png = await save(/PNG/, 'Loss chart');
  const bytes = readFileSync(png.path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const pngWidth = bytes.readUInt32BE(16);
  const shownWidth = await page
    .locator('#losses .recharts-wrapper > svg')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(pngWidth).toBe(Math.round(Math.round(shownWidth) * 2));

  const csv = readFileSync((await save(/CSV/, 'Trajectory')).path, 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toMatch(/^step,phase,theta_cm,loss_old_cm2,loss_new_cm2,old_mean_cm,/);
  expect(csv).toHaveLength(1 + 71);
  expect(csv[1]).toMatch(/^0,init,166,/);
  expect(csv[21]).toMatch(/^20,pretrain,/);
  expect(csv[22]).toMatch(/^21,finetune,/);

  const json = await save(/Save JSON/, 'Scenario');
  const file = JSON.parse(readFileSync(json.path, 'utf8'));
  expect(file.scenario.ftSteps).toBe(50);
  // Change the file and load it back.
  file.scenario.newSize = 321;
  file.scenario.ftLr = 'fast';
  const edited = resolve(test.info().outputPath('edited.json'));
  writeFileSync(edited, JSON.stringify(file));
  await dialog.getByLabel('Scenario file to load').setInputFiles(edited);
  await expect(page.getByRole('spinbutton', { name: 'New data size' })).toHaveValue('321');
  await expect(dialog).toContainText('Learning rate ("fast")');

  const snippet = await dialog.getByLabel('Embed snippet').inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1/);
});

test('the single-file build works from disk with no network', async ({ page }) => {
  const watched = watchRequests(page);
  await page.goto(`file://${resolve('dist-single/index.html')}`);
  await buildWholePage(page);
  await expect(page.locator('#drift .plot-theta').first()).toBeVisible();
  await expect(page.locator('.explain .katex').first()).toBeVisible();
  expect(watched.outside()).toEqual([]);
  expect(watched.errors).toEqual([]);
});

test('predict, then reveal: the ideal stays hidden until a guess is dragged onto the drift chart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/?predict=1');
  await expect(page.getByRole('heading', { name: 'Predict, then reveal' })).toBeVisible();
  await expect(page.getByTestId('readout')).not.toContainText('Ideal for everyone');
  await expect(page.locator('#drift .legend')).not.toContainText('Ideal for everyone');
  await expect(page.getByRole('button', { name: 'Reveal the answer' })).toBeDisabled();
  // Drag on the chart and let go level with a y-axis tick: the guess is that tick's value.
  const grid = (await page.locator('#drift .recharts-cartesian-grid').boundingBox())!;
  const ticks = await page
    .locator('#drift .recharts-cartesian-axis-tick-value')
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
  const yTicks = ticks.filter((t) => t.x < grid.x);
  const target = yTicks[Math.floor(yTicks.length / 2)]!;
  await page.mouse.move(grid.x + grid.width / 2, grid.y + grid.height * 0.1);
  await page.mouse.down();
  await page.mouse.move(grid.x + grid.width / 2, target.y, { steps: 5 });
  await page.mouse.up();
  const guess = Number(await page.getByLabel('Your guess (cm)').inputValue());
  expect(Math.abs(guess - Number(target.text))).toBeLessThanOrEqual(0.2);
  await expect(page.locator('#drift .legend')).toContainText('Your guess');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.getByTestId('readout')).toContainText('Ideal for everyone');
  const ideal = selectIdeals(decodeLink('predict=1').scenario).pooled;

  await expect(page.locator('.predict')).toContainText(`Your guess was ${guess.toFixed(1)} cm`);
  await expect(page.locator('.predict')).toContainText(
    `${Math.abs(guess - ideal).toFixed(2)} cm too`,
  );
});

test('pinned runs stay on the drift and loss charts for comparison', async ({ page }) => {
  await page.goto('/');
  await buildWholePage(page);
  const lines = () => page.locator('#drift path.plot-line').count();
  // The charts arrive a moment after the controls.
  await expect(page.locator('#drift .plot-theta')).toBeVisible();
  const before = await lines();
  await page.getByRole('button', { name: 'Pin this run' }).click();
  await expect.poll(lines).toBe(before + 1);
  await page.getByRole('radio', { name: /Freeze/ }).check();
  await expect(page.locator('#drift .legend')).toContainText(
    'Pinned 1: naive · 1,000 old / 50 new',
  );
  // The figures follow the radio a background render later.
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  // The loss chart is below the screen: it catches up once input pauses.
  await expect(page.locator('#losses path.plot-line')).toHaveCount(4);
  // A second pin is told apart from the first by its dash, on the chart and in the legend.
  await page.getByRole('button', { name: 'Pin this run' }).click();
  await expect(page.locator('#drift .legend')).toContainText('Pinned 2: freeze');
  const dashes = await page
    .locator('#drift path.plot-pin')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke-dasharray')));
  expect(dashes).toHaveLength(2);
  expect(dashes[0]).not.toBe(dashes[1]);
  const legendDashes = await page
    .locator('#drift .legend li', { hasText: 'Pinned' })
    .evaluateAll((lis) =>
      lis.map((li) => li.querySelector('[stroke-dasharray]')?.getAttribute('stroke-dasharray')),
    );
  expect(legendDashes).toEqual(dashes);
  const pinned = await lines();
  await page.getByRole('button', { name: 'Clear pins' }).click();
  await expect.poll(lines).toBe(pinned - 2);
  await expect(page.locator('#drift .legend')).not.toContainText('Pinned');
});

test('renamed datasets and inches appear on the page and travel in the link', async ({ page }) => {
  await page.goto('/?ol=Adults%2C%201990&nl=Adults%2C%202020&u=in');
  await expect(page.getByTestId('readout')).toContainText('Adults, 1990 mean');
  await expect(page.getByTestId('readout')).toContainText('Adults, 2020 mean');
  const oldMean = await page
    .getByTestId('readout')
    .locator('dt', { hasText: 'Adults, 1990 mean' })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  // 169.6 cm is 66.8 in.
  expect(oldMean).toMatch(/^6\d\.\d in$/);
  await expect(page.locator('#drift')).toContainText('predicted height (in)');
  // The data chart sits below the first screen and is built as the reader scrolls to it.
  await page.locator('#data').scrollIntoViewIfNeeded();
  await expect(page.locator('#data .legend')).toContainText('Adults, 1990 (n = 1,000)');
  await expect(page.getByRole('spinbutton', { name: 'Old mean' })).toHaveValue('66.929');
  await page.getByRole('button', { name: 'Lecture builder' }).click();
  await page.getByLabel('Name of the new data').fill('Recruits');
  await page.getByRole('radio', { name: 'Centimetres' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('nl')).toBe('Recruits');
  expect(new URL(page.url()).searchParams.get('u')).toBeNull();
  await expect(page.getByTestId('readout')).toContainText('Recruits mean');
});
