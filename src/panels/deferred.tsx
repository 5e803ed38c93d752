/**
 * Panels below the headline render after it: while a slider is dragged, React paints the drift
 * chart and the readout first, then each of these panels catches up in its own background render
 * (see catchUp.ts). Memoised on the scenario they were given, they skip every render in between.
 */
import { memo, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import { useDeferredPlayhead } from '../state/hooks';
import { useDisplayedScenario } from '../state/displayed';
import type { Scenario } from '../state/scenario';
import { useCatchUp, useNearScreen } from './catchUp';

export interface DeferredProps {
  s: Scenario;
  playhead: number;
}

/**
 * `followsPlayhead`: the panel draws the playhead (a marker on its chart), so it is given each
 * step; other panels get none and skip every frame of playback. A panel far off screen keeps the
 * step it last drew until it comes near, so playback redraws only what can be seen.
 */
export function deferred(
  View: ComponentType<DeferredProps>,
  name: string,
  followsPlayhead = false,
): ComponentType {
  const Memo = memo(View);
  function Slot({ playhead }: { playhead: number | null }) {
    const ref = useRef<HTMLDivElement>(null);
    const near = useNearScreen(ref);
    const [s, behind] = useCatchUp(useDisplayedScenario(), near);
    // The step last drawn while near, adjusted during render as React advises for state that
    // follows a prop: React renders again at once with it, before any child is drawn.
    const [held, setHeld] = useState(playhead ?? 0);
    if (near && playhead !== null && playhead !== held) setHeld(playhead);
    return (
      // Busy while it shows older settings, so assistive technology waits for the update.
      <div ref={ref} className="panel-slot" aria-busy={behind ? true : undefined}>
        <Memo s={s} playhead={held} />
      </div>
    );
  }
  function WithPlayhead() {
    return <Slot playhead={useDeferredPlayhead()} />;
  }
  function Still() {
    return <Slot playhead={null} />;
  }
  WithPlayhead.displayName = name;
  Still.displayName = name;
  return followsPlayhead ? WithPlayhead : Still;
}
