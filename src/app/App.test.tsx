// Component tests: a student's actions on the page (sliders, number fields, buttons) and what the readout says after.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { selectIdeals, selectRun } from '../state/derived';
import { useAppStore } from '../state/store';
import { App } from './App';
import { formatLength } from './format';

const cm = (x: number) => formatLength(x, 'cm');
const readout = () => screen.getByTestId('readout');
const readoutValue = (label: string) => {
  const term = within(readout()).getByText(label, { selector: 'dt' });
  return term.nextElementSibling!.textContent!;
};

/** The figures follow the settings in a background render; wait until they have caught up. */
const settled = () =>
  waitFor(() => expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy'));

beforeEach(() => {
  act(() => useAppStore.getState().resetScenario());
});

describe('App', () => {
  it('shows the data means, the ideal and θ from the derived run', () => {
    render(<App />);
    const s = useAppStore.getState().scenario;
    const ideals = selectIdeals(s);
    const run = selectRun(s).result!;
    expect(readoutValue('Old data mean')).toBe(cm(ideals.oldSummary.mean));
    expect(readoutValue('New data mean')).toBe(cm(ideals.newSummary.mean));
    expect(readoutValue('Size-weighted ideal')).toBe(cm(ideals.pooled));
    expect(readoutValue('θ now')).toBe(cm(run.theta[run.theta.length - 1]!));
    expect(readout()).toHaveTextContent(
      /% of the way from the old mean to the new one; the ideal is at \d+ %/,
    );
  });

  it('moving the new data size slider moves the ideal in the readout', async () => {
    render(<App />);
    const before = readoutValue('Size-weighted ideal');
    const slider = screen.getByRole('slider', { name: 'New data size' });
    fireEvent.change(slider, { target: { value: '900' } });
    const s = useAppStore.getState().scenario;
    expect(s.newSize).toBeGreaterThan(50_000);
    // Until the background render lands, the region says it is busy and shows the old value.
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(readoutValue('Size-weighted ideal')).toBe(before);
    await settled();
    expect(readoutValue('Size-weighted ideal')).toBe(cm(selectIdeals(s).pooled));
    expect(readoutValue('Size-weighted ideal')).not.toBe(before);
  });

  it('typing an exact size in the number field applies it; a bad value is explained and ignored', async () => {
    const user = userEvent.setup();
    render(<App />);
    const field = screen.getByRole('spinbutton', { name: 'Old data size' });
    await user.clear(field);
    await user.type(field, '2500');
    expect(useAppStore.getState().scenario.oldSize).toBe(2500);
    await user.clear(field);
    await user.type(field, '5000000');
    expect(screen.getByRole('alert')).toHaveTextContent(/out of range/);
    // Each keystroke that forms a valid size applies it; the out-of-range last one is not applied.
    expect(useAppStore.getState().scenario.oldSize).toBe(500_000);
    await user.tab();
    expect(field).toHaveValue(500_000);
  });

  it('"land on the ideal" for L2 sets λ = n_old/n_new and θ ends on the ideal', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Land on the ideal: λ = n_old\/n_new/ }));
    await settled();
    const s = useAppStore.getState().scenario;
    expect(s.strategy).toBe('l2sp');
    expect(s.lambda).toBe(s.oldSize / s.newSize);
    const ideals = selectIdeals(s);
    expect(readoutValue('θ now')).toBe(cm(ideals.pooled));
  });

  it('"land on the ideal" for replay sets ρ = n_old/(n_old + n_new)', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Land on the ideal: ρ/ }));
    await settled();
    const s = useAppStore.getState().scenario;
    expect(s.strategy).toBe('replay');
    expect(s.rho).toBeCloseTo(s.oldSize / (s.oldSize + s.newSize), 12);
    expect(readoutValue('θ now')).toBe(cm(selectIdeals(s).pooled));
  });

  it('a learning rate past the stability limit names the step where the run diverged', async () => {
    render(<App />);
    const field = screen.getByRole('spinbutton', { name: 'Learning rate' });
    fireEvent.change(field, { target: { value: '1.2' } });
    await settled();
    expect(readout()).toHaveTextContent(/diverged at step \d+/);
    expect(readout()).toHaveTextContent(/ηc < 1/);
    expect(readout()).not.toHaveTextContent(/NaN|Infinity/);
  });

  it('choosing a strategy by its radio button changes the run', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('radio', { name: /Freeze/ }));
    await settled();
    const s = useAppStore.getState().scenario;
    expect(s.strategy).toBe('freeze');
    const run = selectRun(s);
    expect(readoutValue('θ now')).toBe(cm(run.thetaPre));
  });
});
