/** One-key controls for the lecture hall; a key the focused control uses itself (typing, a slider's arrows) is left to it. */
import { useEffect } from 'react';
import { choosePreset, jumpPhase, togglePresenterMode, tourEnd, tourMove } from '../state/lecture';
import { togglePredictAndFocus } from '../panels/lecture/predictToggle';
import { useAppStore } from '../state/store';
import { closeNewest } from '../ui/useEscape';

const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

// Whether the element that has focus got it from a pointer (a click or a tap) rather than from the
// keyboard. A button clicked with the mouse keeps focus, and Space would press it again; someone
// who tabbed to a button expects Space to press it.
let pointerActive = false;
let focusFromPointer = false;

/** The keys the focused element acts on itself, which the page's shortcuts must leave to it. */
function ownsKey(el: HTMLElement, key: string): boolean {
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  const space = key === ' ' || key === 'Spacebar';
  if (el instanceof HTMLInputElement) {
    const type = el.type;
    if (TEXT_INPUTS.has(type)) return true;
    if (type === 'range') return ARROWS.has(key) || /^(Home|End|Page(Up|Down))$/.test(key);
    if (type === 'radio') return space || ARROWS.has(key);
    if (type === 'checkbox') return space;
    return space;
  }
  if (el.tagName === 'BUTTON' || el.tagName === 'SUMMARY') {
    if (!space) return false;
    // The playback buttons are the shortcut's own neighbours: Space there plays or pauses, whatever
    // was last pressed, rather than stepping again.
    if (el.closest('.playback')) return false;
    return !focusFromPointer;
  }
  // A box that scrolls sideways (a wide table, a formula) takes focus so arrows can scroll it.
  if (ARROWS.has(key) && el.tabIndex >= 0 && el.scrollWidth > el.clientWidth) return true;
  return false;
}

/** Whether the settings are a sheet over the page (a phone or a narrow window) rather than a column. */
function settingsAreASheet(): boolean {
  const toggle = document.querySelector<HTMLElement>('.drawer-toggle');
  return toggle !== null && toggle.getClientRects().length > 0;
}

/** Closes the settings sheet, handing focus back to its button if it was inside. */
export function closeSettings(): void {
  useAppStore.getState().setDrawerOpen(false);
  const sheet = document.getElementById('controls');
  if (sheet?.contains(document.activeElement))
    document.querySelector<HTMLElement>('.drawer-toggle')?.focus();
}

/** Escape: the topmost thing that is open closes; false when nothing was. */
function escape(): boolean {
  const st = useAppStore.getState();
  if (closeNewest()) return true;
  if (st.shortcutsOpen) st.setShortcutsOpen(false);
  else if (st.drawerOpen && settingsAreASheet()) closeSettings();
  // The question opened last (predict first) closes before the tour around it. On its own it
  // closes only once answered: leaving it before the reveal would show the room the answer nobody
  // has guessed yet (the toolbar's button and G still leave it on purpose). In the tour the step's
  // own question keeps the answer hidden, so Escape closes the guess and leaves the tour running.
  else if (st.view.predict && (st.revealed || st.tourStep !== null)) st.setView({ predict: false });
  else if (st.tourStep !== null) tourEnd();
  else if (st.view.presenter) togglePresenterMode();
  else return false;
  return true;
}

/**
 * The tour's text, when it runs past its box: ↑ and ↓ scroll it from wherever the keyboard is (its
 * buttons, the page), since in presenter mode the page itself does not scroll.
 */
function scrollTourText(key: string): boolean {
  const body = document.querySelector<HTMLElement>('.tour-body');
  // Measured here rather than with the tour's own hook, which would bring its code into the start-up.
  if (!body || body.scrollHeight - body.clientHeight <= 1) return false;
  const line = parseFloat(getComputedStyle(body).lineHeight) || 24;
  body.scrollBy({ top: key === 'ArrowDown' ? 2 * line : -2 * line, behavior: 'smooth' });
  return true;
}

export function handleShortcut(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return false;
  const key = e.key;
  // Escape works from anywhere, a field included: a field with an edit under way handles it first.
  if (key === 'Escape') return escape();
  if (e.target instanceof HTMLElement && ownsKey(e.target, key)) return false;
  const st = useAppStore.getState();
  if (key === ' ' || key === 'Spacebar') {
    st.togglePlay();
  } else if (key === 'ArrowRight') {
    if (e.shiftKey) jumpPhase(1);
    else st.stepBy(1);
  } else if (key === 'ArrowLeft') {
    if (e.shiftKey) jumpPhase(-1);
    else st.stepBy(-1);
  } else if ((key === 'ArrowDown' || key === 'ArrowUp') && !e.shiftKey) {
    return scrollTourText(key);
  } else if (key === 'r' || key === 'R') {
    st.rewind();
  } else if (key === 'p' || key === 'P') {
    togglePresenterMode();
  } else if (/^[0-9]$/.test(key)) {
    choosePreset(key === '0' ? 9 : Number(key) - 1);
  } else if (key === 'n' || key === 'N') {
    tourMove(1);
  } else if (key === 'b' || key === 'B') {
    tourMove(-1);
  } else if ((key === 'a' || key === 'A') && st.tourStep !== null) {
    st.setTourAnswer(true);
  } else if (key === 'g' || key === 'G') {
    togglePredictAndFocus();
  } else if (key === '?') {
    st.setShortcutsOpen(!st.shortcutsOpen);
  } else {
    return false;
  }
  return true;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      pointerActive = true;
      // Clicking the element that already has focus fires no focus event.
      if (e.target instanceof Node && document.activeElement?.contains(e.target))
        focusFromPointer = true;
    };
    const onFocus = () => {
      focusFromPointer = pointerActive;
    };
    const onKeyFirst = () => {
      pointerActive = false;
    };
    const onKey = (e: KeyboardEvent) => {
      // Preventing the keydown also keeps a focused button from taking Space as a click.
      if (handleShortcut(e)) e.preventDefault();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('focusin', onFocus, true);
    window.addEventListener('keydown', onKeyFirst, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('focusin', onFocus, true);
      window.removeEventListener('keydown', onKeyFirst, true);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
