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
import { useAppStore } from './store';
import type { RealData } from './store';

let scenarios: Scenario[] | null = null;
let madeWith: RealData | null = null;

/** Each preset's scenario, computed once (presets are constant data), and again once Galton's table loads. */
function presetScenarios(): Scenario[] {
  const real = useAppStore.getState().realData;
  if (real !== madeWith) scenarios = null;
  madeWith = real;
  scenarios ??= PRESETS.map(presetScenario);
  return scenarios;
}

type Match = { preset: Preset; index: number } | null;
let last: { s: Readonly<Scenario>; match: Match } | null = null;

/**
 * The preset whose settings the scenario holds, with its index, or null. The menu asks on every
 * store change (each playback frame); the scenario object changes only when a setting does.
 */
export function presetOf(s: Readonly<Scenario>): Match {
  if (last?.s === s) return last.match;
  const keys = Object.keys(s) as (keyof Scenario)[];
  const index = presetScenarios().findIndex((p) => keys.every((k) => Object.is(p[k], s[k])));
  const match = index < 0 ? null : { preset: PRESETS[index]!, index };
  last = { s, match };
  return match;
}
