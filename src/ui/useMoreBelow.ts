/** Whether a box that scrolls up and down has more to show below what is in sight, as it scrolls and resizes. */
import { useState } from 'react';
import { useWatchBox } from './useWatchBox';
import type { RefObject } from 'react';

/** More below than is in sight, with a pixel of slack for fractional layout heights. */
export function moreBelow(el: { scrollTop: number; scrollHeight: number; clientHeight: number }) {
  return el.scrollHeight - el.clientHeight - el.scrollTop > 1;
}

/** Whether the box scrolls at all, its text taller than the box. */
export function scrollsDown(el: { scrollHeight: number; clientHeight: number }) {
  return el.scrollHeight - el.clientHeight > 1;
}

/**
 * Follows `ref`'s box: whether it scrolls at all (so it takes focus, and the keyboard can scroll it)
 * and whether more is below (so it says so). `content` re-reads it when what it shows changes.
 */
export function useMoreBelow(
  ref: RefObject<HTMLElement | null>,
  content: unknown,
): { scrolls: boolean; below: boolean } {
  const [state, setState] = useState({ scrolls: false, below: false });
  useWatchBox(
    ref,
    (el) => {
      const next = { scrolls: scrollsDown(el), below: moreBelow(el) };
      setState((s) => (s.scrolls === next.scrolls && s.below === next.below ? s : next));
    },
    content,
  );
  return state;
}
