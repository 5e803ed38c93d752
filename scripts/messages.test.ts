// The script index.html runs first asks for the same language's first words as the page then
// loads, for every way a visit can choose it.
import { describe, expect, it } from 'vitest';
import { openingLocale } from '../src/i18n/locales';
import { compileCatalogue, preloadScript, shortKeys } from './messages';

const FIRST = {
  en: ['./assets/words-en-first.js', './assets/words-runtime.js'],
  de: ['./assets/words-de-first.js', './assets/words-runtime.js'],
  es: ['./assets/words-es-first.js', './assets/words-runtime.js'],
  fr: ['./assets/words-fr-first.js', './assets/words-runtime.js'],
  'zh-Hans': ['./assets/words-zh-Hans-first.js', './assets/words-runtime.js'],
};
const HAVE = Object.keys(FIRST);

/** Runs the script as a browser would, and returns what it asked to preload. */
function preloaded(search: string, stored: string | null, languages: string[]): string[] {
  return run(search, stored, languages).links.map((l) => `${l.rel} ${l.href}`);
}

/** Runs the script with a stand-in document and Intl; returns the links and the formatters made. */
function run(search: string, stored: string | null, languages: string[]) {
  const links: { rel: string; href: string }[] = [];
  const formatters: unknown[] = [];
  // The real Intl (openingLocale reads Intl.Locale), with its number formatter recorded.
  const Intl = Object.create(globalThis.Intl, {
    NumberFormat: {
      value: function (locale: unknown) {
        formatters.push(locale);
      },
    },
  });
  const document = {
    createElement: () => ({ rel: '', href: '' }),
    head: { appendChild: (l: { rel: string; href: string }) => links.push(l) },
  };
  const localStorage = { getItem: () => stored };
  new Function('location', 'localStorage', 'navigator', 'document', 'Intl', preloadScript(FIRST))(
    { search },
    localStorage,
    { languages },
    document,
    Intl,
  );
  return { links, formatters };
}

describe('the first words asked for by index.html', () => {
  const visits: [string, string | null, string[]][] = [
    ['', null, ['de-AT', 'en']],
    ['?lang=fr', 'de', ['es']],
    ['', 'es', ['fr']],
    ['?lang=xx', null, ['zh-CN']],
    ['', 'yy', ['zh-TW', 'pt']],
    ['', null, []],
  ];
  it.each(visits)(
    'are the page’s own choice: %s, stored %s, browser %j',
    (search, stored, langs) => {
      const { locale } = openingLocale(search, stored, langs, HAVE);
      expect(preloaded(search, stored, langs)).toEqual(
        FIRST[locale as keyof typeof FIRST].map((f) => `modulepreload ${f}`),
      );
    },
  );
});

describe('the number formatter made by index.html', () => {
  it('is for the language the page opens in, so the first render finds its data loaded', () => {
    expect(run('?lang=de', null, ['en']).formatters).toEqual(['de']);
    expect(run('', null, ['zh-CN']).formatters).toEqual(['zh-Hans']);
  });
});

describe('short keys', () => {
  it('name each key once, and the compiled catalogue by them', () => {
    const source = JSON.stringify({ 'a.b': 'One', 'a.c': 'Two {n}' });
    const short = shortKeys(source);
    expect([...short.values()]).toEqual(['0', '1']);
    const js = compileCatalogue('en', source, undefined, (k) => short.get(k)!);
    expect(js).toContain('"One"');
    expect(js).not.toContain('a.b');
  });
});
