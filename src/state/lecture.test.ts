// The tour borrows the page: it keeps the user's own settings aside and gives them back when it ends.
import { beforeEach, describe, expect, it } from 'vitest';
import { presetScenario } from './applyPreset';
import { tourEnd, tourMove } from './lecture';
import { PRESETS } from './presets';
import { DEFAULT_SCENARIO } from './scenario';
import { useAppStore } from './store';

beforeEach(() => {
  const st = useAppStore.getState();
  st.setTourStep(null);
  st.setBeforeTour(null);
  st.setNotice(null);
  st.resetScenario();
});

describe('the guided tour', () => {
  it('starting it loads the first preset; ending it restores the settings and playhead from before', () => {
    const mine = { ...DEFAULT_SCENARIO, oldSize: 321, newMean: 190, strategy: 'l2sp' as const };
    useAppStore.getState().loadScenario(mine, 42);
    tourMove(0);
    expect(useAppStore.getState().tourStep).toBe(0);
    expect(useAppStore.getState().scenario).toEqual(presetScenario(PRESETS[0]!));
    tourMove(1);
    tourMove(1);
    expect(useAppStore.getState().scenario).toEqual(presetScenario(PRESETS[2]!));
    tourEnd();
    const st = useAppStore.getState();
    expect(st.tourStep).toBeNull();
    expect(st.scenario).toEqual(mine);
    expect(st.playhead).toBe(42);
    expect(st.notice).toMatch(/your own settings are back/);
  });

  it('moving within a running tour does not overwrite what was kept aside', () => {
    useAppStore.getState().loadScenario({ ...DEFAULT_SCENARIO, seed: 7 });
    tourMove(0);
    tourMove(1);
    expect(useAppStore.getState().beforeTour!.scenario.seed).toBe(7);
  });

  it('ending when no tour runs changes nothing', () => {
    useAppStore.getState().loadScenario({ ...DEFAULT_SCENARIO, seed: 9 });
    tourEnd();
    expect(useAppStore.getState().scenario.seed).toBe(9);
    expect(useAppStore.getState().notice).toBeNull();
  });
});
