/**
 * Which preset is on screen, derived rather than stored: the scenario is a preset's when every
 * setting equals that preset's, however it was reached (the menu, a key, the tour or a link).
 * A preset's lesson is claimed, and tested, for its own settings only, so once any setting moves
 * the page stops showing it.
 */
import { presetScenario } from './applyPreset';
import { PRESETS } from './presets';
import type { Preset } from './presets';
import type { Scenario } from './scenario';

let scenarios: Scenario[] | null = null;

/** Each preset's scenario, computed once: presets are constant data. */
function presetScenarios(): Scenario[] {
  scenarios ??= PRESETS.map(presetScenario);
  return scenarios;
}

/** The preset whose settings the scenario holds, with its index, or null. */
export function presetOf(s: Readonly<Scenario>): { preset: Preset; index: number } | null {
  const keys = Object.keys(s) as (keyof Scenario)[];
  const index = presetScenarios().findIndex((p) => keys.every((k) => Object.is(p[k], s[k])));
  return index < 0 ? null : { preset: PRESETS[index]!, index };
}
