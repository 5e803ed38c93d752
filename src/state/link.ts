/**
 * The scenario in a link: a declarative table of short, readable query keys, each validated by a
 * schema. A bad or out-of-range value falls back to its default and is reported by name; the
 * version key lets later versions read old links. Pinned runs travel as the settings in which
 * they differ from the scenario (`pin=st:l2sp,lam:20`, once per pin), the theme as `theme=` and the
 * language as `lang=`. Numbers are written as JavaScript writes them, whatever the language on show,
 * so a link means the same in every language.
 * The stream's settings have keys of their own, each starting with `s`; a link from before the
 * stream existed has none of them and opens the stream at its defaults.
 */
import * as v from 'valibot';
import { t } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/catalogue';
import { linkLocale } from '../i18n/locales';
import { formatInt } from '../ui/format';
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
  label: MessageKey;
  schema: v.GenericSchema<string, unknown>;
}

/** Every scenario setting, its key in a link and its name in a notice. */
export const SCENARIO_FIELDS: readonly ScenarioField[] = [
  { key: 'od', field: 'oldSource', label: 'state.field.oldSource', schema: source },
  { key: 'nd', field: 'newSource', label: 'state.field.newSource', schema: source },
  {
    key: 'on',
    field: 'oldSize',
    label: 'state.field.oldSize',
    schema: int(LIMITS.oldSize.min, LIMITS.oldSize.max),
  },
  {
    key: 'om',
    field: 'oldMean',
    label: 'state.field.oldMean',
    schema: num(LIMITS.oldMean.min, LIMITS.oldMean.max),
  },
  {
    key: 'os',
    field: 'oldStd',
    label: 'state.field.oldStd',
    schema: num(LIMITS.oldStd.min, LIMITS.oldStd.max),
  },
  {
    key: 'nn',
    field: 'newSize',
    label: 'state.field.newSize',
    schema: int(LIMITS.newSize.min, LIMITS.newSize.max),
  },
  {
    key: 'nm',
    field: 'newMean',
    label: 'state.field.newMean',
    schema: num(LIMITS.newMean.min, LIMITS.newMean.max),
  },
  {
    key: 'ns',
    field: 'newStd',
    label: 'state.field.newStd',
    schema: num(LIMITS.newStd.min, LIMITS.newStd.max),
  },
  {
    key: 'seed',
    field: 'seed',
    label: 'state.field.seed',
    schema: int(LIMITS.seed.min, LIMITS.seed.max),
  },
  {
    key: 'init',
    field: 'init',
    label: 'state.field.init',
    schema: num(LIMITS.init.min, LIMITS.init.max),
  },
  {
    key: 'ps',
    field: 'preSteps',
    label: 'state.field.preSteps',
    schema: int(LIMITS.preSteps.min, LIMITS.preSteps.max),
  },
  {
    key: 'plr',
    field: 'preLr',
    label: 'state.field.preLr',
    schema: num(LIMITS.preLr.min, LIMITS.preLr.max),
  },
  { key: 'popt', field: 'preOptimizer', label: 'state.field.preOptimizer', schema: optimizer },
  { key: 'pb', field: 'preBatch', label: 'state.field.preBatch', schema: batch },
  {
    key: 'fs',
    field: 'ftSteps',
    label: 'state.field.ftSteps',
    schema: int(LIMITS.ftSteps.min, LIMITS.ftSteps.max),
  },
  {
    key: 'lr',
    field: 'ftLr',
    label: 'state.field.ftLr',
    schema: num(LIMITS.ftLr.min, LIMITS.ftLr.max),
  },
  { key: 'opt', field: 'ftOptimizer', label: 'state.field.ftOptimizer', schema: optimizer },
  { key: 'b', field: 'ftBatch', label: 'state.field.ftBatch', schema: batch },
  { key: 'st', field: 'strategy', label: 'state.field.strategy', schema: strategy },
  {
    key: 'k',
    field: 'earlyStop',
    label: 'state.field.earlyStop',
    schema: int(LIMITS.earlyStop.min, LIMITS.earlyStop.max),
  },
  {
    key: 'lam',
    field: 'lambda',
    label: 'state.field.lambda',
    schema: num(LIMITS.lambda.min, LIMITS.lambda.max),
  },
  {
    key: 'rho',
    field: 'rho',
    label: 'state.field.rho',
    schema: num(LIMITS.rho.min, LIMITS.rho.max),
  },
  { key: 'goal', field: 'goal', label: 'state.field.goal', schema: goal },
  {
    key: 'tau',
    field: 'tau',
    label: 'state.field.tau',
    schema: num(LIMITS.tau.min, LIMITS.tau.max),
  },
  {
    key: 'vf',
    field: 'valFraction',
    label: 'state.field.valFraction',
    schema: num(LIMITS.valFraction.min, LIMITS.valFraction.max),
  },
  {
    key: 'kf',
    field: 'folds',
    label: 'state.field.folds',
    schema: int(LIMITS.folds.min, LIMITS.folds.max),
  },
];

interface StreamField {
  key: string;
  field: keyof StreamSettings;
  label: MessageKey;
  schema: v.GenericSchema<string, unknown>;
}

const streamInt = (k: keyof typeof STREAM_LIMITS) =>
  int(STREAM_LIMITS[k].min, STREAM_LIMITS[k].max);
const streamNum = (k: keyof typeof STREAM_LIMITS) =>
  num(STREAM_LIMITS[k].min, STREAM_LIMITS[k].max);

/** Every stream setting, its key in a link and its name in a notice. */
export const STREAM_FIELDS: readonly StreamField[] = [
  { key: 'sk', field: 'rounds', label: 'state.streamField.rounds', schema: streamInt('rounds') },
  { key: 'sb', field: 'batch', label: 'state.streamField.batch', schema: streamInt('batch') },
  { key: 'ssd', field: 'std', label: 'state.streamField.std', schema: streamNum('std') },
  { key: 'sn0', field: 'n0', label: 'state.streamField.n0', schema: streamInt('n0') },
  {
    key: 'sdk',
    field: 'driftKind',
    label: 'state.streamField.driftKind',
    schema: v.picklist(DRIFT_KINDS),
  },
  {
    key: 'sds',
    field: 'driftSize',
    label: 'state.streamField.driftSize',
    schema: streamNum('driftSize'),
  },
  { key: 'sja', field: 'jumpAt', label: 'state.streamField.jumpAt', schema: streamInt('jumpAt') },
  { key: 'sw', field: 'window', label: 'state.streamField.window', schema: streamInt('window') },
  { key: 'sst', field: 'steps', label: 'state.streamField.steps', schema: streamInt('steps') },
  { key: 'slr', field: 'lr', label: 'state.streamField.lr', schema: streamNum('lr') },
  { key: 'sq', field: 'filterQ', label: 'state.streamField.filterQ', schema: streamNum('filterQ') },
  { key: 'sseed', field: 'seed', label: 'state.streamField.seed', schema: streamInt('seed') },
];

const label = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(LABEL_MAX));
const flag = v.picklist(['0', '1'] as const);
const units = v.picklist(['cm', 'in'] as const);
const theme = v.picklist(['light', 'dark'] as const);
const hideIds = new Set<string>(HIDEABLE.map((h) => h.id));

/** Keys of the view, the playhead, the theme, the pins and the language. */
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
  'lang',
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

/** The offending text as a notice quotes it: cut short, with its control characters escaped. */
function shown(text: string): string {
  const cut = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return JSON.stringify(cut).slice(1, -1);
}

/** A setting that was ignored, named with the text it was given: Units ("mm"). */
function named(label: MessageKey, raw: string): string {
  return t('state.link.ignored', { setting: t(label), value: shown(raw) });
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
    else ignored.push(named(f.label, raw));
  }
  const stream: StreamSettings = { ...DEFAULT_STREAM };
  for (const f of STREAM_FIELDS) {
    const raw = params.get(f.key);
    if (raw === null) continue;
    const r = v.safeParse(f.schema, raw);
    if (r.success) (stream as unknown as Record<string, unknown>)[f.field] = r.output;
    else ignored.push(named(f.label, raw));
  }
  // Links from before the goal existed aimed at the posterior ideal whenever τ > 0.
  if (params.get('goal') === null && scenario.tau > 0) scenario.goal = 'new';

  let newer = false;
  const version = params.get('v');
  if (version !== null) {
    const r = v.safeParse(int(1, 1_000_000), version);
    if (!r.success) ignored.push(named('state.link.version', version));
    else newer = r.output > LINK_VERSION;
  }

  let playhead: number | null = null;
  const step = params.get('t');
  if (step !== null) {
    const r = v.safeParse(int(0, LIMITS.preSteps.max + LIMITS.ftSteps.max), step);
    if (r.success) playhead = Math.min(r.output, scenario.preSteps + scenario.ftSteps);
    else ignored.push(named('state.link.playhead', step));
  }

  const flagOf = (key: string, name: MessageKey): boolean => {
    const raw = params.get(key);
    if (raw === null) return false;
    const r = v.safeParse(flag, raw);
    if (!r.success) ignored.push(named(name, raw));
    return r.success && r.output === '1';
  };
  view.presenter = flagOf('pres', 'state.link.presenter');
  view.predict = flagOf('predict', 'state.link.predict');
  view.embed = flagOf('embed', 'state.link.embed');

  // An empty name asks for the language's own, and so does the English default that files saved
  // before the page spoke other languages wrote out in full: both leave the view's default.
  for (const [key, field, name, before] of [
    ['ol', 'oldLabel', 'state.link.oldLabel', 'Old data'],
    ['nl', 'newLabel', 'state.link.newLabel', 'New data'],
  ] as const) {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '' || raw.trim() === before) continue;
    const r = v.safeParse(label, raw);
    if (r.success) view[field] = r.output;
    else ignored.push(named(name, raw));
  }

  const u = params.get('u');
  if (u !== null) {
    const r = v.safeParse(units, u);
    if (r.success) view.units = r.output;
    else ignored.push(named('state.link.units', u));
  }

  const hide = params.get('hide');
  if (hide !== null && hide !== '') {
    for (const id of hide.split(',')) {
      if (hideIds.has(id)) {
        if (!view.hidden.includes(id as HideableId)) view.hidden.push(id as HideableId);
      } else {
        ignored.push(named('state.link.hidden', id));
      }
    }
  }

  let chosenTheme: DecodedLink['theme'] = null;
  const th = params.get('theme');
  if (th !== null) {
    const r = v.safeParse(theme, th);
    if (r.success) chosenTheme = r.output;
    else ignored.push(named('state.link.theme', th));
  }

  // The language itself is read before the page first renders (i18n/choice.ts); here it is only
  // checked, so a tag the page does not speak is reported like any other bad setting.
  const lang = params.get('lang');
  if (lang !== null && linkLocale(lang) === null) ignored.push(named('state.link.language', lang));

  const pins: Scenario[] = [];
  params.getAll('pin').forEach((raw, i) => {
    const n = formatInt(i + 1);
    if (i >= MAX_PINS) {
      ignored.push(t('state.link.pin.tooMany', { n, max: MAX_PINS }));
      return;
    }
    pins.push(decodePin(raw, scenario, n, ignored));
  });

  for (const key of new Set(params.keys())) {
    if (!known.has(key)) ignored.push(t('state.link.unknown', { key: shown(key) }));
  }

  return { scenario, stream, view, playhead, ignored, newer, theme: chosenTheme, pins };
}

const FIELD_BY_KEY = new Map(SCENARIO_FIELDS.map((f) => [f.key, f]));

/**
 * A pinned run's settings: the link's scenario with the pin's differences applied. Each difference
 * is checked like the field it names; a bad one leaves that setting as the scenario has it and is
 * named in `ignored` with the pin's number `n`, so the pin still shows.
 */
function decodePin(raw: string, base: Readonly<Scenario>, n: string, ignored: string[]): Scenario {
  const pin: Scenario = { ...base };
  for (const pair of raw.split(',')) {
    if (pair === '') continue;
    const at = pair.indexOf(':');
    const f = at > 0 ? FIELD_BY_KEY.get(pair.slice(0, at)) : undefined;
    if (!f) {
      ignored.push(
        at > 0
          ? t('state.link.pin.unknown', { n, key: shown(pair.slice(0, at)) })
          : t('state.link.pin.malformed', { n, value: shown(pair) }),
      );
      continue;
    }
    const value = pair.slice(at + 1);
    const r = v.safeParse(f.schema, value);
    if (r.success) (pin as unknown as Record<string, unknown>)[f.field] = r.output;
    else ignored.push(t('state.link.pin.setting', { n, setting: t(f.label), value: shown(value) }));
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
  /** The page's language, carried only when the reader chose it. */
  lang?: string;
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
  if (extras.lang) params.set('lang', extras.lang);
  for (const pin of extras.pins ?? []) params.append('pin', encodePin(pin, scenario));
  return params.toString();
}
