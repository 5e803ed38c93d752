/**
 * Galton's heights as datasets: loading the table the first time a real group is chosen, and the
 * banks that draw a seeded subsample from a group. The table is part of the page; it is imported
 * lazily so a visit that never uses it never downloads it.
 */
import { normalBankFromHeights, summarize } from '../core/index';
import type { NormalBank } from '../core/index';
import { REAL_GROUPS } from '../data/realGroups';
import type { GaltonGroups, RealGroup } from '../data/realGroups';
import { t } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/catalogue';
import type { DataSource, Scenario } from './scenario';
import { useAppStore } from './store';
import type { RealData, RealGroupData } from './store';

/**
 * A table of each group's name whose entries are looked up when read, so a name is always in the
 * language on show (the language can change while the page is open).
 */
function namesIn(
  keys: Readonly<Record<RealGroup, MessageKey>>,
): Readonly<Record<RealGroup, string>> {
  const names = {} as Record<RealGroup, string>;
  for (const g of REAL_GROUPS)
    Object.defineProperty(names, g, { enumerable: true, get: () => t(keys[g]) });
  return Object.freeze(names);
}

/** What the page calls each group in a sentence. */
export const REAL_GROUP_NAMES: Readonly<Record<RealGroup, string>> = namesIn({
  fathers: 'state.realGroup.fathers',
  mothers: 'state.realGroup.mothers',
  sons: 'state.realGroup.sons',
  daughters: 'state.realGroup.daughters',
  men: 'state.realGroup.men',
  women: 'state.realGroup.women',
});

/** Each group's name in a short menu. */
export const REAL_GROUP_SHORT: Readonly<Record<RealGroup, string>> = namesIn({
  fathers: 'state.realGroup.short.fathers',
  mothers: 'state.realGroup.short.mothers',
  sons: 'state.realGroup.short.sons',
  daughters: 'state.realGroup.short.daughters',
  men: 'state.realGroup.short.men',
  women: 'state.realGroup.short.women',
});

/** Each group's heights with their count, mean and spread. */
export function realDataFrom(groups: GaltonGroups): RealData {
  const entry = (g: RealGroup): [RealGroup, RealGroupData] => {
    const s = summarize(groups[g]);
    return [g, { heights: groups[g], n: s.n, mean: s.mean, std: Math.sqrt(s.variance) }];
  };
  return Object.fromEntries(REAL_GROUPS.map(entry)) as Record<RealGroup, RealGroupData>;
}

let loading: Promise<void> | null = null;

/** Loads Galton's table into the store, once; later calls wait for the same load. */
export function loadRealData(): Promise<void> {
  if (useAppStore.getState().realData) return Promise.resolve();
  loading ??= import('../data/galtonFamilies')
    .then((m) => useAppStore.getState().setRealData(realDataFrom(m.galtonGroups)))
    .catch(() => {
      loading = null;
      useAppStore.getState().setNotice(() => t('state.realData.failed'));
    });
  return loading;
}

const usesReal = (s: Readonly<Scenario>) => s.oldSource !== 'normal' || s.newSource !== 'normal';

/** From now on, loads the table as soon as the scenario asks for a real group. Returns the function that stops it. */
export function keepRealDataLoaded(): () => void {
  if (usesReal(useAppStore.getState().scenario)) void loadRealData();
  return useAppStore.subscribe((st) => {
    if (!st.realData && usesReal(st.scenario)) void loadRealData();
  });
}

const banks = new Map<string, NormalBank>();

/**
 * The bank of a real group for a seed: the group in one seeded order (the core's
 * `seededShuffle`), so its first n heights are `subsampleWithoutReplacement(group, n, seed)`.
 * Null when the source is generated or the table has not loaded yet.
 */
export function realBank(source: DataSource, seed: number): NormalBank | null {
  const real = useAppStore.getState().realData;
  if (source === 'normal' || !real) return null;
  const key = `${source}:${seed}`;
  let bank = banks.get(key);
  if (!bank) {
    bank = normalBankFromHeights(real[source].heights, seed).bank;
    banks.set(key, bank);
    while (banks.size > 8) banks.delete(banks.keys().next().value!);
  }
  return bank;
}
