/** The type size of a projected chart: presenter mode scales the page's rem with the screen, and its charts follow. */
import { useEffect, useState } from 'react';

const rootFontPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** The root font size in px while `on` (read again on every resize), else undefined. */
export function useProjectedFont(on: boolean): number | undefined {
  const [px, setPx] = useState(24);
  useEffect(() => {
    if (!on) return;
    // Read after the commit that turned presenter mode on, whose stylesheet sets the size.
    const update = () => setPx(Math.round(rootFontPx()));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [on]);
  return on ? px : undefined;
}
