// Draws the page's first screen (its header and the "Start here" welcome) from index.html itself,
// so that a phone shows it as soon as the HTML and the stylesheet are in, instead of after the
// page's script and its first words have arrived and run. The page replaces it when it first draws.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { FirstScreens } from '../src/app/firstScreens.ts';
import { LANGUAGE_KEY, openingLocale } from '../src/i18n/locales.ts';
import { SAVED_KEY, WELCOMED_KEY } from '../src/state/visitKeys.ts';

const SCREENS = new URL('../src/app/firstScreen.json', import.meta.url);
const ROOT = '<div id="root"></div>';

/**
 * A script to follow the page's root element. It draws the screen only where the page would draw
 * the same one: the plain address (a language in `lang=` at most) on a first visit, with no
 * scenario kept from an earlier one. A link with settings, a saved scenario or a language the page
 * does not speak may open on another view or with a notice on top, which this copy would not match,
 * so those wait for the page as before, though in the page's theme from the first frame. The
 * screen is inert, its controls dimmed: a picture of them until the page, which can answer them,
 * replaces it.
 */
export function firstScreenScript(screens: FirstScreens): string {
  const have = JSON.stringify(Object.keys(screens));
  return `(function () {
  var root = document.getElementById('root');
  try {
    var search = new URLSearchParams(location.search);
    var any = false;
    var other = false;
    search.forEach(function (value, key) { any = true; if (key !== 'lang') other = true; });
    var get = function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } };
    var saved = get(${JSON.stringify(SAVED_KEY)});
    // The theme the page will open in, on every visit, so that a dark room never sees a light
    // frame first: the link's, else (on an address with nothing after it: any setting, even the
    // language alone, is a link) the one kept with the last scenario, else the system's.
    var theme = search.get('theme');
    if (theme !== 'light' && theme !== 'dark' && !any && saved !== null)
      theme = new URLSearchParams(saved).get('theme');
    var dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    if (!root || other || saved !== null) return;
    var decide = ${openingLocale.toString()};
    if (search.has('lang') && !decide(location.search, null, [], ${have}).chosen) return;
    var opening = decide(location.search, get(${JSON.stringify(LANGUAGE_KEY)}), navigator.languages || [], ${have});
    var screen = ${JSON.stringify(screens)}[opening.locale];
    if (!screen) return;
    root.innerHTML = screen.html;
    var shell = root.firstElementChild;
    shell.inert = true;
    if (get(${JSON.stringify(WELCOMED_KEY)}) !== null) shell.querySelector('.start-here').remove();
    if (dark) {
      var toggle = shell.querySelector('.theme-toggle');
      toggle.textContent = screen.dark.text;
      toggle.setAttribute('aria-label', screen.dark.label);
    }
    document.documentElement.lang = opening.locale;
  } catch (e) {
    // Half a screen would be worse than none: the page draws itself as before.
    if (root) root.textContent = '';
  }
})();`;
}

export function firstScreenPlugin(): Plugin {
  return {
    name: 'first-screen',
    transformIndexHtml(html) {
      if (!html.includes(ROOT))
        throw new Error(`index.html has no ${ROOT} to draw the first screen in.`);
      const screens = JSON.parse(readFileSync(SCREENS, 'utf8')) as FirstScreens;
      // Right after the root, before the page's script: it runs while the HTML is read, so the
      // first paint already has the screen.
      return html.replace(ROOT, `${ROOT}\n    <script>${firstScreenScript(screens)}</script>`);
    },
  };
}
