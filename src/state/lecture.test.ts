// The tour borrows the page: it keeps the user's own settings aside and gives them back when it ends.
import { beforeEach, describe, expect, it } from 'vitest';
import { presetScenario } from './applyPreset';
import { choosePreset, togglePredict, tourEnd, tourMove } from './lecture';
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
    expect(st.notice?.()).toMatch(/your own settings are back/);
  });

  it('moving within a running tour does not overwrite what was kept aside', () => {
    useAppStore.getState().loadScenario({ ...DEFAULT_SCENARIO, seed: 7 });
    tourMove(0);
    tourMove(1);
    expect(useAppStore.getState().beforeTour!.scenario.seed).toBe(7);
  });

  it('N on the last step and B on the first keep the step, and its answer, as they are', () => {
    tourMove(0);
    useAppStore.getState().setTourAnswer(true);
    tourMove(-1);
    expect(useAppStore.getState().tourStep).toBe(0);
    expect(useAppStore.getState().tourAnswer).toBe(true);
    tourMove(PRESETS.length);
    useAppStore.getState().setTourAnswer(true);
    tourMove(1);
    expect(useAppStore.getState().tourStep).toBe(PRESETS.length - 1);
    expect(useAppStore.getState().tourAnswer).toBe(true);
    tourEnd();
  });

  it('revealing a guess during the tour shows the step’s answer as well; outside the tour it is only the guess', () => {
    useAppStore.getState().reveal();
    expect(useAppStore.getState().tourAnswer).toBe(false);
    useAppStore.setState({ revealed: false });
    tourMove(0);
    expect(useAppStore.getState().tourAnswer).toBe(false);
    useAppStore.getState().setGuess(170);
    useAppStore.getState().reveal();
    expect(useAppStore.getState().revealed).toBe(true);
    expect(useAppStore.getState().tourAnswer).toBe(true);
    tourEnd();
    useAppStore.setState({ revealed: false, guess: null });
  });

  it('ending when no tour runs changes nothing', () => {
    useAppStore.getState().loadScenario({ ...DEFAULT_SCENARIO, seed: 9 });
    tourEnd();
    expect(useAppStore.getState().scenario.seed).toBe(9);
    expect(useAppStore.getState().notice).toBeNull();
  });
});

describe('choosing a preset', () => {
  it('outside the tour loads it; during the tour moves the tour to that step instead', () => {
    choosePreset(2);
    expect(useAppStore.getState().scenario).toEqual(presetScenario(PRESETS[2]!));
    expect(useAppStore.getState().tourStep).toBeNull();
    tourMove(1);
    useAppStore.getState().setTourAnswer(true);
    choosePreset(4);
    const st = useAppStore.getState();
    // The step's question and answer describe the settings on screen, and the answer is hidden again.
    expect(st.tourStep).toBe(4);
    expect(st.tourAnswer).toBe(false);
    expect(st.scenario).toEqual(presetScenario(PRESETS[4]!));
  });
});

describe('predict first', () => {
  it('turning it on or off starts a fresh guess with the answer hidden', () => {
    const st = useAppStore.getState();
    st.setView({ predict: false });
    st.setGuess(171);
    useAppStore.setState({ revealed: true });
    togglePredict();
    expect(useAppStore.getState().view.predict).toBe(true);
    expect(useAppStore.getState().guess).toBeNull();
    expect(useAppStore.getState().revealed).toBe(false);
    togglePredict();
    expect(useAppStore.getState().view.predict).toBe(false);
  });
});
