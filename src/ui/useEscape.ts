/** Escape closes what is open on top of the page (a dialog, a menu), the newest first. */
import { useEffect, useRef } from 'react';

// Dialogs and menus open on top of the page register here; Escape closes the newest first.
const escapeStack: { close: () => void }[] = [];

/** Escape closes this (a dialog or a menu) while it is mounted, before anything else on the page. */
export function useEscape(close: () => void): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    const entry = { close: () => latest.current() };
    escapeStack.push(entry);
    return () => {
      const i = escapeStack.indexOf(entry);
      if (i >= 0) escapeStack.splice(i, 1);
    };
  }, []);
}

/** Closes the newest dialog or menu that asked for Escape; false when none is open. */
export function closeNewest(): boolean {
  const top = escapeStack.at(-1);
  if (!top) return false;
  top.close();
  return true;
}
