/**
 * Charts re-render only when what they would draw changes: their props by value (rows are rebuilt
 * by value) and the page's length unit, which they read when they render rather than as a prop.
 * Recharts then is not asked to recompute a chart that would look the same.
 */
import { memo } from 'react';
import type { FunctionComponent, ReactNode } from 'react';
import { lengthUnit } from '../app/format';
import { sameValue } from './stableReferences';

export function chartMemo<P extends object>(View: (props: P) => ReactNode): FunctionComponent<P> {
  const drawnIn = new WeakMap<object, string>();
  function Chart(props: P) {
    drawnIn.set(props, lengthUnit());
    return View(props);
  }
  Chart.displayName = View.name;
  return memo(Chart, (a, b) => drawnIn.get(a) === lengthUnit() && sameValue(a, b));
}
