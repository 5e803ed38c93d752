// The store holds choices; its actions keep the playhead where a student expects it.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from './scenario';
import { totalSteps, useAppStore } from './store';

beforeEach(() => {
  useAppStore.getState().resetScenario();
});

describe('store actions', () => {
  it('keeps the playhead at the end when the run gets longer', () => {
    const st = useAppStore.getState();
    expect(st.playhead).toBe(totalSteps(st.scenario));
    st.setScenario({ ftSteps: 500 });
    expect(useAppStore.getState().playhead).toBe(DEFAULT_SCENARIO.preSteps + 500);
  });

  it('keeps the playhead where it is when a knob changes mid-run', () => {
    const st = useAppStore.getState();
    st.setPlayhead(120);
    st.setScenario({ ftLr: 0.05 });
    expect(useAppStore.getState().playhead).toBe(120);
    st.setScenario({ ftSteps: 5 });
    expect(useAppStore.getState().playhead).toBe(DEFAULT_SCENARIO.preSteps + 5);
  });

  it('steps, rewinds and replays from the start when play is pressed at the end', () => {
    const st = useAppStore.getState();
    st.stepBy(-3);
    expect(useAppStore.getState().playhead).toBe(totalSteps(DEFAULT_SCENARIO) - 3);
    st.rewind();
    expect(useAppStore.getState().playhead).toBe(0);
    st.setPlayhead(totalSteps(DEFAULT_SCENARIO));
    st.play();
    expect(useAppStore.getState().playing).toBe(true);
    expect(useAppStore.getState().playhead).toBe(0);
    st.pause();
    st.setSpeed(Infinity);
    st.play();
    expect(useAppStore.getState().playhead).toBe(totalSteps(DEFAULT_SCENARIO));
    expect(useAppStore.getState().playing).toBe(false);
  });
});
