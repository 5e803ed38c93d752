/** Turns a preset (data) into a full scenario: defaults, then its settings, then its landing knob. */
import { landOnIdeal } from './landing';
import type { Preset } from './presets';
import { DEFAULT_SCENARIO } from './scenario';
import type { Scenario } from './scenario';

export function presetScenario(p: Readonly<Preset>): Scenario {
  const s: Scenario = { ...DEFAULT_SCENARIO, ...p.patch };
  if (!p.land) return s;
  const landed = landOnIdeal(s, p.land);
  return landed ? { ...s, ...landed.patch } : s;
}
