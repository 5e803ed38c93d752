/** Runs a reading of a box when it scrolls or when it or its children change size, and once at first. */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Calls `read` with `ref`'s element as it scrolls and resizes, its content included (a new table
 * row, a longer answer). `content` starts the watch again when what the box holds is replaced.
 */
export function useWatchBox(
  ref: RefObject<HTMLElement | null>,
  read: (el: HTMLElement) => void,
  content?: unknown,
): void {
  const latest = useRef(read);
  useEffect(() => {
    latest.current = read;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => latest.current(el);
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
}
