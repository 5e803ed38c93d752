/**
 * Keeps the page and its address in step: a link opens its scenario (bad fields fall back to their
 * defaults and are named in a notice), and every change is written back with replaceState, so a
 * slider drag adds no history entries.
 */
import { useEffect } from 'react';
import { selectRun } from '../state/derived';
import { pinOf } from '../state/runs';
import { keepImportsStored, restoreImports } from '../state/importing';
import { keepRealDataLoaded } from '../state/realData';
import { decodeLink, encodeLink } from '../state/link';
import { DEFAULT_SCENARIO } from '../state/scenario';
import { DEFAULT_VIEW } from '../state/view';
import { linkOf } from '../state/shareLink';
import { useAppStore } from '../state/store';
import { SAVED_KEY } from '../state/visitKeys';
import { t } from '../i18n/catalogue';

/** The ignored settings, one after another as the notice lists them. */
const formatList = (items: readonly string[]) => items.join(t('app.link.separator'));

/** What a link's notice says, in the language on show: the link is read again to word it. */
function linkNotice(search: string): string {
  const d = decodeLink(search);
  const parts: string[] = [];
  if (d.ignored.length) parts.push(t('app.link.ignored', { list: formatList(d.ignored) }));
  if (d.newer) parts.push(t('app.link.newer'));
  return parts.join(' ');
}

/** Applies the current address to the store; returns whether it held any setting. */
export function applyLocation(search: string): boolean {
  if (!search || search === '?') return false;
  const d = decodeLink(search);
  const st = useAppStore.getState();
  st.loadScenario(d.scenario, d.playhead);
  st.loadStream(d.stream);
  st.setView(d.view);
  if (d.theme) st.setTheme(d.theme);
  // The link's pins replace any there were; each is run again from its settings.
  for (const p of st.pins) st.unpin(p.id);
  for (const scenario of d.pins) {
    const run = selectRun(scenario);
    if (run.result) st.pin(pinOf(run.result, scenario));
  }
  if (d.ignored.length || d.newer) st.setNotice(() => linkNotice(search));
  return true;
}

function readSaved(): string | null {
  try {
    return window.localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

function writeSaved(q: string): void {
  try {
    window.localStorage.setItem(SAVED_KEY, q);
  } catch {
    // Private windows and full storage refuse; the address still holds the scenario.
  }
}

/** How long the settings hold still before the address and the saved copy are rewritten. */
const ADDRESS_PAUSE_MS = 300;

let addressRead = false;

/**
 * Reads the address into the store, or, when it holds no setting, the scenario left on this device
 * last time, imported heights included. Once per visit, and before the page's first render
 * (main.tsx): a presenter link or a kept scenario is then drawn as itself from the first frame,
 * not as the default page for a frame. The page is built again when the language changes, and by
 * then the store holds newer settings than the address, which is written only after a pause.
 */
export function openAddress(): void {
  if (addressRead) return;
  addressRead = true;
  if (applyLocation(window.location.search)) return;
  const saved = readSaved();
  const untouched = encodeLink(DEFAULT_SCENARIO, DEFAULT_VIEW, null);
  // The theme comes back too, but a theme alone is no scenario to announce.
  const rest = new URLSearchParams(saved ?? '');
  rest.delete('theme');
  rest.delete('lang');
  const changed = rest.toString() !== untouched;
  if (saved && saved !== untouched && applyLocation(`?${saved}`) && changed) {
    useAppStore.getState().setNotice(() => t('app.restored'));
  }
  // After the scenario: loading a whole scenario sets aside heights it does not hold.
  void restoreImports();
}

let opened = false;

export function useUrlSync(): void {
  useEffect(() => {
    const stopStoring = keepImportsStored();
    // Galton's table loads the moment a link, a preset or a control asks for a real group.
    const stopLoading = keepRealDataLoaded();
    // A page mounted without main.tsx (the component tests) reads the address here; once read,
    // this does nothing.
    openAddress();
    const reopened = opened;
    opened = true;
    let timer: number | undefined;
    let last = '';
    const write = () => {
      timer = undefined;
      const st = useAppStore.getState();
      // While playing, the address would change every frame; it is written when playback stops.
      if (st.playing) return;
      const q = linkOf(st);
      if (q === last) return;
      last = q;
      writeSaved(q);
      const url = new URL(window.location.href);
      url.search = q;
      try {
        window.history.replaceState(window.history.state, '', url);
      } catch {
        // A page opened from disk may refuse to rewrite its address; the link button still works.
      }
    };
    if (reopened) write();
    // Written once the settings have held still for a moment: rewriting the address costs a
    // browser several milliseconds, which a held key or a drag would pay every few frames.
    const unsubscribe = useAppStore.subscribe(() => {
      if (timer !== undefined) window.clearTimeout(timer);
      timer = window.setTimeout(write, ADDRESS_PAUSE_MS);
    });
    return () => {
      stopStoring();
      stopLoading();
      unsubscribe();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, []);
}
