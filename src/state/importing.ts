/**
 * Using the user's own heights: they replace a generated dataset (the store keeps them), survive a
 * reload (the browser's IndexedDB keeps a copy), and travel in the scenario JSON export, but not in
 * links.
 */
import { del, get, set } from 'idb-keyval';
import { normalBankFromHeights, normalBankHeight } from '../core/index';
import { t } from '../i18n/catalogue';
import { useAppStore } from './store';
import type { DatasetName, Imported } from './store';

const DATASETS: readonly DatasetName[] = ['old', 'new'];

const key = (which: DatasetName) => `fine-tuning-playground:imported-${which}`;

interface Stored {
  name: string;
  heights: Float64Array;
  weights?: Float64Array;
}

/**
 * Puts imported heights in place of a dataset: its size, mean and spread follow the data. With
 * `weights` (a frequency table) each height stands for that many people.
 */
export function applyImport(
  which: DatasetName,
  heights: ArrayLike<number>,
  name: string,
  weights?: ArrayLike<number>,
): void {
  const given = Float64Array.from(heights);
  const w = weights ? Float64Array.from(weights) : undefined;
  const { bank, mean, std } = normalBankFromHeights(given, 1, w);
  useAppStore.getState().setImport(which, {
    name,
    heights: given,
    ...(w ? { weights: w } : {}),
    bank,
    n: bank.length,
    mean,
    std,
  });
}

/** Goes back to generated data for this dataset (same size, mean and spread as the import had). */
export function removeImport(which: DatasetName): void {
  useAppStore.getState().setImport(which, null);
}

/** Runs a storage call that may fail, or throw at once where there is no IndexedDB at all. */
function attempt(call: () => Promise<unknown>, onFailure: () => void = () => {}): void {
  try {
    void call().catch(onFailure);
  } catch {
    onFailure();
  }
}

/**
 * From now on, keeps the browser's copy of the imported heights in step with the store: new heights
 * are written, heights no longer in use (removed, or set aside by a preset, the tour or "Reset")
 * are deleted. Returns the function that stops it.
 */
export function keepImportsStored(): () => void {
  let last: Imported = useAppStore.getState().imported;
  return useAppStore.subscribe((st) => {
    if (st.imported === last) return;
    const before = last;
    last = st.imported;
    for (const which of DATASETS) {
      const now = st.imported[which];
      if (now === before[which]) continue;
      if (!now) {
        attempt(() => del(key(which)));
        continue;
      }
      const stored: Stored = {
        name: now.name,
        heights: now.heights,
        ...(now.weights ? { weights: now.weights } : {}),
      };
      attempt(
        () => set(key(which), stored),
        () => useAppStore.getState().setNotice(() => t('state.import.notStored')),
      );
    }
  });
}

/** Brings back heights imported in an earlier visit. */
export async function restoreImports(): Promise<void> {
  for (const which of DATASETS) {
    try {
      const stored = (await get(key(which))) as Stored | undefined;
      if (stored && stored.heights?.length)
        applyImport(which, stored.heights, stored.name, stored.weights);
    } catch {
      // No IndexedDB (a private window, a page from disk in some browsers): nothing to restore.
    }
  }
}

/**
 * The imported heights of a dataset, in cm (in shuffled order), with their weights for a frequency
 * table, for export; null when it is generated.
 */
export function importedHeights(
  which: DatasetName,
): { name: string; heights: number[]; weights?: number[] } | null {
  const h = useAppStore.getState().imported[which];
  if (!h) return null;
  return {
    name: h.name,
    heights: Array.from(h.bank.z, (_, i) => normalBankHeight(h.bank, h, i)),
    ...(h.bank.weights ? { weights: Array.from(h.bank.weights) } : {}),
  };
}
