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

/** Registers the catalogue files' two parts, each keyed by path (".../messages/de.json"). */
export function registerCatalogues(first: Record<string, Load>, later: Record<string, Load>): void {
  for (const [path, load] of Object.entries(first)) {
    const rest = later[path];
    if (rest) CATALOGUES.set(tagOf(path), { first: load, later: rest });
  }
  const others = [...CATALOGUES.keys()].filter((l) => l !== SOURCE_LOCALE).sort();
  LOCALES.splice(0, LOCALES.length, SOURCE_LOCALE, ...others);
}

export function isLocale(tag: string | null | undefined): tag is Locale {
  return typeof tag === 'string' && CATALOGUES.has(tag);
}

/** A language's own name for itself, as its speakers would look for it in a menu: "Deutsch". */
export function endonym(locale: Locale): string {
  let name = locale;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    // An engine without DisplayNames shows the tag, which still picks the language.
  }
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
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
    let tag: Intl.Locale;
    try {
      tag = new Intl.Locale(raw).maximize();
    } catch {
      continue;
    }
    for (const l of have)
      if (l.toLowerCase() === raw.toLowerCase()) return { locale: l, chosen: false };
    const withScript = `${tag.language}-${tag.script}`;
    if (known(withScript)) return { locale: withScript, chosen: false };
    if (known(tag.language)) return { locale: tag.language, chosen: false };
  }
  return { locale: have[0] ?? 'en', chosen: false };
}
