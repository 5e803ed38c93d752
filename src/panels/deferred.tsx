/**
 * Panels below the headline render after it: while a slider is dragged, React paints the drift
 * chart and the readout first, then each of these panels catches up in its own background render
 * (see catchUp.ts). Memoised on the scenario they were given, they skip every render in between.
 */
import { memo, useRef } from 'react';
import type { ComponentType } from 'react';
import { useDeferredPlayhead } from '../state/hooks';
import { useDisplayedScenario } from '../state/displayed';
import type { Scenario } from '../state/scenario';
import { useCatchUp, useNearScreen } from './catchUp';

export interface DeferredProps {
  s: Scenario;
  playhead: number;
}

export function deferred(View: ComponentType<DeferredProps>, name: string): ComponentType {
  const Memo = memo(View);
  function Deferred() {
    const ref = useRef<HTMLDivElement>(null);
    const near = useNearScreen(ref);
    const [s, behind] = useCatchUp(useDisplayedScenario(), near);
    const playhead = useDeferredPlayhead();
    return (
      // Busy while it shows older settings, so assistive technology waits for the update.
      <div ref={ref} className="panel-slot" aria-busy={behind ? true : undefined}>
        <Memo s={s} playhead={playhead} />
      </div>
    );
  }
  Deferred.displayName = name;
  return Deferred;
}
