/** The page's colours as the user chose them: light, dark, or whatever the system prefers. */
import { useSyncExternalStore } from 'react';
import { DARK, LIGHT } from '../ui/palette';
import type { Palette } from '../ui/palette';
import { useAppStore } from './store';
import type { AppState } from './store';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeScheme(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const mq = window.matchMedia(darkQuery);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return (
    typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(darkQuery).matches
  );
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
