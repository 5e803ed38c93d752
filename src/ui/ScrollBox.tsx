/** A box that scrolls sideways when its content is too wide, and shows that it does: a fade at the cut edge and a "scroll →" hint. */
import { useRef, useState } from 'react';
import { useWatchBox } from './useWatchBox';
import type { ReactNode, RefObject } from 'react';
import { t } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/catalogue';

/** Which way there is more to see: none, to the right, to the left, or both. */
export type ScrollMore = 'none' | 'right' | 'left' | 'both';

export function scrollMore(el: {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
}): ScrollMore {
  // A pixel of slack: fractional layout widths can leave scrollWidth one above clientWidth.
  const hidden = el.scrollWidth - el.clientWidth;
  if (hidden <= 1) return 'none';
  const left = el.scrollLeft > 1;
  const right = el.scrollLeft < hidden - 1;
  return left && right ? 'both' : left ? 'left' : right ? 'right' : 'none';
}

/** Follows whether `ref`'s element has more to show on either side, as it scrolls and resizes. */
export function useScrollMore(ref: RefObject<HTMLElement | null>): ScrollMore {
  const [more, setMore] = useState<ScrollMore>('none');
  useWatchBox(ref, (el) => setMore(scrollMore(el)));
  return more;
}

const HINTS: Record<Exclude<ScrollMore, 'none'>, MessageKey> = {
  right: 'ui.scroll.right',
  left: 'ui.scroll.left',
  both: 'ui.scroll.both',
};

interface ScrollBoxProps {
  children: ReactNode;
  /** Class of the scrolling box itself, e.g. "table-wrap". */
  className?: string;
  /** Accessible name of the box (in the language on show), which takes focus so the keyboard can scroll it. */
  label: string;
  role?: 'region' | 'group';
  /** A span for a box inside running text (a formula in a paragraph). */
  inline?: boolean;
}

export function ScrollBox({ children, className, label, role = 'region', inline }: ScrollBoxProps) {
  const ref = useRef<HTMLElement>(null);
  const more = useScrollMore(ref);
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag className="scroll-box" data-more={more}>
      {more === 'none' ? null : (
        <span className="scroll-hint" aria-hidden="true">
          {t(HINTS[more])}
        </span>
      )}
      <Tag
        ref={ref as RefObject<HTMLDivElement & HTMLSpanElement>}
        className={`scroll-box-inner ${className ?? ''}`}
        tabIndex={0}
        role={role}
        aria-label={label}
      >
        {children}
      </Tag>
    </Tag>
  );
}
