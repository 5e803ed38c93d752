/** Turns a drag on a chart into a value on its vertical axis, for placing a guess marker. */
import { useCallback } from 'react';
import type { PointerEvent } from 'react';
import type { Domain } from './domain';

export function useGuessDrag(domain: Domain, onGuess: ((value: number) => void) | null) {
  const toValue = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      // The grid's box is the plot area: the part of the chart that maps to the y domain.
      const grid = e.currentTarget.querySelector('.recharts-cartesian-grid');
      const box = (grid ?? e.currentTarget).getBoundingClientRect();
      const f = (e.clientY - box.top) / box.height;
      const v = domain[1] - Math.min(1, Math.max(0, f)) * (domain[1] - domain[0]);
      return Math.round(v * 10) / 10;
    },
    [domain],
  );
  if (!onGuess) return {};
  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      e.currentTarget.setPointerCapture?.(e.pointerId);
      onGuess(toValue(e));
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (e.buttons & 1) onGuess(toValue(e));
    },
  };
}
