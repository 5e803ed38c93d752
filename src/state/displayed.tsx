/**
 * The scenario as the charts and the readout show it. While a slider moves, React first paints
 * the slider itself (the only urgent work), then renders every figure from the new scenario in
 * a background pass that the next input can interrupt. Figures read the scenario from here, never
 * from the store, so an input does not drag them into its urgent render.
 */
import { createContext, startTransition, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { selectIdeals, selectRun } from './derived';
import type { IdealsDerived, RunDerived } from './derived';
import type { Scenario } from './scenario';
import { totalSteps, useAppStore } from './store';
import type { AppState } from './store';

const DisplayedContext = createContext<Scenario | null>(null);

const scenarioSelector = (st: AppState) => st.scenario;

const keys = new WeakMap<Readonly<Scenario>, string>();
let lastKey = 0;

/**
 * A short name for one set of settings: the store makes a new scenario for every change, so two
 * figures with the same key show the same settings. Figures that follow the settings at once mark
 * themselves with it (data-shows), and the main region names the latest (data-settings).
 */
export function settingsKey(s: Readonly<Scenario>): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = (++lastKey).toString(36);
    keys.set(s, key);
  }
  return key;
}

/**
 * The page's main region, holding the figures. Its children arrive as a prop, so when an input
 * re-renders this component urgently (still providing the old scenario) React reuses them
 * untouched. While the figures trail the settings the region is marked busy, so a
 * screen reader announces the settled readout rather than each step of a drag.
 */
export function DisplayedScenario({
  children,
  className,
}: {
  children: ReactNode;
  className: string;
}) {
  const live = useAppStore(scenarioSelector);
  const [shown, setShown] = useState(live);
  const latest = useRef(live);
  useEffect(() => {
    latest.current = live;
    if (Object.is(shown, live)) return;
    // Start the figures' render only once the frame showing the moved slider has been painted
    // (a rAF, then a task after it): begun any earlier, it would delay that frame.
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => startTransition(() => setShown(latest.current)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [live, shown]);
  return (
    <main
      className={className}
      aria-busy={shown !== live ? true : undefined}
      data-settings={settingsKey(live)}
    >
      <DisplayedContext.Provider value={shown}>{children}</DisplayedContext.Provider>
    </main>
  );
}

/** The scenario the figures draw: it trails the store by one background render while dragging. */
export function useDisplayedScenario(): Scenario {
  const s = useContext(DisplayedContext);
  if (!s) throw new Error('useDisplayedScenario needs a <DisplayedScenario> above it');
  return s;
}

export function useDisplayedRun(): RunDerived {
  return selectRun(useDisplayedScenario());
}

export function useDisplayedIdeals(): IdealsDerived {
  return selectIdeals(useDisplayedScenario());
}

export function useDisplayedTotal(): number {
  return totalSteps(useDisplayedScenario());
}
