/**
 * Recharts' reference lines, areas and dots re-register themselves in the chart's store on every
 * render, and each registration makes the chart recompute its scales and points. These memoised
 * versions render only when a prop really changes, so a slider that moves the run leaves the mean
 * and ideal lines alone. Props are compared by value: label objects are rebuilt on every render.
 * The grid and the axes likewise: each frame of playback re-renders a chart to move its playhead,
 * and without this every grid line and tick of it was rendered again with it.
 */
import { memo } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';

function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === Array.prototype;
}

/** Equal primitives, or plain objects and arrays with equal contents; anything else by identity. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlain(a) || !isPlain(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(a[k], b[k]));
}

const sameProps = (a: object, b: object) => sameValue(a, b);

export const RefLine = memo(ReferenceLine, sameProps);
export const RefArea = memo(ReferenceArea, sameProps);
export const RefDot = memo(ReferenceDot, sameProps);
export const StableGrid = memo(CartesianGrid, sameProps);
export const StableXAxis = memo(XAxis, sameProps);
export const StableYAxis = memo(YAxis, sameProps);
