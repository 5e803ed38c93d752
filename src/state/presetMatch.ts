/**
 * Which preset is on screen, derived rather than stored: the scenario is a preset's when every
 * setting equals that preset's, however it was reached (the menu, a key, the tour or a link).
 * A preset's lesson is claimed, and tested, for its own settings only, so once any setting moves
 * the page stops showing it.
 */
import { presetScenario, presetStream } from './applyPreset';
import { PRESETS } from './presets';
import type { Preset } from './presets';
import type { Scenario } from './scenario';
import type { StreamSettings } from './streamSettings';
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
let last: { s: Readonly<Scenario>; stream: Readonly<StreamSettings>; match: Match } | null = null;

const same = <T extends object>(a: Readonly<T>, b: Readonly<T>) =>
  (Object.keys(a) as (keyof T)[]).every((k) => Object.is(a[k], b[k]));

let streams: StreamSettings[] | null = null;

/**
 * The preset whose settings the scenario and the stream hold, with its index, or null. The menu
 * asks on every store change (each playback frame); the two objects change only when a setting does.
 */
export function presetOf(s: Readonly<Scenario>, stream: Readonly<StreamSettings>): Match {
  if (last?.s === s && last.stream === stream) return last.match;
  streams ??= PRESETS.map(presetStream);
  const all = presetScenarios();
  const index = PRESETS.findIndex((_, i) => same(all[i]!, s) && same(streams![i]!, stream));
  const match = index < 0 ? null : { preset: PRESETS[index]!, index };
  last = { s, stream, match };
  return match;
}
