/** Whether a box that scrolls up and down has more to show below what is in sight, as it scrolls and resizes. */
import { useEffect, useState } from 'react';
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
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const next = { scrolls: scrollsDown(el), below: moreBelow(el) };
      setState((s) => (s.scrolls === next.scrolls && s.below === next.below ? s : next));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    for (const child of el.children) ro.observe(child);
    return () => {
      el.removeEventListener('scroll', update);
      ro.disconnect();
    };
  }, [ref, content]);
  return state;
}
