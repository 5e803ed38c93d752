// Which keys the page's shortcuts take and which they leave to the focused control; what Escape closes first.
import { act, render, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../state/store';
import { useQuestionOpen } from '../state/hooks';
import { useEscape } from '../ui/useEscape';
import { useShortcuts } from './useShortcuts';

/** Presses `key` on `el` as the browser would, and says whether the page's shortcut took it. */
function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}): boolean {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => {
    el.dispatchEvent(e);
  });
  return e.defaultPrevented;
}

/** Focuses `el` with the pointer (a click) or from the keyboard (Tab). */
function focus(el: HTMLElement, by: 'pointer' | 'keyboard') {
  if (by === 'pointer') el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  else el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
  el.focus();
}

const playing = () => useAppStore.getState().playing;

let host: HTMLElement;
beforeEach(() => {
  act(() => {
    useAppStore.getState().resetScenario();
    useAppStore.getState().pause();
    useAppStore.setState({ shortcutsOpen: false, tourStep: null });
  });
  host = document.createElement('div');
  host.innerHTML = `
    <input type="text" aria-label="field">
    <input type="range" aria-label="slider">
    <select aria-label="menu"><option>a</option></select>
    <button id="lone">Draw new data</button>
    <div class="playback"><button id="step">Step forward</button></div>
  `;
  document.body.append(host);
});
afterEach(() => host.remove());

const el = (selector: string) => host.querySelector<HTMLElement>(selector)!;

describe('keyboard shortcuts', () => {
  it('leave Space and the arrows to a text field and a menu', () => {
    renderHook(() => useShortcuts());
    for (const sel of ['input[type=text]', 'select']) {
      focus(el(sel), 'keyboard');
      expect(press(el(sel), ' '), sel).toBe(false);
      expect(press(el(sel), 'ArrowRight'), sel).toBe(false);
      expect(press(el(sel), '2'), sel).toBe(false);
    }
    expect(playing()).toBe(false);
  });

  it('play on Space from a slider, but leave its arrows to it', () => {
    renderHook(() => useShortcuts());
    const slider = el('input[type=range]');
    focus(slider, 'pointer');
    expect(press(slider, 'ArrowRight')).toBe(false);
    expect(press(slider, ' ')).toBe(true);
    expect(playing()).toBe(true);
  });

  it('play on Space from a playback button however it got focus, not pressing it again', () => {
    renderHook(() => useShortcuts());
    for (const by of ['pointer', 'keyboard'] as const) {
      act(() => useAppStore.getState().pause());
      focus(el('#step'), by);
      expect(press(el('#step'), ' '), by).toBe(true);
      expect(playing(), by).toBe(true);
    }
  });

  it('play on Space from a button that was clicked, but let a button reached by Tab take it', () => {
    renderHook(() => useShortcuts());
    focus(el('#lone'), 'keyboard');
    expect(press(el('#lone'), ' ')).toBe(false);
    expect(playing()).toBe(false);
    focus(el('#lone'), 'pointer');
    expect(press(el('#lone'), ' ')).toBe(true);
    expect(playing()).toBe(true);
  });

  it('Escape closes the newest dialog, then the shortcut list, then the tour', () => {
    renderHook(() => useShortcuts());
    let dialogOpen = true;
    const dialog = render(<Dialog onClose={() => (dialogOpen = false)} />);
    act(() => useAppStore.setState({ shortcutsOpen: true, tourStep: 2 }));
    expect(press(document.body, 'Escape')).toBe(true);
    expect(dialogOpen).toBe(false);
    expect(useAppStore.getState().shortcutsOpen).toBe(true);
    dialog.unmount();
    expect(press(document.body, 'Escape')).toBe(true);
    expect(useAppStore.getState().shortcutsOpen).toBe(false);
    expect(useAppStore.getState().tourStep).toBe(2);
    // From a text field too: Escape there has no edit to undo.
    expect(press(el('input[type=text]'), 'Escape')).toBe(true);
    expect(useAppStore.getState().tourStep).toBeNull();
    expect(press(document.body, 'Escape')).toBe(false);
  });

  it('Escape leaves predict-first mode only once the answer is shown, so a reflex press gives nothing away', () => {
    renderHook(() => useShortcuts());
    act(() => {
      useAppStore.getState().setView({ predict: true });
      useAppStore.setState({ revealed: false });
    });
    expect(press(el('input[type=text]'), 'Escape')).toBe(false);
    expect(useAppStore.getState().view.predict).toBe(true);
    act(() => useAppStore.setState({ revealed: true }));
    expect(press(document.body, 'Escape')).toBe(true);
    expect(useAppStore.getState().view.predict).toBe(false);
  });

  it('Escape during the tour closes an unanswered guess, not the tour, and the answer stays hidden', () => {
    renderHook(() => useShortcuts());
    act(() => {
      useAppStore.getState().setTourStep(3);
      useAppStore.getState().setView({ predict: true });
      useAppStore.setState({ revealed: false });
    });
    expect(press(document.body, 'Escape')).toBe(true);
    const st = useAppStore.getState();
    expect(st.view.predict).toBe(false);
    expect(st.tourStep).toBe(3);
    expect(renderHook(() => useQuestionOpen()).result.current).toBe(true);
    // A second press ends the tour, as it would without the guess.
    expect(press(document.body, 'Escape')).toBe(true);
    expect(useAppStore.getState().tourStep).toBeNull();
  });

  it('leave an Escape that a field already used to undo an edit', () => {
    renderHook(() => useShortcuts());
    act(() => useAppStore.setState({ tourStep: 1 }));
    const field = el('input[type=text]');
    field.addEventListener('keydown', (e) => e.preventDefault());
    press(field, 'Escape');
    expect(useAppStore.getState().tourStep).toBe(1);
  });
});

function Dialog({ onClose }: { onClose: () => void }) {
  useEscape(onClose);
  return null;
}
