/**
 * Keeps the keyboard inside a modal dialog while it is mounted: Tab from its last control goes to its
 * first, Shift+Tab from its first to its last, and a Tab from outside it (after a click on the page
 * behind) comes back in. When it closes, the focus goes back where it was before it opened.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The dialog's controls the keyboard can reach, in the order Tab visits them. */
function tabbable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

export function useFocusTrap(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onKey = (e: KeyboardEvent) => {
      const root = ref.current;
      if (e.key !== 'Tab' || !root) return;
      const stops = tabbable(root);
      if (!stops.length) return;
      const first = stops[0]!;
      const last = stops[stops.length - 1]!;
      const here = document.activeElement;
      const inside = here instanceof Node && root.contains(here);
      if (!inside || (e.shiftKey && here === first) || (!e.shiftKey && here === last)) {
        e.preventDefault();
        (e.shiftKey ? last : first).focus();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      // Unless the page moved the focus on purpose meanwhile, to something still there.
      const here = document.activeElement;
      if (opener?.isConnected && (here === null || here === document.body || !here.isConnected))
        opener.focus();
    };
  }, [ref]);
}
