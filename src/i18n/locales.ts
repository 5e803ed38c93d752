/**
 * The languages the page speaks: one catalogue file each in ./messages, named by its BCP 47 tag.
 * Adding a language is adding its file: the list is the folder's, registered by the entry point
 * (./files.ts), which is the one module that needs Vite to find the files.
 */
export type Locale = string;

export const SOURCE_LOCALE: Locale = 'en';

type Load = () => Promise<unknown>;

/** Each language's tag, with the loaders of its catalogue's two parts (see ./parts.ts). */
export const CATALOGUES = new Map<Locale, { first: Load; later: Load }>();

/** Every language, English first, then in the order of their tags. */
export const LOCALES: Locale[] = [];

const tagOf = (path: string) => path.replace(/^.*\/|\.json$/g, '');

/** Each language's name for itself, as its catalogue gives it ("language.self"). */
const SELF_NAMES = new Map<Locale, string>();

/**
 * Registers the catalogue files' two parts and their languages' own names, each keyed by path
 * (".../messages/de.json").
 */
export function registerCatalogues(
  first: Record<string, Load>,
  later: Record<string, Load>,
  names: Record<string, string> = {},
): void {
  for (const [path, load] of Object.entries(first)) {
    const rest = later[path];
    if (rest) CATALOGUES.set(tagOf(path), { first: load, later: rest });
  }
  for (const [path, name] of Object.entries(names)) SELF_NAMES.set(tagOf(path), name);
  const others = [...CATALOGUES.keys()].filter((l) => l !== SOURCE_LOCALE).sort();
  LOCALES.splice(0, LOCALES.length, SOURCE_LOCALE, ...others);
}

export function isLocale(tag: string | null | undefined): tag is Locale {
  return typeof tag === 'string' && CATALOGUES.has(tag);
}

/**
 * A language's own name for itself, as its speakers would look for it in a menu: "Deutsch". A
 * catalogue without one shows its tag, which still picks the language.
 */
export function endonym(locale: Locale): string {
  return SELF_NAMES.get(locale) ?? locale;
}

/** The first of the reader's languages (in their order of preference) that the page speaks. */
export function matchLocale(wanted: readonly string[], have: readonly Locale[] = LOCALES): Locale {
  return openingLocale('', null, wanted, have.length ? have : [SOURCE_LOCALE]).locale;
}

/** Where a reader's choice of language is kept on their device. */
export const LANGUAGE_KEY = 'fine-tuning-playground:language';

/** The language a link's `lang=` opens, or null when the page does not speak it. */
export function linkLocale(tag: string): Locale | null {
  const o = openingLocale(`?lang=${encodeURIComponent(tag)}`, null, [], LOCALES);
  return o.chosen ? o.locale : null;
}

/**
 * Which language a visit opens in: a link's `lang=`, else the language chosen last time on this
 * device, else the first of the browser's languages the page speaks. A region falls back to its
 * language (de-AT → de); Chinese in Simplified script or from a region that writes it (zh, zh-CN,
 * zh-SG) reads the Simplified catalogue, and Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not
 * taken for it.
 *
 * One self-contained function, every helper inside it: the build also writes its source into
 * index.html (scripts/messages.ts), so the browser can ask for the first words of the very language
 * the page will pick before the page's script has arrived.
 */
export function openingLocale(
  search: string,
  stored: string | null,
  preferred: readonly string[],
  have: readonly string[],
): { locale: string; chosen: boolean } {
  const known = (tag: string | null): tag is string => tag !== null && have.indexOf(tag) >= 0;
  // The catalogue a tag asks for, or null: exact in any case, else by language and script.
  const pick = (raw: string): string | null => {
    for (const l of have) if (l.toLowerCase() === raw.toLowerCase()) return l;
    const language = raw.split(/[-_]/)[0]!.toLowerCase();
    // Only a language the page has in a given script needs the script a tag implies (zh-TW writes
    // Traditional). Working it out costs 10-20 ms of ICU data at start-up; others skip it.
    if (!have.some((l) => l.toLowerCase().startsWith(`${language}-`)))
      return known(language) ? language : null;
    let tag: Intl.Locale;
    try {
      tag = new Intl.Locale(raw).maximize();
    } catch {
      return null;
    }
    const withScript = `${tag.language}-${tag.script}`;
    if (known(withScript)) return withScript;
    return known(tag.language) ? tag.language : null;
  };
  // A link is read as the browser's languages are: lang=zh-CN or lang=de-AT opens Chinese or German.
  const asked = new URLSearchParams(search).get('lang');
  const fromLink = asked === null ? null : pick(asked);
  if (fromLink !== null) return { locale: fromLink, chosen: true };
  if (known(stored)) return { locale: stored, chosen: true };
  for (const raw of preferred) {
    const l = pick(raw);
    if (l !== null) return { locale: l, chosen: false };
  }
  return { locale: have[0] ?? 'en', chosen: false };
}
