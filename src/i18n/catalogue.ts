/**
 * The messages of the language on show, and `t`, which every component calls for its words.
 * Only one catalogue is loaded at a time: the page waits for it before its first render, and a
 * change of language loads the new one first, then re-renders (see useLocale).
 */
import { useSyncExternalStore } from 'react';
import type en from './messages/en.json';
import { CATALOGUES, SOURCE_LOCALE, isLocale } from './locales';
import type { Locale } from './locales';

/** Every message's key: the English catalogue is the list. */
export type MessageKey = keyof typeof en;

/** What a message is filled with: numbers for plurals and formatted numbers, text for the rest. */
export type MessageValues = Record<string, string | number>;

type Compiled = Record<string, (values?: MessageValues) => string>;

let locale: Locale = SOURCE_LOCALE;
let messages: Compiled | null = null;
const listeners = new Set<() => void>();

/** Loads `next`'s catalogue and makes it the one on show; unknown tags load English. */
export async function loadLocale(next: Locale): Promise<Locale> {
  const tag = isLocale(next) ? next : SOURCE_LOCALE;
  const loaded = (await CATALOGUES.get(tag)!()) as Compiled;
  locale = tag;
  messages = loaded;
  if (typeof document !== 'undefined') document.documentElement.lang = tag;
  for (const l of listeners) l();
  return tag;
}

/** The language on show. */
export function currentLocale(): Locale {
  return locale;
}

/**
 * A message in the language on show, filled with `values`. A key missing from a catalogue is a
 * bug that the catalogue tests catch; on the page it shows the key rather than throwing.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  const message = messages?.[key];
  return message ? message(values) : key;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The language on show, for the component that rebuilds the page when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}
