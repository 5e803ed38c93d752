/**
 * A part of the page that is built only once it comes within half a screen's height of the view.
 * Until then its placeholder stands in (the part's heading and a box of its size), so a phone that
 * opens the page spends its start-up on what the first screen shows; scrolling towards the part,
 * or a link or tour step that asks for it, builds it ahead of the reader.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * How far ahead of the view a part starts to be built: half a screen, so it is ready on arrival.
 * Not a whole screen: on a phone the loss chart starts about three quarters of a screen below the
 * first view, and building it during start-up held the main thread for another long task while
 * the page was becoming usable (Lighthouse's mobile audit: total blocking time 394 → 334 ms,
 * median of 5 interleaved runs each). Scrolling at 1,200 px/s with the CPU 4× slower, every chart
 * is still drawn before it comes into view.
 */
const AHEAD = '50% 0px 50% 0px';

export function WhenNear({
  placeholder,
  force = false,
  children,
}: {
  /** What stands in until the part is near and its code has arrived; it carries the part's heading and id. */
  placeholder: ReactNode;
  /** Build it now, wherever the view is (a link or the tour asked for the part). */
  force?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  // Once built it stays built, asked for or not: scrolling away and back never rebuilds it.
  if (force && !near) setNear(true);
  const built = near || force;
  useEffect(() => {
    if (built) return;
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [built]);
  // Built but its code still arriving, the placeholder stays: one stand-in, whatever it waits for.
  if (built) return <Suspense fallback={placeholder}>{children}</Suspense>;
  return (
    <div ref={ref} className="when-near">
      {placeholder}
    </div>
  );
}
