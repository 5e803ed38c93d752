// Component tests: a student's actions on the page (sliders, number fields, buttons) and what the readout says after.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { selectIdeals, selectRun } from '../state/derived';
import { useAppStore } from '../state/store';
import { App } from './App';
import { formatCm, formatInt } from './format';

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
    expect(readoutValue('Old data mean')).toBe(formatCm(ideals.oldSummary.mean));
    expect(readoutValue('New data mean')).toBe(formatCm(ideals.newSummary.mean));
    expect(readoutValue('Size-weighted ideal')).toBe(formatCm(ideals.pooled));
    expect(readoutValue('θ now')).toBe(formatCm(run.theta[run.theta.length - 1]!));
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
    expect(readoutValue('Size-weighted ideal')).toBe(formatCm(selectIdeals(s).pooled));
    expect(readoutValue('Size-weighted ideal')).not.toBe(before);
  });

  it('a size typed in the number field applies on Enter; one out of range is pulled to the limit and said so', async () => {
    const user = userEvent.setup();
    render(<App />);
    const field = screen.getByRole('spinbutton', { name: 'Old data size' });
    await user.clear(field);
    await user.type(field, '2,500{Enter}');
    expect(useAppStore.getState().scenario.oldSize).toBe(2500);
    expect(field).toHaveValue('2500');
    await user.clear(field);
    await user.type(field, '1e9');
    // The "1" typed on the way to "1e9" is not taken.
    expect(useAppStore.getState().scenario.oldSize).toBe(2500);
    await user.tab();
    expect(useAppStore.getState().scenario.oldSize).toBe(1_000_000);
    expect(screen.getByRole('alert')).toHaveTextContent('1,000,000 is the most: set to 1,000,000.');
    expect(field).toHaveValue('1000000');
  });

  it('text that is not a number keeps the last good value and says so', async () => {
    const user = userEvent.setup();
    render(<App />);
    const field = screen.getByRole('spinbutton', { name: 'New data size' });
    // The page may have opened on an earlier test's address: start from whatever it holds.
    const kept = useAppStore.getState().scenario.newSize;
    await user.clear(field);
    await user.type(field, 'abc{Enter}');
    expect(useAppStore.getState().scenario.newSize).toBe(kept);
    expect(field).toHaveValue(String(kept));
    expect(screen.getByRole('alert')).toHaveTextContent(
      `“abc” is not a number: kept ${formatInt(kept)}.`,
    );
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
    expect(readoutValue('θ now')).toBe(formatCm(ideals.pooled));
  });

  it('"land on the ideal" for replay sets ρ = n_old/(n_old + n_new)', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Land on the ideal: ρ/ }));
    await settled();
    const s = useAppStore.getState().scenario;
    expect(s.strategy).toBe('replay');
    expect(s.rho).toBeCloseTo(s.oldSize / (s.oldSize + s.newSize), 12);
    expect(readoutValue('θ now')).toBe(formatCm(selectIdeals(s).pooled));
  });

  it('a learning rate past the stability limit names the step where the run diverged', async () => {
    render(<App />);
    const field = screen.getByRole('spinbutton', { name: 'Learning rate' });
    fireEvent.change(field, { target: { value: '1.2' } });
    fireEvent.keyDown(field, { key: 'Enter' });
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
    expect(readoutValue('θ now')).toBe(formatCm(run.thetaPre));
  });
});
