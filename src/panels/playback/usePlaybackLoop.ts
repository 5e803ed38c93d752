/** Advances the playhead while playing, at the chosen steps per second, one update per frame. */
import { useEffect } from 'react';
import { totalSteps, useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';

const playingSelector = (st: AppState) => st.playing;

export function usePlaybackLoop(): void {
  const playing = useAppStore(playingSelector);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    const tick = (now: number) => {
      const st = useAppStore.getState();
      const end = totalSteps(st.scenario);
      carry += ((now - last) / 1000) * st.speed;
      last = now;
      const advance = Math.floor(carry);
      carry -= advance;
      if (advance > 0) {
        const next = Math.min(end, st.playhead + advance);
        st.setPlayhead(next);
        if (next >= end) {
          st.pause();
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
