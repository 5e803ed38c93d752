/**
 * The scenario in a link: a declarative table of short, readable query keys, each validated by a
 * schema. A bad or out-of-range value falls back to its default and is reported by name; the
 * version key lets later versions read old links. Pinned runs travel as the settings in which
 * they differ from the scenario (`pin=st:l2sp,lam:20`, once per pin), and the theme as `theme=`.
 * The stream's settings have keys of their own, each starting with `s`; a link from before the
 * stream existed has none of them and opens the stream at its defaults.
 */
import * as v from 'valibot';
import { DATA_SOURCES, DEFAULT_SCENARIO, LIMITS } from './scenario';
import type { Scenario } from './scenario';
import { DEFAULT_STREAM, DRIFT_KINDS, STREAM_LIMITS } from './streamSettings';
import type { StreamSettings } from './streamSettings';
import { DEFAULT_VIEW, HIDEABLE, LABEL_MAX } from './view';
import type { HideableId, View } from './view';
import { MAX_PINS } from './store';
import type { ThemeChoice } from './store';

export const LINK_VERSION = 1;

const num = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(),
    v.transform(Number),
    v.number(),
    v.finite(),
    v.minValue(min),
    v.maxValue(max),
  );
const int = (min: number, max: number) => v.pipe(num(min, max), v.integer());
const optimizer = v.picklist(['sgd', 'momentum', 'adam'] as const);
const batch = v.union([
  v.pipe(v.string(), v.literal('full')),
  int(LIMITS.batch.min, LIMITS.batch.max),
]);
const strategy = v.picklist(['naive', 'early', 'l2sp', 'replay', 'freeze'] as const);
const goal = v.picklist(['everyone', 'new'] as const);
const source = v.picklist(DATA_SOURCES);

interface ScenarioField {
  key: string;
  field: keyof Scenario;
  label: string;
  schema: v.GenericSchema<string, unknown>;
}

/** Every scenario setting, its key in a link and its name in a notice. */
export const SCENARIO_FIELDS: readonly ScenarioField[] = [
  { key: 'od', field: 'oldSource', label: 'Old data source', schema: source },
  { key: 'nd', field: 'newSource', label: 'New data source', schema: source },
  {
    key: 'on',
    field: 'oldSize',
    label: 'Old data size',
    schema: int(LIMITS.oldSize.min, LIMITS.oldSize.max),
  },
  {
    key: 'om',
    field: 'oldMean',
    label: 'Old mean',
    schema: num(LIMITS.oldMean.min, LIMITS.oldMean.max),
  },
  {
    key: 'os',
    field: 'oldStd',
    label: 'Old spread',
    schema: num(LIMITS.oldStd.min, LIMITS.oldStd.max),
  },
  {
    key: 'nn',
    field: 'newSize',
    label: 'New data size',
    schema: int(LIMITS.newSize.min, LIMITS.newSize.max),
  },
  {
    key: 'nm',
    field: 'newMean',
    label: 'New mean',
    schema: num(LIMITS.newMean.min, LIMITS.newMean.max),
  },
  {
    key: 'ns',
    field: 'newStd',
    label: 'New spread',
    schema: num(LIMITS.newStd.min, LIMITS.newStd.max),
  },
  { key: 'seed', field: 'seed', label: 'Seed', schema: int(LIMITS.seed.min, LIMITS.seed.max) },
  { key: 'init', field: 'init', label: 'Initial θ', schema: num(LIMITS.init.min, LIMITS.init.max) },
  {
    key: 'ps',
    field: 'preSteps',
    label: 'Pre-training steps',
    schema: int(LIMITS.preSteps.min, LIMITS.preSteps.max),
  },
  {
    key: 'plr',
    field: 'preLr',
    label: 'Pre-training learning rate',
    schema: num(LIMITS.preLr.min, LIMITS.preLr.max),
  },
  { key: 'popt', field: 'preOptimizer', label: 'Pre-training optimiser', schema: optimizer },
  { key: 'pb', field: 'preBatch', label: 'Pre-training batch size', schema: batch },
  {
    key: 'fs',
    field: 'ftSteps',
    label: 'Fine-tuning steps',
    schema: int(LIMITS.ftSteps.min, LIMITS.ftSteps.max),
  },
  {
    key: 'lr',
    field: 'ftLr',
    label: 'Learning rate',
    schema: num(LIMITS.ftLr.min, LIMITS.ftLr.max),
  },
  { key: 'opt', field: 'ftOptimizer', label: 'Optimiser', schema: optimizer },
  { key: 'b', field: 'ftBatch', label: 'Batch size', schema: batch },
  { key: 'st', field: 'strategy', label: 'Strategy', schema: strategy },
  {
    key: 'k',
    field: 'earlyStop',
    label: 'Early stopping step',
    schema: int(LIMITS.earlyStop.min, LIMITS.earlyStop.max),
  },
  {
    key: 'lam',
    field: 'lambda',
    label: 'L2 strength',
    schema: num(LIMITS.lambda.min, LIMITS.lambda.max),
  },
  {
    key: 'rho',
    field: 'rho',
    label: 'Replay fraction',
    schema: num(LIMITS.rho.min, LIMITS.rho.max),
  },
  { key: 'goal', field: 'goal', label: 'Whom θ is for', schema: goal },
  {
    key: 'tau',
    field: 'tau',
    label: 'Similarity tau',
    schema: num(LIMITS.tau.min, LIMITS.tau.max),
  },
  {
    key: 'vf',
    field: 'valFraction',
    label: 'Validation share',
    schema: num(LIMITS.valFraction.min, LIMITS.valFraction.max),
  },
  { key: 'kf', field: 'folds', label: 'Folds', schema: int(LIMITS.folds.min, LIMITS.folds.max) },
];

interface StreamField {
  key: string;
  field: keyof StreamSettings;
  label: string;
  schema: v.GenericSchema<string, unknown>;
}

const streamInt = (k: keyof typeof STREAM_LIMITS) =>
  int(STREAM_LIMITS[k].min, STREAM_LIMITS[k].max);
const streamNum = (k: keyof typeof STREAM_LIMITS) =>
  num(STREAM_LIMITS[k].min, STREAM_LIMITS[k].max);

/** Every stream setting, its key in a link and its name in a notice. */
export const STREAM_FIELDS: readonly StreamField[] = [
  { key: 'sk', field: 'rounds', label: 'Stream rounds', schema: streamInt('rounds') },
  { key: 'sb', field: 'batch', label: 'Heights per round', schema: streamInt('batch') },
  { key: 'ssd', field: 'std', label: 'Stream spread', schema: streamNum('std') },
  { key: 'sn0', field: 'n0', label: 'Stream pre-training size', schema: streamInt('n0') },
  { key: 'sdk', field: 'driftKind', label: 'Drift kind', schema: v.picklist(DRIFT_KINDS) },
  { key: 'sds', field: 'driftSize', label: 'Drift size', schema: streamNum('driftSize') },
  { key: 'sja', field: 'jumpAt', label: 'Jump round', schema: streamInt('jumpAt') },
  { key: 'sw', field: 'window', label: 'Window of rounds', schema: streamInt('window') },
  { key: 'sst', field: 'steps', label: 'Steps per round', schema: streamInt('steps') },
  { key: 'slr', field: 'lr', label: 'Stream learning rate', schema: streamNum('lr') },
  { key: 'sq', field: 'filterQ', label: 'Filter’s assumed q', schema: streamNum('filterQ') },
  { key: 'sseed', field: 'seed', label: 'Stream seed', schema: streamInt('seed') },
];

const label = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(LABEL_MAX));
const flag = v.picklist(['0', '1'] as const);
const units = v.picklist(['cm', 'in'] as const);
const theme = v.picklist(['light', 'dark'] as const);
const hideIds = new Set<string>(HIDEABLE.map((h) => h.id));

/** Keys of the view, the playhead, the theme and the pins. */
export const VIEW_KEYS = [
  'v',
  't',
  'pres',
  'hide',
  'ol',
  'nl',
  'u',
  'predict',
  'embed',
  'theme',
  'pin',
] as const;

export interface DecodedLink {
  scenario: Scenario;
  stream: StreamSettings;
  view: View;
  /** Step of the playhead, or null for "at the end". */
  playhead: number | null;
  /** Names of the settings that were ignored, with the offending text. */
  ignored: string[];
  /** The link came from a newer version than this page. */
  newer: boolean;
  /** The theme the link asks for, or null to leave the page's as it is. */
  theme: Exclude<ThemeChoice, 'system'> | null;
  /** The scenarios of the pinned runs, oldest first. */
  pins: Scenario[];
}

function shown(text: string): string {
  const t = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return JSON.stringify(t);
}

/**
 * Reads a query string into a valid scenario and view. Never throws: every field that is missing
 * takes its default, and every one that is malformed or out of range takes its default and is
 * named in `ignored`.
 */
export function decodeLink(search: string): DecodedLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    params = new URLSearchParams();
  }
  const scenario: Scenario = { ...DEFAULT_SCENARIO };
  const view: View = { ...DEFAULT_VIEW, hidden: [] };
  const ignored: string[] = [];
  const known = new Set<string>([
    ...SCENARIO_FIELDS.map((f) => f.key),
    ...STREAM_FIELDS.map((f) => f.key),
    ...VIEW_KEYS,
  ]);

  for (const f of SCENARIO_FIELDS) {
    const raw = params.get(f.key);
    if (raw === null) continue;
    const r = v.safeParse(f.schema, raw);
    if (r.success) (scenario as unknown as Record<string, unknown>)[f.field] = r.output;
    else ignored.push(`${f.label} (${shown(raw)})`);
  }
  const stream: StreamSettings = { ...DEFAULT_STREAM };
  for (const f of STREAM_FIELDS) {
    const raw = params.get(f.key);
    if (raw === null) continue;
    const r = v.safeParse(f.schema, raw);
    if (r.success) (stream as unknown as Record<string, unknown>)[f.field] = r.output;
    else ignored.push(`${f.label} (${shown(raw)})`);
  }
  // Links from before the goal existed aimed at the posterior ideal whenever τ > 0.
  if (params.get('goal') === null && scenario.tau > 0) scenario.goal = 'new';

  let newer = false;
  const version = params.get('v');
  if (version !== null) {
    const r = v.safeParse(int(1, 1_000_000), version);
    if (!r.success) ignored.push(`Link version (${shown(version)})`);
    else newer = r.output > LINK_VERSION;
  }

  let playhead: number | null = null;
  const t = params.get('t');
  if (t !== null) {
    const r = v.safeParse(int(0, LIMITS.preSteps.max + LIMITS.ftSteps.max), t);
    if (r.success) playhead = Math.min(r.output, scenario.preSteps + scenario.ftSteps);
    else ignored.push(`Playhead step (${shown(t)})`);
  }

  const flagOf = (key: string, name: string): boolean => {
    const raw = params.get(key);
    if (raw === null) return false;
    const r = v.safeParse(flag, raw);
    if (!r.success) ignored.push(`${name} (${shown(raw)})`);
    return r.success && r.output === '1';
  };
  view.presenter = flagOf('pres', 'Presenter mode');
  view.predict = flagOf('predict', 'Predict mode');
  view.embed = flagOf('embed', 'Embed mode');

  for (const [key, field, name] of [
    ['ol', 'oldLabel', 'Old data name'],
    ['nl', 'newLabel', 'New data name'],
  ] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    const r = v.safeParse(label, raw);
    if (r.success) view[field] = r.output;
    else ignored.push(`${name} (${shown(raw)})`);
  }

  const u = params.get('u');
  if (u !== null) {
    const r = v.safeParse(units, u);
    if (r.success) view.units = r.output;
    else ignored.push(`Units (${shown(u)})`);
  }

  const hide = params.get('hide');
  if (hide !== null && hide !== '') {
    for (const id of hide.split(',')) {
      if (hideIds.has(id)) {
        if (!view.hidden.includes(id as HideableId)) view.hidden.push(id as HideableId);
      } else {
        ignored.push(`Hidden part (${shown(id)})`);
      }
    }
  }

  let chosenTheme: DecodedLink['theme'] = null;
  const th = params.get('theme');
  if (th !== null) {
    const r = v.safeParse(theme, th);
    if (r.success) chosenTheme = r.output;
    else ignored.push(`Theme (${shown(th)})`);
  }

  const pins: Scenario[] = [];
  params.getAll('pin').forEach((raw, i) => {
    const name = `Pinned run ${i + 1}`;
    if (i >= MAX_PINS) {
      ignored.push(`${name} (at most ${MAX_PINS} are kept)`);
      return;
    }
    pins.push(decodePin(raw, scenario, name, ignored));
  });

  for (const key of new Set(params.keys())) {
    if (!known.has(key)) ignored.push(`Unknown setting ${shown(key)}`);
  }

  return { scenario, stream, view, playhead, ignored, newer, theme: chosenTheme, pins };
}

const FIELD_BY_KEY = new Map(SCENARIO_FIELDS.map((f) => [f.key, f]));

/**
 * A pinned run's settings: the link's scenario with the pin's differences applied. Each difference
 * is checked like the field it names; a bad one leaves that setting as the scenario has it and is
 * named in `ignored`, so the pin still shows.
 */
function decodePin(
  raw: string,
  base: Readonly<Scenario>,
  name: string,
  ignored: string[],
): Scenario {
  const pin: Scenario = { ...base };
  for (const pair of raw.split(',')) {
    if (pair === '') continue;
    const at = pair.indexOf(':');
    const f = at > 0 ? FIELD_BY_KEY.get(pair.slice(0, at)) : undefined;
    if (!f) {
      ignored.push(
        `${name}: ${at > 0 ? `unknown setting ${shown(pair.slice(0, at))}` : shown(pair)}`,
      );
      continue;
    }
    const value = pair.slice(at + 1);
    const r = v.safeParse(f.schema, value);
    if (r.success) (pin as unknown as Record<string, unknown>)[f.field] = r.output;
    else ignored.push(`${name}: ${f.label} (${shown(value)})`);
  }
  return pin;
}

/** A pinned run as the settings in which it differs from `base`: "st:l2sp,lam:20". */
export function encodePin(pin: Readonly<Scenario>, base: Readonly<Scenario>): string {
  return SCENARIO_FIELDS.filter((f) => pin[f.field] !== base[f.field])
    .map((f) => `${f.key}:${String(pin[f.field])}`)
    .join(',');
}

/** What a link carries besides the scenario, the view and the playhead. */
export interface LinkExtras {
  theme?: ThemeChoice;
  /** The stream's settings; a link without them holds the defaults. */
  stream?: Readonly<StreamSettings>;
  /** The scenarios of the pinned runs, oldest first. */
  pins?: readonly Readonly<Scenario>[];
}

/** Writes every setting, so a link keeps its meaning even if the defaults change later. */
export function encodeLink(
  scenario: Readonly<Scenario>,
  view: Readonly<View>,
  playhead: number | null,
  extras: LinkExtras = {},
): string {
  const params = new URLSearchParams();
  params.set('v', String(LINK_VERSION));
  for (const f of SCENARIO_FIELDS) params.set(f.key, String(scenario[f.field]));
  const stream = extras.stream ?? DEFAULT_STREAM;
  for (const f of STREAM_FIELDS) params.set(f.key, String(stream[f.field]));
  if (playhead !== null) params.set('t', String(playhead));
  if (view.presenter) params.set('pres', '1');
  if (view.predict) params.set('predict', '1');
  if (view.embed) params.set('embed', '1');
  if (view.hidden.length) params.set('hide', view.hidden.join(','));
  if (view.oldLabel !== DEFAULT_VIEW.oldLabel) params.set('ol', view.oldLabel);
  if (view.newLabel !== DEFAULT_VIEW.newLabel) params.set('nl', view.newLabel);
  if (view.units !== DEFAULT_VIEW.units) params.set('u', view.units);
  if (extras.theme && extras.theme !== 'system') params.set('theme', extras.theme);
  for (const pin of extras.pins ?? []) params.append('pin', encodePin(pin, scenario));
  return params.toString();
}
