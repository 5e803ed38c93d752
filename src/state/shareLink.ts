/** The address that shares what is on screen: every setting, what is hidden, the theme, the pinned runs, and the playhead unless it is at the end. */
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
  });
}

/** The shareable address of the current state. */
export function currentLink(): string {
  const url = new URL(window.location.href);
  url.search = linkOf(useAppStore.getState());
  url.hash = '';
  return url.toString();
}
