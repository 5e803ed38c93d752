/**
 * Turns a preset (data) into a full scenario and stream settings: defaults, then its settings (with a real group's mean,
 * spread and count once Galton's table has loaded), then its landing knob.
 */
import { landOnIdeal } from './landing';
import type { Preset } from './presets';
import { DEFAULT_SCENARIO } from './scenario';
import type { Scenario } from './scenario';
import { DEFAULT_STREAM } from './streamSettings';
import type { StreamSettings } from './streamSettings';
import { useAppStore, withRealData } from './store';

export function presetScenario(p: Readonly<Preset>): Scenario {
  const s = withRealData({ ...DEFAULT_SCENARIO, ...p.patch }, useAppStore.getState().realData);
  if (!p.land) return s;
  const landed = landOnIdeal(s, p.land);
  return landed ? { ...s, ...landed.patch } : s;
}

/** The stream settings a preset loads: its own on top of the defaults (the defaults for a two-phase preset). */
export function presetStream(p: Readonly<Preset>): StreamSettings {
  return { ...DEFAULT_STREAM, ...p.stream };
}
