// The screen index.html draws before the page's script has arrived (scripts/firstScreen.ts) must be
// the page's own first screen, word for word, in every language: a different word or button would
// jump when the page takes over. firstScreen.json holds it; `npx vitest run -u` writes it anew after
// a change to the header or the welcome, and otherwise this test fails until it is.
import { act, cleanup, render } from '@testing-library/react';
import { App } from './App';
import { loadLocale, t } from '../i18n/catalogue';
import { LOCALES } from '../i18n/locales';
import { useAppStore } from '../state/store';
import { WELCOMED_KEY } from '../state/visitKeys';
import type { FirstScreens } from './firstScreens';

/** The page's wrapper with its header and, in its main column, the welcome: what fits a first screen. */
function firstScreen(container: HTMLElement): string {
  const app = container.querySelector('.app')!;
  const shell = app.cloneNode(false) as Element;
  const header = app.querySelector('.app-header')!;
  const copy = header.cloneNode(true) as Element;
  // React sets a menu's choice as a property, which markup does not carry: as an attribute it does.
  const menus = copy.querySelectorAll('select');
  header.querySelectorAll('select').forEach((menu, i) => {
    menus[i]!.options[menu.selectedIndex]?.setAttribute('selected', '');
  });
  shell.append(copy);
  const main = app.querySelector('main')!.cloneNode(false) as Element;
  // Which settings the figures show is for the page that draws them, not for its stand-in.
  main.removeAttribute('data-settings');
  main.append(app.querySelector('.start-here')!.cloneNode(true));
  // Only the copy says it: its controls look ready a while before they answer on a slow phone.
  const wait = document.createElement('p');
  wait.className = 'first-screen-wait';
  wait.textContent = t('app.loading.page');
  main.append(wait);
  shell.append(main);
  // React numbers its ids across every render of the run; the screen only needs them to pair up.
  const ids = new Map<string, string>();
  return shell.outerHTML.replace(/_r_[0-9a-z]+_/g, (id) => {
    if (!ids.has(id)) ids.set(id, `first-screen-${ids.size}`);
    return ids.get(id)!;
  });
}

afterAll(() => loadLocale('en'));

describe('the first screen written into index.html', () => {
  it('is the page’s header and welcome in each language, and its theme button in the dark', async () => {
    window.localStorage.removeItem(WELCOMED_KEY);
    const screens: FirstScreens = {};
    for (const locale of LOCALES) {
      await loadLocale(locale);
      const { container } = render(<App />);
      const html = firstScreen(container);
      // The build puts it in with innerHTML, where the page's policy drops inline styles.
      expect(html).not.toMatch(/\sstyle=/);
      act(() => useAppStore.getState().setTheme('dark'));
      const toggle = container.querySelector('.theme-toggle')!;
      screens[locale] = {
        html,
        dark: { text: toggle.textContent!, label: toggle.getAttribute('aria-label')! },
      };
      act(() => useAppStore.getState().setTheme('system'));
      cleanup();
    }
    expect(Object.keys(screens)).toEqual(LOCALES);
    await expect(`${JSON.stringify(screens, null, 2)}\n`).toMatchFileSnapshot('./firstScreen.json');
  });
});
