// Links: every setting survives a round trip, bad fields fall back to defaults and are named, and nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/catalogue';
import { LOCALES } from '../i18n/locales';
import { decodeLink, encodeLink, SCENARIO_FIELDS, STREAM_FIELDS, VIEW_KEYS } from './link';
import { DEFAULT_STREAM } from './streamSettings';
import { DATA_SOURCES, DEFAULT_SCENARIO, LIMITS } from './scenario';
import type { Scenario } from './scenario';
import { DEFAULT_VIEW } from './view';
import type { View } from './view';

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  oldSource: fc.constantFrom(...DATA_SOURCES),
  newSource: fc.constantFrom(...DATA_SOURCES),
  oldMean: fc.double({ min: LIMITS.oldMean.min, max: LIMITS.oldMean.max, noNaN: true }),
  oldStd: fc.double({ min: 0, max: LIMITS.oldStd.max, noNaN: true }),
  oldSize: fc.integer({ min: 1, max: LIMITS.oldSize.max }),
  newMean: fc.double({ min: LIMITS.newMean.min, max: LIMITS.newMean.max, noNaN: true }),
  newStd: fc.double({ min: 0, max: LIMITS.newStd.max, noNaN: true }),
  newSize: fc.integer({ min: 1, max: LIMITS.newSize.max }),
  seed: fc.integer({ min: 0, max: LIMITS.seed.max }),
  init: fc.double({ min: 0, max: LIMITS.init.max, noNaN: true }),
  preSteps: fc.integer({ min: 0, max: LIMITS.preSteps.max }),
  preLr: fc.double({ min: 0, max: LIMITS.preLr.max, noNaN: true }),
  preOptimizer: fc.constantFrom('sgd', 'momentum', 'adam'),
  preBatch: fc.oneof(fc.constant('full' as const), fc.integer({ min: 1, max: LIMITS.batch.max })),
  ftSteps: fc.integer({ min: 0, max: LIMITS.ftSteps.max }),
  ftLr: fc.double({ min: 0, max: LIMITS.ftLr.max, noNaN: true }),
  ftOptimizer: fc.constantFrom('sgd', 'momentum', 'adam'),
  ftBatch: fc.oneof(fc.constant('full' as const), fc.integer({ min: 1, max: LIMITS.batch.max })),
  strategy: fc.constantFrom('naive', 'early', 'l2sp', 'replay', 'freeze'),
  earlyStop: fc.integer({ min: 0, max: LIMITS.earlyStop.max }),
  lambda: fc.double({ min: 0, max: LIMITS.lambda.max, noNaN: true }),
  rho: fc.double({ min: 0, max: 1, noNaN: true }),
  goal: fc.constantFrom('everyone', 'new'),
  tau: fc.double({ min: 0, max: LIMITS.tau.max, noNaN: true }),
  valFraction: fc.double({ min: LIMITS.valFraction.min, max: LIMITS.valFraction.max, noNaN: true }),
  folds: fc.integer({ min: LIMITS.folds.min, max: LIMITS.folds.max }),
});

function isValidScenario(s: Scenario): boolean {
  const inRange = (k: keyof typeof LIMITS, x: number) => x >= LIMITS[k].min && x <= LIMITS[k].max;
  return (
    inRange('oldSize', s.oldSize) &&
    Number.isInteger(s.oldSize) &&
    inRange('newSize', s.newSize) &&
    inRange('oldMean', s.oldMean) &&
    inRange('newMean', s.newMean) &&
    inRange('oldStd', s.oldStd) &&
    inRange('newStd', s.newStd) &&
    inRange('ftLr', s.ftLr) &&
    inRange('preLr', s.preLr) &&
    inRange('rho', s.rho) &&
    inRange('lambda', s.lambda) &&
    inRange('tau', s.tau) &&
    Number.isInteger(s.ftSteps) &&
    (s.ftBatch === 'full' || (Number.isInteger(s.ftBatch) && s.ftBatch >= 1)) &&
    ['naive', 'early', 'l2sp', 'replay', 'freeze'].includes(s.strategy) &&
    ['sgd', 'momentum', 'adam'].includes(s.ftOptimizer)
  );
}

describe('links', () => {
  it('every setting, the playhead and the view survive a round trip', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), fc.boolean(), (s, pres, predict) => {
        const view: View = {
          ...DEFAULT_VIEW,
          presenter: pres,
          predict,
          hidden: ['sweep', 'tau'],
          oldLabel: 'Adults, 1990',
        };
        const playhead = Math.min(7, s.preSteps + s.ftSteps);
        const d = decodeLink(encodeLink(s, view, playhead));
        expect(d.ignored).toEqual([]);
        expect(d.scenario).toEqual(s);
        expect(d.playhead).toBe(playhead);
        expect(d.view).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it('a link with no settings gives the defaults and no notice', () => {
    const d = decodeLink('');
    expect(d.scenario).toEqual(DEFAULT_SCENARIO);
    expect(d.ignored).toEqual([]);
    expect(d.playhead).toBeNull();
  });

  it('bad and out-of-range fields fall back to their defaults and are named', () => {
    const d = decodeLink('?v=1&nn=abc&lr=5&on=2000&st=sideways&b=0&om=&zzz=1&hide=drift,bogus');
    expect(d.scenario.newSize).toBe(DEFAULT_SCENARIO.newSize);
    expect(d.scenario.ftLr).toBe(DEFAULT_SCENARIO.ftLr);
    expect(d.scenario.strategy).toBe(DEFAULT_SCENARIO.strategy);
    expect(d.scenario.ftBatch).toBe(DEFAULT_SCENARIO.ftBatch);
    expect(d.scenario.oldMean).toBe(DEFAULT_SCENARIO.oldMean);
    expect(d.scenario.oldSize).toBe(2000);
    expect(d.view.hidden).toEqual(['drift']);
    const named = d.ignored.join(' | ');
    for (const name of [
      'New data size',
      'Learning rate',
      'Strategy',
      'Batch size',
      'Old mean',
      'Unknown setting "zzz"',
      'Hidden part ("bogus")',
    ]) {
      expect(named).toContain(name);
    }
    expect(named).not.toContain('Old data size');
  });

  it('a fractional size or step count is refused rather than rounded', () => {
    const d = decodeLink('nn=12.5&fs=3.2');
    expect(d.scenario.newSize).toBe(DEFAULT_SCENARIO.newSize);
    expect(d.scenario.ftSteps).toBe(DEFAULT_SCENARIO.ftSteps);
    expect(d.ignored).toHaveLength(2);
  });

  it('a link from a newer version is read, and flagged', () => {
    const d = decodeLink('v=2&nn=30');
    expect(d.newer).toBe(true);
    expect(d.scenario.newSize).toBe(30);
  });

  it('has a distinct short key for every setting of the scenario', () => {
    const keys = SCENARIO_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(SCENARIO_FIELDS.map((f) => f.field))).toEqual(
      new Set(Object.keys(DEFAULT_SCENARIO)),
    );
  });

  it('never throws and always yields a valid scenario, whatever the query string', () => {
    const keys = [...SCENARIO_FIELDS.map((f) => f.key), ...VIEW_KEYS];
    const mangled = fc
      .array(
        fc.tuple(
          fc.constantFrom(...keys, 'x'),
          fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)),
        ),
        {
          maxLength: 12,
        },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    const truncated = fc.tuple(scenarioArb, fc.nat()).map(([s, cut]) => {
      const q = encodeLink(s, DEFAULT_VIEW, null);
      return q.slice(0, cut % (q.length + 1));
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), mangled, truncated), (q) => {
        const d = decodeLink(q);
        expect(isValidScenario(d.scenario)).toBe(true);
        for (const pin of d.pins) expect(isValidScenario(pin)).toBe(true);
        expect(d.pins.length).toBeLessThanOrEqual(3);
        expect(Array.isArray(d.ignored)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('pinned runs and the theme in a link', () => {
  const base: Scenario = { ...DEFAULT_SCENARIO, strategy: 'naive' };
  const l2: Scenario = { ...base, strategy: 'l2sp', lambda: 20 };
  const small: Scenario = { ...base, newSize: 500, ftLr: 0.025 };

  it('round-trips up to three pins, each as its differences, and the theme', () => {
    fc.assert(
      fc.property(fc.array(scenarioArb, { maxLength: 3 }), scenarioArb, (pins, s) => {
        const d = decodeLink(encodeLink(s, DEFAULT_VIEW, null, { pins, theme: 'dark' }));
        expect(d.pins).toEqual(pins);
        expect(d.theme).toBe('dark');
        expect(d.ignored).toEqual([]);
      }),
      { numRuns: 300 },
    );
    const q = encodeLink(base, DEFAULT_VIEW, null, { pins: [l2, small], theme: 'light' });
    const params = new URLSearchParams(q);
    expect(params.getAll('pin')).toEqual(['st:l2sp,lam:20', 'nn:500,lr:0.025']);
    expect(params.get('theme')).toBe('light');
  });

  it('writes no theme for the system one and no pin key without pins', () => {
    const params = new URLSearchParams(
      encodeLink(base, DEFAULT_VIEW, null, { theme: 'system', pins: [] }),
    );
    expect(params.has('theme')).toBe(false);
    expect(params.has('pin')).toBe(false);
    expect(decodeLink(params.toString()).theme).toBeNull();
  });

  it('keeps a damaged pin with the bad setting at the scenario’s value, and names it', () => {
    const d = decodeLink(
      'v=1&nn=80&pin=st:l2sp,lam:-4&pin=zz:1,st:freeze&pin=nonsense&theme=sepia',
    );
    expect(d.pins).toHaveLength(3);
    expect(d.pins[0]).toEqual({ ...DEFAULT_SCENARIO, newSize: 80, strategy: 'l2sp' });
    expect(d.pins[1]!.strategy).toBe('freeze');
    expect(d.pins[2]).toEqual({ ...DEFAULT_SCENARIO, newSize: 80 });
    expect(d.theme).toBeNull();
    expect(d.ignored).toEqual([
      'Theme ("sepia")',
      'Pinned run 1: L2 strength ("-4")',
      'Pinned run 2: unknown setting "zz"',
      'Pinned run 3: "nonsense"',
    ]);
  });

  it('keeps three pins and names the rest', () => {
    const d = decodeLink('pin=&pin=&pin=&pin=st:freeze');
    expect(d.pins).toHaveLength(3);
    expect(d.ignored).toEqual(['Pinned run 4 (at most 3 are kept)']);
  });
});

describe('the language in a link', () => {
  it('carries the language when given, and reads it back without a notice', () => {
    const q = encodeLink(DEFAULT_SCENARIO, DEFAULT_VIEW, null, { lang: 'en' });
    expect(new URLSearchParams(q).get('lang')).toBe('en');
    const d = decodeLink(q);
    expect(d.ignored).toEqual([]);
    expect(d.scenario).toEqual(DEFAULT_SCENARIO);
  });

  it('accepts every language the page speaks', () => {
    for (const lang of LOCALES) expect(decodeLink(`lang=${lang}`).ignored).toEqual([]);
  });

  it('writes no language unless one is given', () => {
    expect(new URLSearchParams(encodeLink(DEFAULT_SCENARIO, DEFAULT_VIEW, null)).has('lang')).toBe(
      false,
    );
  });

  it('names a language the page does not speak, like a bad theme, and keeps the rest', () => {
    const d = decodeLink('lang=tlh&nn=30&theme=sepia');
    expect(d.scenario.newSize).toBe(30);
    expect(d.ignored).toEqual(['Theme ("sepia")', 'Language ("tlh")']);
    expect(decodeLink('lang=').ignored).toEqual(['Language ("")']);
  });

  it('is a known key, never an unknown setting', () => {
    expect(VIEW_KEYS).toContain('lang');
    expect(decodeLink('lang=xx').ignored.join(' ')).not.toContain('Unknown setting');
  });

  it('writes numbers as JavaScript does and names bad settings in the language on show', async () => {
    await loadLocale('de');
    try {
      const s: Scenario = { ...DEFAULT_SCENARIO, ftLr: 0.025, oldSize: 12_345 };
      const params = new URLSearchParams(encodeLink(s, DEFAULT_VIEW, null, { lang: 'de' }));
      expect(params.get('lr')).toBe('0.025');
      expect(params.get('on')).toBe('12345');
      const d = decodeLink(`${params.toString()}&zzz=1`);
      expect(d.scenario).toEqual(s);
      expect(d.ignored).toEqual(['Unbekannte Einstellung „zzz“']);
    } finally {
      await loadLocale('en');
    }
  });
});

describe('the datasets’ names in a link', () => {
  it('reads an empty name, or the English default written out, as the language’s own name', () => {
    for (const q of ['ol=&nl=', 'ol=Old%20data&nl=New%20data', 'ol=%20']) {
      const d = decodeLink(q);
      expect(d.view.oldLabel).toBe(DEFAULT_VIEW.oldLabel);
      expect(d.view.newLabel).toBe(DEFAULT_VIEW.newLabel);
      expect(d.ignored).toEqual([]);
    }
    expect(decodeLink('ol=Adults').view.oldLabel).toBe('Adults');
  });
});

describe('the stream in a link', () => {
  const stream = {
    ...DEFAULT_STREAM,
    rounds: 750,
    batch: 12_345,
    std: 6.5,
    n0: 40,
    driftKind: 'jump' as const,
    driftSize: -3.25,
    jumpAt: 300,
    window: 25,
    steps: 16,
    lr: 0.015,
    filterQ: 0.75,
    seed: 42,
  };

  it('every stream setting survives a round trip', () => {
    const q = encodeLink(DEFAULT_SCENARIO, DEFAULT_VIEW, null, { stream });
    const d = decodeLink(q);
    expect(d.stream).toEqual(stream);
    expect(d.ignored).toEqual([]);
    for (const f of STREAM_FIELDS) expect(new URLSearchParams(q).has(f.key)).toBe(true);
  });

  it('a link from before the stream opens the stream at its defaults, with no notice', () => {
    const old = encodeLink(DEFAULT_SCENARIO, DEFAULT_VIEW, null);
    const params = new URLSearchParams(old);
    for (const f of STREAM_FIELDS) params.delete(f.key);
    const d = decodeLink(params.toString());
    expect(d.stream).toEqual(DEFAULT_STREAM);
    expect(d.ignored).toEqual([]);
  });

  it('bad stream fields fall back to their defaults and are named; the good ones stay', () => {
    const d = decodeLink('sk=5000&sb=0&sdk=spiral&sst=16&slr=abc&sq=0.25');
    expect(d.stream.rounds).toBe(DEFAULT_STREAM.rounds);
    expect(d.stream.batch).toBe(DEFAULT_STREAM.batch);
    expect(d.stream.driftKind).toBe(DEFAULT_STREAM.driftKind);
    expect(d.stream.lr).toBe(DEFAULT_STREAM.lr);
    expect(d.stream.steps).toBe(16);
    expect(d.stream.filterQ).toBe(0.25);
    expect(d.ignored).toEqual([
      'Stream rounds ("5000")',
      'Heights per round ("0")',
      'Drift kind ("spiral")',
      'Stream learning rate ("abc")',
    ]);
  });
});
