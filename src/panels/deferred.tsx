/**
 * Panels below the headline render a moment after it: while a slider is dragged, React paints the
 * drift chart and the readout first, and these panels, memoised on the scenario they were given,
 * skip that urgent render entirely and catch up in a background render that input can interrupt.
 */
import { memo } from 'react';
import type { ComponentType } from 'react';
import { useDeferredPlayhead } from '../state/hooks';
import { useDisplayedScenario } from '../state/displayed';
import type { Scenario } from '../state/scenario';

export interface DeferredProps {
  s: Scenario;
  playhead: number;
}

export function deferred(View: ComponentType<DeferredProps>, name: string): ComponentType {
  const Memo = memo(View);
  function Deferred() {
    const s = useDisplayedScenario();
    const playhead = useDeferredPlayhead();
    return <Memo s={s} playhead={playhead} />;
  }
  Deferred.displayName = name;
  return Deferred;
}
