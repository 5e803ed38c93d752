// The language on show: loading one catalogue, its words, its plurals and <html lang>.
import { currentLocale, loadLocale, t } from './catalogue';

afterEach(async () => {
  await loadLocale('en');
});

describe('loading a language', () => {
  it('shows its words and sets the page’s lang', async () => {
    expect(t('language.label')).toBe('Language');
    await loadLocale('de');
    expect(currentLocale()).toBe('de');
    expect(t('language.label')).toBe('Sprache');
    expect(document.documentElement.lang).toBe('de');
    await loadLocale('zh-Hans');
    expect(t('language.label')).toBe('语言');
    expect(document.documentElement.lang).toBe('zh-Hans');
  });

  it('falls back to English for a language the page does not speak', async () => {
    expect(await loadLocale('xx')).toBe('en');
    expect(t('language.label')).toBe('Language');
  });

  it('fills placeholders', async () => {
    await loadLocale('fr');
    expect(t('app.link.ignored', { list: 'X' })).toContain('X');
  });
});
