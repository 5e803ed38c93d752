/**
 * A chart's size, read from the box it fills. Recharts' own `responsive` mode reads its box with
 * getBoundingClientRect as the chart mounts, which makes the browser lay out the whole page there
 * and then, once per chart: on a phone's CPU that was about half of the start-up's blocking time.
 * A ResizeObserver is told the size after the browser's own layout, so it costs nothing extra.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export interface BoxSize {
  width: number;
  height: number;
}

/** Whether a box reported by the observer is one a chart can be drawn in. */
function drawable(width: number, height: number): boolean {
  return width >= 1 && height >= 1;
}

export function FitBox({ children }: { children: (size: BoxSize) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<BoxSize | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let first = true;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      // A hidden box (display: none) reports 0 × 0: the chart keeps the size it had, so it is
      // not torn down and rebuilt each time a question hides it.
      if (!box || !drawable(box.width, box.height)) return;
      const width = Math.floor(box.width);
      const height = Math.floor(box.height);
      const next = (was: BoxSize | null) =>
        was?.width === width && was.height === height ? was : { width, height };
      // The first size draws the chart at once; a later resize redraws it in the background, like
      // the rest of a chart's drawing, so it never holds up input.
      if (first) setSize(next);
      else startTransition(() => setSize(next));
      first = false;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="fit-box">
      {size ? children(size) : null}
    </div>
  );
}
