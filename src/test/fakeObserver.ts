/**
 * A stand-in for the browser's ResizeObserver or IntersectionObserver, which jsdom lacks. Each
 * instance keeps the callback it was given, so a test reports a box size or a crossing when it
 * chooses, as the browser would after a layout.
 */
export function fakeObserver<Entry>() {
  const callbacks: ((entries: Entry[]) => void)[] = [];
  class Observer {
    constructor(cb: (entries: Entry[]) => void) {
      callbacks.push(cb);
    }
    observe(): void {}
    disconnect(): void {}
    unobserve(): void {}
  }
  return {
    Observer,
    /** Tells the latest observer made about `entries`. */
    report: (...entries: Entry[]) => callbacks.at(-1)!(entries),
    /** Forgets every observer made, between tests. */
    reset: () => {
      callbacks.length = 0;
    },
  };
}
