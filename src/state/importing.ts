/**
 * Using the user's own heights: they replace a generated dataset, survive a reload (kept in the
 * browser's IndexedDB), and travel in the scenario JSON export, but not in links.
 */
import { del, get, set } from 'idb-keyval';
import { normalBankFromHeights, normalBankHeight } from '../core/index';
import { importedBank, setImportedBank } from './derived';
import { useAppStore } from './store';

const key = (which: 'old' | 'new') => `fine-tuning-playground:imported-${which}`;

interface Stored {
  name: string;
  heights: Float64Array;
}

/** Puts imported heights in place of a dataset: its size, mean and spread follow the data. */
export function applyImport(
  which: 'old' | 'new',
  heights: ArrayLike<number>,
  name: string,
  persist = true,
): void {
  const st = useAppStore.getState();
  const { bank, mean, std } = normalBankFromHeights(heights, 1);
  setImportedBank(which, bank);
  const n = bank.length;
  st.setImportInfo(which, { name, n, mean, std });
  st.setScenario(
    which === 'old'
      ? { oldSize: n, oldMean: mean, oldStd: std }
      : { newSize: n, newMean: mean, newStd: std },
  );
  if (persist) {
    const stored: Stored = { name, heights: Float64Array.from(heights) };
    void set(key(which), stored).catch(() => {
      st.setNotice(
        'Your heights are in use, but this browser would not store them, so a reload will lose them.',
      );
    });
  }
}

/** Goes back to generated data for this dataset (same size, mean and spread as the import had). */
export function removeImport(which: 'old' | 'new'): void {
  setImportedBank(which, null);
  useAppStore.getState().setImportInfo(which, null);
  // Nudge the scenario so everything derived is recomputed from the generator.
  const s = useAppStore.getState().scenario;
  useAppStore.getState().setScenario({ ...s });
  void del(key(which)).catch(() => {});
}

/** Brings back heights imported in an earlier visit. */
export async function restoreImports(): Promise<void> {
  for (const which of ['old', 'new'] as const) {
    try {
      const stored = (await get(key(which))) as Stored | undefined;
      if (stored && stored.heights?.length) applyImport(which, stored.heights, stored.name, false);
    } catch {
      // No IndexedDB (a private window, a page from disk in some browsers): nothing to restore.
    }
  }
}

/** The imported heights of a dataset, in cm (in shuffled order), for export; null when it is generated. */
export function importedHeights(which: 'old' | 'new'): { name: string; heights: number[] } | null {
  const info = useAppStore.getState().imported[which];
  const bank = importedBank(which);
  if (!info || !bank) return null;
  return {
    name: info.name,
    heights: Array.from(bank.z, (_, i) => normalBankHeight(bank, info, i)),
  };
}
