// A real group in place of a dataset: its mean and spread are the group's, its size a seeded
// subsample without replacement of at most the whole group, and links carry the choice.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { subsampleWithoutReplacement } from '../core/index';
import { galtonGroups } from '../data/galtonFamilies';
import { selectData, selectIdeals } from './derived';
import { applyImport } from './importing';
import { decodeLink, encodeLink } from './link';
import { loadRealData } from './realData';
import { DEFAULT_SCENARIO, scenarioSeeds } from './scenario';
import { useAppStore } from './store';
import { DEFAULT_VIEW } from './view';

beforeAll(() => loadRealData());
beforeEach(() => useAppStore.getState().resetScenario());

const scenario = () => useAppStore.getState().scenario;

describe('real data', () => {
  it('the fathers: all 205 at most, their own mean and spread, whatever the sliders said', () => {
    useAppStore.getState().setScenario({ oldSource: 'fathers', oldSize: 1000, oldMean: 150 });
    const s = scenario();
    expect(s.oldSize).toBe(205);
    expect(s.oldMean).toBeCloseTo(176.06, 2);
    expect(s.oldStd / 2.54).toBeCloseTo(2.641, 3);
    useAppStore.getState().setScenario({ oldMean: 190, oldStd: 3 });
    expect(scenario().oldMean).toBeCloseTo(176.06, 2);
    const d = selectData(scenario());
    expect(d.old.summary.n).toBe(205);
    expect(d.old.summary.mean).toBeCloseTo(176.06, 2);
  });

  it.each([
    ['sons', 481, 175.85],
    ['daughters', 453, 162.82],
    ['mothers', 205, 162.56],
  ] as const)('the whole of the %s: %i heights with mean %f cm', (group, n, mean) => {
    useAppStore.getState().setScenario({ newSource: group, newSize: 1_000_000 });
    const ideals = selectIdeals(scenario());
    expect(ideals.newSummary.n).toBe(n);
    expect(ideals.newSummary.mean).toBeCloseTo(mean, 2);
  });

  it('a smaller size is the seeded subsample without replacement, real heights only', () => {
    useAppStore.getState().setScenario({ newSource: 'daughters', newSize: 10, seed: 4 });
    const s = scenario();
    const data = selectData(s);
    const expected = subsampleWithoutReplacement(galtonGroups.daughters, 10, scenarioSeeds(4).new);
    const got = Array.from({ length: 10 }, (_, i) => data.new.draw((i + 0.5) / 10));
    got.forEach((h, i) => expect(h).toBeCloseTo(expected[i]!, 9));
    const real = new Set(Array.from(galtonGroups.daughters, (h) => h.toFixed(6)));
    for (const h of got) expect(real.has(h.toFixed(6))).toBe(true);
    // Another seed draws other daughters.
    useAppStore.getState().setScenario({ seed: 5 });
    const other = selectData(scenario());
    expect(Array.from({ length: 10 }, (_, i) => other.new.draw((i + 0.5) / 10))).not.toEqual(got);
  });

  it('going back to generated data keeps the size, and lets the sliders move again', () => {
    useAppStore.getState().setScenario({ oldSource: 'men', oldSize: 5000 });
    expect(scenario().oldSize).toBe(686);
    useAppStore.getState().setScenario({ oldSource: 'normal', oldMean: 181 });
    expect(scenario().oldMean).toBe(181);
    expect(selectData(scenario()).oldBank.growable).toBe(true);
  });

  it('a real group sets imported heights aside, and imported heights replace a real group', () => {
    applyImport('new', [160, 165, 170], 'mine.csv');
    useAppStore.getState().setScenario({ newSource: 'women' });
    expect(useAppStore.getState().imported.new).toBeNull();
    expect(scenario().newSize).toBeLessThanOrEqual(658);
    applyImport('new', [160, 165, 170], 'mine.csv');
    expect(scenario().newSource).toBe('normal');
    expect(scenario().newSize).toBe(3);
  });

  it('a link carries the choice, and a bad one falls back with the notice naming it', () => {
    const s = { ...DEFAULT_SCENARIO, oldSource: 'men' as const, newSource: 'women' as const };
    const back = decodeLink(encodeLink(s, DEFAULT_VIEW, null));
    expect(back.scenario.oldSource).toBe('men');
    expect(back.scenario.newSource).toBe('women');
    const bad = decodeLink('od=uncles&nd=sons');
    expect(bad.scenario.oldSource).toBe('normal');
    expect(bad.scenario.newSource).toBe('sons');
    expect(bad.ignored).toEqual(['Old data source ("uncles")']);
  });

  it('a scenario loaded before the table arrives gets the group’s numbers when it does', () => {
    const st = useAppStore.getState();
    const real = st.realData!;
    useAppStore.setState({ realData: null });
    st.loadScenario({ ...DEFAULT_SCENARIO, newSource: 'sons', newSize: 900 });
    expect(scenario().newSize).toBe(900);
    useAppStore.getState().setRealData(real);
    expect(scenario().newSize).toBe(481);
    expect(scenario().newMean).toBeCloseTo(175.85, 2);
  });

  it('a scenario from before the table arrived, shown a render behind the store, draws instead of failing', () => {
    // The figures can still show a scenario the store has since capped: more sons than were measured.
    const stale = { ...DEFAULT_SCENARIO, newSource: 'sons' as const, newSize: 900 };
    const d = selectData(stale);
    expect(d.new.summary.n).toBe(900);
    expect(() => selectIdeals(stale)).not.toThrow();
    // Once it fits the group, the group's heights are used.
    expect(selectData({ ...stale, newSize: 481 }).new.summary.n).toBe(481);
  });
});
