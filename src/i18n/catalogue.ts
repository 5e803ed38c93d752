/**
 * The messages of the language on show, and `t`, which every component calls for its words.
 * Only the language on show is loaded: the page waits for its first part before the first render,
 * and a change of language loads the new one first, then re-renders (see useLocale).
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
// The two parts are kept apart rather than merged: copying some 900 messages into one object
// when the later part arrives cost a few milliseconds of the start-up.
let messages: Compiled = {};
let laterMessages: Compiled = {};
let later: () => Promise<void> = () => Promise.resolve();
let laterReady = false;
const listeners = new Set<() => void>();
// Lazy code may be asked for before the page's language is known (the charts' file is requested
// first thing): its later words are looked for once a language has been loaded.
let markOpened: () => void = () => {};
const opened = new Promise<void>((resolve) => (markOpened = resolve));

async function part(load: () => Promise<unknown>): Promise<Compiled> {
  return (await load()) as Compiled;
}

/**
 * Loads `next`'s catalogue and makes it the one on show; unknown tags load English. Both parts
 * are asked for at once. The start-up (`firstOnly`) goes on with the first screen's part, and the
 * code that needs the later words waits for them (withLaterMessages); a change of language waits
 * for both, since the parts that show the later words may already be on the page.
 */
export async function loadLocale(next: Locale, { firstOnly = false } = {}): Promise<Locale> {
  const tag = isLocale(next) ? next : SOURCE_LOCALE;
  const loaders = CATALOGUES.get(tag)!;
  const rest = part(loaders.later);
  const first = await part(loaders.first);
  const words = firstOnly ? {} : await rest;
  locale = tag;
  messages = first;
  laterMessages = words;
  laterReady = !firstOnly;
  later = firstOnly ? laterWords(tag, rest, loaders.later) : () => Promise.resolve();
  if (typeof document !== 'undefined') document.documentElement.lang = tag;
  markOpened();
  for (const l of listeners) l();
  return tag;
}

/**
 * The later words of `tag`, merged in once they arrive. A failed request is made again by the next
 * caller, so a panel's "Try again" after a dropped connection gets its words as well as its code.
 */
function laterWords(
  tag: Locale,
  asked: Promise<Compiled>,
  load: () => Promise<unknown>,
): () => Promise<void> {
  const merge = (more: Compiled) => {
    // Unless another language was chosen meanwhile, whose words must not be mixed in.
    if (locale !== tag) return;
    laterMessages = more;
    laterReady = true;
    for (const l of listeners) l();
  };
  let done = asked.then(merge);
  // Nobody may be waiting yet; a failure is reported to whoever asks.
  done.catch(() => {});
  return () => done.catch(() => (done = part(load).then(merge)));
}

/** Wraps a lazy import so that its module arrives with the later words it shows. */
export function withLaterMessages<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), opened.then(() => later())]).then(([module]) => module);
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
  const message = messages[key] ?? laterMessages[key];
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

const laterIsReady = () => laterReady;

/**
 * Whether the later words have arrived, for a panel on the first screen that shows some only when
 * asked (the tour, the shortcuts): it shows a short wait instead until they have. They are asked
 * for with the first words, so this is a matter of milliseconds.
 */
export function useLaterWords(): boolean {
  return useSyncExternalStore(subscribe, laterIsReady, laterIsReady);
}
