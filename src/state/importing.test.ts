// Imported heights and the scenario never disagree: while an import is recorded, its dataset's size,
// mean and spread are the import's and the data come from it; a whole new scenario brings its own data.
import { beforeEach, describe, expect, it } from 'vitest';
import { selectData } from './derived';
import { applyImport, removeImport } from './importing';
import { loadPreset, tourEnd, tourMove } from './lecture';
import { decodeLink } from './link';
import { PRESETS } from './presets';
import { presetScenario } from './applyPreset';
import { useAppStore } from './store';

const MINE = Array.from({ length: 40 }, (_, i) => 150 + i);

/** What the page shows for a dataset: the import it records, its settings, and where its data come from. */
function dataset(which: 'old' | 'new') {
  const st = useAppStore.getState();
  const s = st.scenario;
  const data = selectData(s);
  return {
    recorded: st.imported[which]?.name ?? null,
    size: which === 'old' ? s.oldSize : s.newSize,
    fromImport: !(which === 'old' ? data.oldBank : data.newBank).growable,
  };
}

/** Recorded ⇔ the data come from the import ⇔ the size is the import's. */
function expectOneState(which: 'old' | 'new') {
  const d = dataset(which);
  expect(d.fromImport).toBe(d.recorded !== null);
  if (d.recorded !== null) expect(d.size).toBe(MINE.length);
}

beforeEach(() => {
  const st = useAppStore.getState();
  st.setTourStep(null);
  st.setBeforeTour(null);
  st.setNotice(null);
  removeImport('old');
  removeImport('new');
  st.resetScenario();
  applyImport('old', MINE, 'mine.csv');
});

describe('imported heights', () => {
  it('set the size, mean and spread of their dataset, and supply its data', () => {
    expect(dataset('old')).toEqual({ recorded: 'mine.csv', size: MINE.length, fromImport: true });
    expectOneState('new');
  });

  it('keep their size, mean and spread when a setting of that dataset is changed', () => {
    const before = { ...useAppStore.getState().scenario };
    useAppStore.getState().setScenario({ oldSize: 5, oldMean: 120, oldStd: 1, ftLr: 0.02 });
    const s = useAppStore.getState().scenario;
    expect([s.oldSize, s.oldMean, s.oldStd]).toEqual([
      before.oldSize,
      before.oldMean,
      before.oldStd,
    ]);
    expect(s.ftLr).toBe(0.02);
    expectOneState('old');
  });

  it('are set aside by a preset, which brings its own data', () => {
    for (const index of [0, 3, PRESETS.length - 1]) {
      applyImport('old', MINE, 'mine.csv');
      loadPreset(index);
      expectOneState('old');
      expect(dataset('old').recorded).toBeNull();
      expect(useAppStore.getState().scenario).toEqual(presetScenario(PRESETS[index]!));
    }
  });

  it('are set aside by a tour step, and given back when the tour ends', () => {
    tourMove(0);
    expectOneState('old');
    expect(dataset('old').recorded).toBeNull();
    tourMove(1);
    expectOneState('old');
    tourEnd();
    expect(dataset('old')).toEqual({ recorded: 'mine.csv', size: MINE.length, fromImport: true });
  });

  it('are set aside by a link, which carries every setting but no heights', () => {
    const link = decodeLink('?v=1&on=300&om=165&os=6&nn=20');
    useAppStore.getState().loadScenario(link.scenario, link.playhead);
    expectOneState('old');
    expect(dataset('old')).toEqual({ recorded: null, size: 300, fromImport: false });
  });

  it('are set aside by "Reset to defaults"', () => {
    useAppStore.getState().resetScenario();
    expectOneState('old');
    expect(dataset('old').recorded).toBeNull();
  });

  it('give way to generated data again, with their size, mean and spread, when removed', () => {
    const s = { ...useAppStore.getState().scenario };
    removeImport('old');
    expect(dataset('old')).toEqual({ recorded: null, size: s.oldSize, fromImport: false });
    expect(useAppStore.getState().scenario.oldMean).toBe(s.oldMean);
  });
});
