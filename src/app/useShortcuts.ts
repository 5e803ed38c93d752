/** One-key controls for the lecture hall; they never fire while the user types in a field. */
import { useEffect } from 'react';
import { jumpPhase, loadPreset, togglePresenterMode, tourMove } from '../state/lecture';
import { useAppStore } from '../state/store';

export const SHORTCUTS: readonly [string, string][] = [
  ['Space', 'Play or pause'],
  ['→ / ←', 'One step forward / back'],
  ['Shift + → / ←', 'Jump to the next / previous phase'],
  ['R', 'Back to step 0'],
  ['P', 'Presenter mode on or off'],
  ['1 – 9, 0', 'Load preset 1 – 10'],
  ['N / B', 'Next / previous tour step'],
  ['?', 'Show or hide this list'],
  ['Esc', 'Close this list or leave presenter mode'],
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

export function handleShortcut(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return false;
  const onButton =
    e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.tagName === 'A');
  const st = useAppStore.getState();
  const key = e.key;
  if (key === ' ' || key === 'Spacebar') {
    if (onButton) return false;
    st.togglePlay();
  } else if (key === 'ArrowRight') {
    if (e.shiftKey) jumpPhase(1);
    else st.stepBy(1);
  } else if (key === 'ArrowLeft') {
    if (e.shiftKey) jumpPhase(-1);
    else st.stepBy(-1);
  } else if (key === 'r' || key === 'R') {
    st.rewind();
  } else if (key === 'p' || key === 'P') {
    togglePresenterMode();
  } else if (/^[0-9]$/.test(key)) {
    loadPreset(key === '0' ? 9 : Number(key) - 1);
  } else if (key === 'n' || key === 'N') {
    tourMove(1);
  } else if (key === 'b' || key === 'B') {
    tourMove(-1);
  } else if (key === '?') {
    st.setShortcutsOpen(!st.shortcutsOpen);
  } else if (key === 'Escape') {
    if (st.shortcutsOpen) st.setShortcutsOpen(false);
    else if (st.view.presenter) togglePresenterMode();
    else return false;
  } else {
    return false;
  }
  return true;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (handleShortcut(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
