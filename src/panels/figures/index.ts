/**
 * The chart panels in one file of their own, with Recharts: the page paints its controls and
 * readout without waiting for them. App requests this file as soon as it starts.
 */
export { DataPanel } from './DataPanel';
export { DriftPanel } from './DriftPanel';
export { LossPanel } from './LossPanel';
export { SweepPanel } from './SweepPanel';
