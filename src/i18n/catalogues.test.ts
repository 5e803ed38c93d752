// Every language says everything English says, with the same placeholders, in messages that
// compile for that language; and none of it is English left untranslated.
import { parse } from '@messageformat/parser';
import type { Token } from '@messageformat/parser';
import { compileCatalogue } from '../../scripts/messages';

const files = import.meta.glob<Record<string, string>>('./messages/*.json', {
  eager: true,
  import: 'default',
});
const catalogues = new Map(
  Object.entries(files).map(([path, m]) => [path.replace(/^.*\/|\.json$/g, ''), m]),
);
const en = catalogues.get('en')!;
const others = [...catalogues.keys()].filter((l) => l !== 'en');

/**
 * A dataset's name comes in two forms, as a label and inside a sentence, and callers always pass
 * both (datasetNames): each language takes the one its grammar needs.
 */
const sameArgument = (arg: string) => (arg === 'inSentence' ? 'name' : arg);

/** What a message needs from its caller: each placeholder with how it is used, and select cases. */
function needs(message: string): string[] {
  const out = new Set<string>();
  const walk = (tokens: Token[]) => {
    for (const tk of tokens) {
      if (tk.type === 'argument') out.add(sameArgument(tk.arg));
      else if (tk.type === 'function') out.add(`${tk.arg}:${tk.key}`);
      else if (tk.type === 'select') {
        out.add(`${tk.arg}:select(${tk.cases.map((c) => c.key).sort()})`);
        tk.cases.forEach((c) => walk(c.tokens));
      } else if (tk.type === 'plural' || tk.type === 'selectordinal') {
        // Plural cases differ by language (Chinese has only "other"); the number is what matters.
        out.add(`${tk.arg}:${tk.type}`);
        tk.cases.forEach((c) => walk(c.tokens));
      }
    }
  };
  walk(parse(message));
  return [...out].sort();
}

/** Words of English a reader would notice: Latin-script words of three letters or more. */
const englishWords = (text: string) =>
  text
    .replace(/\{[^{}]*\}/g, ' ')
    .match(/[A-Za-z]{3,}/g)
    ?.filter((w) => !SHARED_WORDS.has(w.toLowerCase())) ?? [];

// Words every language here writes the same: names, symbols, and the optimisers' names.
const SHARED_WORDS = new Set([
  'adam',
  'sgd',
  'csv',
  'json',
  'svg',
  'png',
  'html',
  'galton',
  'katex',
  'tex',
  'url',
  'iframe',
]);

describe('the catalogues', () => {
  it('include English and the four other languages', () => {
    expect([...catalogues.keys()].sort()).toEqual(['de', 'en', 'es', 'fr', 'zh-Hans']);
  });

  it('compile, and English has no empty message', () => {
    for (const [locale, m] of catalogues) {
      expect(() => compileCatalogue(locale, JSON.stringify(m)), locale).not.toThrow();
    }
    expect(Object.entries(en).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it.each(others)('%s has every English key and no other', (locale) => {
    const m = catalogues.get(locale)!;
    expect(
      Object.keys(m).filter((k) => !(k in en)),
      'keys English does not have',
    ).toEqual([]);
    expect(
      Object.keys(en).filter((k) => !(k in m)),
      'keys missing',
    ).toEqual([]);
  });

  it.each(others)('%s asks for the same placeholders as English, message by message', (locale) => {
    const m = catalogues.get(locale)!;
    const differ = Object.keys(en)
      .filter((k) => k in m && needs(m[k]!).join() !== needs(en[k]!).join())
      .map((k) => `${k}: ${needs(en[k]!).join()} ≠ ${needs(m[k]!).join()}`);
    expect(differ).toEqual([]);
  });

  it.each(others)('%s leaves no English sentence untranslated', (locale) => {
    const m = catalogues.get(locale)!;
    const left = Object.keys(en).filter(
      (k) => m[k] !== undefined && m[k] === en[k] && englishWords(en[k]!).length >= 2,
    );
    expect(left).toEqual([]);
  });
});
