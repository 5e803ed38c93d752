/**
 * Charts re-render only when what they would draw changes: their props by value (rows are rebuilt
 * by value). Everything a chart draws comes in its props, the length unit included (one formatter
 * object per unit), so Recharts is not asked to recompute a chart that would look the same.
 */
import { memo } from 'react';
import type { FunctionComponent, ReactNode } from 'react';
import { sameValue } from './stableReferences';

export function chartMemo<P extends object>(View: (props: P) => ReactNode): FunctionComponent<P> {
  const Chart = memo(View, sameValue);
  Chart.displayName = View.name;
  return Chart as unknown as FunctionComponent<P>;
}
