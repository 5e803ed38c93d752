/** The page's colours as the user chose them: light, dark, or whatever the system prefers. */
import { useSyncExternalStore } from 'react';
import { DARK, LIGHT } from '../ui/palette';
import type { Palette } from '../ui/palette';
import { useAppStore } from './store';
import type { AppState } from './store';

const darkQuery = '(prefers-color-scheme: dark)';

let darkList: MediaQueryList | null | undefined;

/**
 * One query list for the page, made on first use: React reads the scheme on every render of every
 * chart, and a new matchMedia() each time was a measurable part of a playback frame.
 */
function schemeList(): MediaQueryList | null {
  if (darkList === undefined) {
    darkList =
      typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(darkQuery) : null;
  }
  return darkList;
}

function subscribeScheme(onChange: () => void): () => void {
  const mq = schemeList();
  if (!mq) return () => {};
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return schemeList()?.matches ?? false;
}

const themeSelector = (st: AppState) => st.theme;

/** 'light' or 'dark': the user's choice, or the system's when they chose neither. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useAppStore(themeSelector);
  const systemDark = useSyncExternalStore(subscribeScheme, systemPrefersDark, () => false);
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

export function usePalette(): Palette {
  return useResolvedTheme() === 'dark' ? DARK : LIGHT;
}
