/**
 * Panels below the headline catch up with the settings one at a time, each in its own background
 * render. Rendering them together would commit them together, and Recharts then recomputes every
 * chart in one synchronous burst that a slider input has to wait behind. One panel per turn keeps
 * each uninterruptible piece small; panels off screen wait until input pauses.
 */
import {
  createContext,
  createElement,
  startTransition,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { ReactNode, RefObject } from 'react';

interface Turn {
  start: () => void;
}

/** Longest a panel may hold its turn, in case its render never commits (it was unmounted). */
const TURN_LIMIT_MS = 2_000;
/** How long input must pause before panels off screen catch up. */
export const OFF_SCREEN_DELAY_MS = 250;

/** The turns of one page's panels: one runs, the rest wait in order. */
export interface CatchUpQueue {
  /** Asks for a turn; returns the function that withdraws the request. */
  request(turn: Turn): () => void;
  /** Hands the turn on, if `turn` holds it. */
  release(turn: Turn): void;
  /** Whether a panel holds the turn, and how many wait for it. */
  snapshot(): { running: boolean; waiting: number };
}

export function createCatchUpQueue(): CatchUpQueue {
  const waiting: Turn[] = [];
  let running: Turn | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    if (running) return;
    const turn = waiting.shift();
    if (!turn) return;
    running = turn;
    watchdog = setTimeout(() => release(turn), TURN_LIMIT_MS);
    turn.start();
  };
  const release = (turn: Turn) => {
    if (running !== turn) return;
    running = null;
    clearTimeout(watchdog);
    // A new task, so the browser can paint (and take input) between two panels.
    setTimeout(next, 0);
  };
  return {
    request(turn) {
      waiting.push(turn);
      next();
      return () => {
        const i = waiting.indexOf(turn);
        if (i >= 0) waiting.splice(i, 1);
      };
    },
    release,
    snapshot: () => ({ running: running !== null, waiting: waiting.length }),
  };
}

const CatchUpContext = createContext<CatchUpQueue | null>(null);

/** The panels inside take their turns through one queue: this one's, or a new one for the page. */
export function CatchUpTurns({ children, queue }: { children: ReactNode; queue?: CatchUpQueue }) {
  const [own] = useState(createCatchUpQueue);
  return createElement(CatchUpContext.Provider, { value: queue ?? own }, children);
}

/** Whether the element is on screen or near it; true where IntersectionObserver is missing. */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => setNear(entries.some((e) => e.isIntersecting)),
      { rootMargin: '200px 0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  return near;
}

/**
 * The value this panel shows: it follows `target` when its turn comes, straight away on screen
 * and once input has paused off screen. Returns the shown value and whether it is behind.
 */
export function useCatchUp<T>(target: T, onScreen: boolean): [shown: T, behind: boolean] {
  const queue = useContext(CatchUpContext);
  if (!queue) throw new Error('useCatchUp needs a <CatchUpTurns> above it');
  const [shown, setShown] = useState(target);
  const latest = useRef(target);
  const shownRef = useRef(shown);
  const turnRef = useRef<Turn | null>(null);
  useEffect(() => {
    latest.current = target;
  }, [target]);

  useEffect(() => {
    shownRef.current = shown;
    // This panel's catch-up has committed: hand the turn on.
    if (turnRef.current) {
      queue.release(turnRef.current);
      turnRef.current = null;
    }
  }, [queue, shown]);

  useEffect(() => {
    if (Object.is(shown, target)) return;
    const turn: Turn = {
      start: () => {
        if (Object.is(latest.current, shownRef.current)) {
          queue.release(turn);
          return;
        }
        turnRef.current = turn;
        startTransition(() => setShown(latest.current));
      },
    };
    let cancel = () => {};
    const timer = setTimeout(
      () => {
        cancel = queue.request(turn);
      },
      onScreen ? 0 : OFF_SCREEN_DELAY_MS,
    );
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [queue, target, shown, onScreen]);

  useEffect(
    () => () => {
      if (turnRef.current) queue.release(turnRef.current);
    },
    [queue],
  );
  return [shown, !Object.is(shown, target)];
}
