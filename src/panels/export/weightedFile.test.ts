// A frequency table goes out in the scenario file with its weights and comes back counting the same people.
import { beforeEach, describe, expect, it } from 'vitest';
import { selectIdeals } from '../../state/derived';
import { applyImport, importedHeights, removeImport } from '../../state/importing';
import { useAppStore } from '../../state/store';
import { DEFAULT_VIEW } from '../../state/view';
import { parseScenarioJson, scenarioJson } from './exporters';

const PEOPLE = 4;
const MEAN = (160 * 2 + 170 * 0.5 + 180 * 1.5) / PEOPLE;

beforeEach(() => {
  removeImport('old');
  removeImport('new');
  useAppStore.getState().resetScenario();
  applyImport('new', [160, 170, 180], 'table.csv', [2, 0.5, 1.5]);
});

describe('a weighted import in the scenario file', () => {
  it('goes out in the scenario file with its weights and comes back the same', () => {
    const part = importedHeights('new')!;
    expect(part.weights).toHaveLength(3);
    const text = scenarioJson(
      useAppStore.getState().scenario,
      { ...DEFAULT_VIEW, hidden: [] },
      { new: part },
    );
    const back = parseScenarioJson(text).imported!.new!;
    removeImport('new');
    applyImport('new', back.heights, back.name, back.weights);
    expect(selectIdeals(useAppStore.getState().scenario).newSummary.n).toBeCloseTo(PEOPLE, 9);
    expect(useAppStore.getState().scenario.newMean).toBeCloseTo(MEAN, 9);
  });

  it('drops weights from a file that do not match its heights one for one', () => {
    const text = JSON.stringify({
      scenario: {},
      imported: { new: { name: 'x', heights: [160, 170], weights: [1] } },
    });
    const back = parseScenarioJson(text).imported!.new!;
    expect(back.heights).toEqual([160, 170]);
    expect(back.weights).toBeUndefined();
  });
});
