// The settings say where a dataset comes from, and only while it does: imported heights, or the generator.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, removeImport } from '../../state/importing';
import { loadPreset } from '../../state/lecture';
import { useAppStore } from '../../state/store';
import { DataControls } from './DataControls';

const HINT = /Your imported heights \(mine\.csv\) set the size, mean and spread/;

afterEach(() => {
  removeImport('old');
  useAppStore.getState().resetScenario();
});

describe('DataControls with imported heights', () => {
  it('locks the sliders to the import, and frees them once a preset brings its own data', () => {
    render(<DataControls which="old" />);
    act(() => applyImport('old', [160, 170, 180, 175], 'mine.csv'));
    expect(screen.getByText(HINT)).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Old data size' })).toBeDisabled();
    act(() => loadPreset(0));
    expect(screen.queryByText(HINT)).toBeNull();
    expect(screen.getByRole('slider', { name: 'Old data size' })).toBeEnabled();
    expect(useAppStore.getState().notice?.()).toMatch(/imported heights are no longer in use/);
  });
});
