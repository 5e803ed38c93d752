// The scenario file carries a real-data choice and loads it back; a bad one is named.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../state/scenario';
import { DEFAULT_VIEW } from '../../state/view';
import { parseScenarioJson, scenarioJson } from './exporters';

describe('scenario JSON with real data', () => {
  it('keeps the source of each dataset', () => {
    const s = {
      ...DEFAULT_SCENARIO,
      oldSource: 'fathers' as const,
      newSource: 'daughters' as const,
    };
    const back = parseScenarioJson(scenarioJson(s, { ...DEFAULT_VIEW, hidden: [] }));
    expect(back.scenario.oldSource).toBe('fathers');
    expect(back.scenario.newSource).toBe('daughters');
    expect(back.ignored).toEqual([]);
  });

  it('names a source it does not know and uses generated data there', () => {
    const text = JSON.stringify({ scenario: { ...DEFAULT_SCENARIO, newSource: 'cousins' } });
    const back = parseScenarioJson(text);
    expect(back.scenario.newSource).toBe('normal');
    expect(back.ignored).toEqual(['New data source ("cousins")']);
  });
});
