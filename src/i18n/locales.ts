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
/** Where a reader's choice of language is kept on their device. */
export const LANGUAGE_KEY = 'fine-tuning-playground:language';

export function openingLocale(
  search: string,
  stored: string | null,
  preferred: readonly string[],
  have: readonly string[],
): { locale: string; chosen: boolean } {
  const known = (tag: string | null): tag is string => tag !== null && have.indexOf(tag) >= 0;
  const asked = new URLSearchParams(search).get('lang');
  if (known(asked)) return { locale: asked, chosen: true };
  if (known(stored)) return { locale: stored, chosen: true };
  for (const raw of preferred) {
    for (const l of have)
      if (l.toLowerCase() === raw.toLowerCase()) return { locale: l, chosen: false };
    const language = raw.split(/[-_]/)[0]!.toLowerCase();
    // Only a language the page has in a given script needs the script a tag implies (zh-TW writes
    // Traditional). Working it out costs 10-20 ms of ICU data at start-up; others skip it.
    if (!have.some((l) => l.toLowerCase().startsWith(`${language}-`))) {
      if (known(language)) return { locale: language, chosen: false };
      continue;
    }
    let tag: Intl.Locale;
    try {
      tag = new Intl.Locale(raw).maximize();
    } catch {
      continue;
    }
    const withScript = `${tag.language}-${tag.script}`;
    if (known(withScript)) return { locale: withScript, chosen: false };
    if (known(tag.language)) return { locale: tag.language, chosen: false };
  }
  return { locale: have[0] ?? 'en', chosen: false };
}
