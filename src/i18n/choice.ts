/**
 * Which language the page opens in, and remembering a reader's choice. A link's `lang=` wins, then
 * the language chosen last time on this device, then the first of the browser's languages the page
 * speaks. Only a choice (a link or the switcher) is remembered and carried in links; a language
 * taken from the browser is not, so a shared link opens in each reader's own language.
 */
import { loadLocale } from './catalogue';
import { LANGUAGE_KEY, LOCALES, openingLocale as decide } from './locales';
import type { Locale } from './locales';

export interface Opening {
  locale: Locale;
  /** Whether the reader chose it (link or switcher), rather than the browser's preferences. */
  chosen: boolean;
}

/** The language to open in, from what the address asks, what is stored and what the browser prefers. */
export function openingLocale(
  search: string,
  stored: string | null,
  preferred: readonly string[],
): Opening {
  return decide(search, stored, preferred, LOCALES);
}

let chosen = false;

/** Whether the language on show was chosen by the reader, so that links carry it. */
export function localeWasChosen(): boolean {
  return chosen;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function store(locale: Locale): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, locale);
  } catch {
    // Private windows and full storage refuse; the link still carries the language.
  }
}

let opening: Promise<Locale> | null = null;

/** Loads the language the page opens in, once: later calls wait for the same load. */
export function openInLocale(): Promise<Locale> {
  opening ??= open();
  return opening;
}

async function open(): Promise<Locale> {
  const opening = openingLocale(
    window.location.search,
    readStored(),
    typeof navigator === 'undefined' ? [] : navigator.languages,
  );
  chosen = opening.chosen;
  if (chosen) store(opening.locale);
  return loadLocale(opening.locale, { firstOnly: true });
}

/** The reader picks a language: it is loaded, shown, kept on this device and carried in links. */
export async function chooseLocale(locale: Locale): Promise<Locale> {
  chosen = true;
  store(locale);
  return loadLocale(locale);
}
