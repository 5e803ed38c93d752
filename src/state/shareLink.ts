/**
 * The address that shares what is on screen: every setting, what is hidden, the theme, the pinned
 * runs, the playhead unless it is at the end, and the language if the reader chose one (a language
 * taken from the browser is left out, so the link opens in each reader's own).
 */
import { currentLocale } from '../i18n/catalogue';
import { localeWasChosen } from '../i18n/choice';
import { encodeLink } from './link';
import { totalSteps, useAppStore } from './store';
import type { AppState } from './store';

/** The query string of a state, as a link carries it. */
export function linkOf(st: AppState): string {
  const end = totalSteps(st.scenario);
  return encodeLink(st.scenario, st.view, st.playhead >= end ? null : st.playhead, {
    theme: st.theme,
    stream: st.stream,
    pins: st.pins.map((p) => p.scenario),
    ...(localeWasChosen() ? { lang: currentLocale() } : {}),
  });
}

/** The shareable address of the current state. */
export function currentLink(): string {
  const url = new URL(window.location.href);
  url.search = linkOf(useAppStore.getState());
  url.hash = '';
  return url.toString();
}
