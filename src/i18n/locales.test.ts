// Which language a reader gets: their browser's first one the page speaks, a link's, or their own
// last choice.
import { endonym, linkLocale, matchLocale } from './locales';
import { openingLocale } from './choice';

const HAVE = ['en', 'de', 'es', 'fr', 'zh-Hans'];

describe('matching the browser’s languages', () => {
  it('takes the first one the page speaks, a region falling back to its language', () => {
    expect(matchLocale(['de-AT', 'en'], HAVE)).toBe('de');
    expect(matchLocale(['pt-BR', 'fr-CA', 'en'], HAVE)).toBe('fr');
    expect(matchLocale(['es-419'], HAVE)).toBe('es');
    expect(matchLocale(['it', 'ja'], HAVE)).toBe('en');
    expect(matchLocale([], HAVE)).toBe('en');
  });

  it('reads Simplified Chinese for zh, zh-CN and zh-SG, not for Traditional', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-HK'])
      expect(matchLocale([tag], HAVE)).toBe('zh-Hans');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant'])
      expect(matchLocale([tag, 'en'], HAVE)).toBe('en');
  });

  it('skips tags that are not tags', () => {
    expect(matchLocale(['not a tag', 'de'], HAVE)).toBe('de');
  });
});

describe('the language the page opens in', () => {
  it('a link’s lang wins, then the stored choice, then the browser', () => {
    expect(openingLocale('?lang=fr', 'de', ['es'])).toEqual({ locale: 'fr', chosen: true });
    expect(openingLocale('', 'de', ['es'])).toEqual({ locale: 'de', chosen: true });
    expect(openingLocale('', null, ['es-MX'])).toEqual({ locale: 'es', chosen: false });
  });

  it('a link’s lang is read as a browser’s tag is: a region or a script finds its catalogue', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-hans', 'zh-SG'])
      expect(openingLocale(`?lang=${tag}`, 'de', ['es'])).toEqual({
        locale: 'zh-Hans',
        chosen: true,
      });
    expect(openingLocale('?lang=de-AT', null, ['es'])).toEqual({ locale: 'de', chosen: true });
    expect(openingLocale('?lang=FR', null, ['es'])).toEqual({ locale: 'fr', chosen: true });
    // Traditional Chinese is not taken for Simplified: the link falls through to the stored choice.
    expect(openingLocale('?lang=zh-TW', 'de', ['es'])).toEqual({ locale: 'de', chosen: true });
    expect(linkLocale('zh-CN')).toBe('zh-Hans');
    expect(linkLocale('zh-Hant')).toBeNull();
    expect(linkLocale('xx')).toBeNull();
  });

  it('a bad lang in a link or in storage is passed over', () => {
    expect(openingLocale('?lang=xx', 'yy', ['de'])).toEqual({ locale: 'de', chosen: false });
  });
});

describe('language names', () => {
  it('each language is named in itself, capitalised as a menu item', () => {
    expect(endonym('de')).toBe('Deutsch');
    expect(endonym('es')).toBe('Español');
    expect(endonym('fr')).toBe('Français');
    expect(endonym('en')).toBe('English');
    expect(endonym('zh-Hans')).toBe('简体中文');
  });
});

describe('start-up cost of the match', () => {
  it('works out a tag’s script only for a language the page has in a script (Chinese)', () => {
    // Intl.Locale's likely-subtags data costs 10–20 ms on its first use, before the first paint.
    const spy = vi.spyOn(Intl, 'Locale');
    try {
      expect(matchLocale(['en-US'], HAVE)).toBe('en');
      expect(matchLocale(['de-CH', 'fr'], HAVE)).toBe('de');
      expect(spy).not.toHaveBeenCalled();
      expect(matchLocale(['zh-TW', 'es'], HAVE)).toBe('es');
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
