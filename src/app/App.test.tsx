// Component tests: a student's actions on the page (sliders, number fields, buttons) and what the readout says after.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { selectIdeals, selectRun } from '../state/derived';
import { useAppStore } from '../state/store';
import { DEFAULT_SCENARIO } from '../state/scenario';
import type { Scenario } from '../state/scenario';
import { App } from './App';
import { formatInt, formatLength } from '../ui/format';

const cm = (x: number) => formatLength(x, 'cm');
const readout = () => screen.getByTestId('readout');
const readoutValue = (label: string) => {
  const term = within(readout()).getByText(label, { selector: 'dt' });
  return term.nextElementSibling!.textContent!;
};

/** A scenario from the defaults and `patch`, with the playhead at the end (whatever the address held). */
const load = (patch: Partial<Scenario>) =>
  useAppStore.getState().loadScenario({ ...DEFAULT_SCENARIO, ...patch });

/**
 * The figures follow the settings in a background render; wait until they have caught up (on a
 * busy machine that can take longer than waitFor's one second).
 */
const settled = () =>
  waitFor(() => expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy'), {
    timeout: 10_000,
  });

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
    expect(readoutValue('Ideal for everyone')).toBe(cm(ideals.pooled));
    expect(readoutValue('θ now')).toBe(cm(run.theta[run.theta.length - 1]!));
    expect(readout()).toHaveTextContent(
      /% of the way from the old mean \(0%\) to the new one \(100%\); the ideal for everyone seen \(size-weighted\) is at \d+%/,
    );
  });

  it('moving the new data size slider moves the ideal in the readout', async () => {
    render(<App />);
    const before = readoutValue('Ideal for everyone');
    const slider = screen.getByRole('slider', { name: 'New data size' });
    fireEvent.change(slider, { target: { value: '900' } });
    const s = useAppStore.getState().scenario;
    expect(s.newSize).toBeGreaterThan(50_000);
    // The readout's numbers follow in the slider's own render; the rest of the region trails it
    // by a background render, and says it is busy until then.
    expect(readoutValue('Ideal for everyone')).toBe(cm(selectIdeals(s).pooled));
    expect(readoutValue('Ideal for everyone')).not.toBe(before);
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('aria-busy', 'true');
    expect(readout().closest('[data-shows]')).toHaveAttribute(
      'data-shows',
      main.getAttribute('data-settings'),
    );
    await settled();
    expect(main).not.toHaveAttribute('aria-busy');
    expect(readoutValue('Ideal for everyone')).toBe(cm(selectIdeals(s).pooled));
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
    // θ_pre sits within 1e-9 cm of the old mean after 100 steps, so λ is n_old/n_new to 6 places.
    expect(s.lambda).toBeCloseTo(s.oldSize / s.newSize, 6);
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
    expect(readoutValue('θ now')).toBe(cm(run.thetaPre));
  });

  it('a diverged run shows no absurd θ and no share outside 0–100 %', async () => {
    render(<App />);
    act(() => load({ ftLr: 1.1, ftSteps: 300 }));
    await settled();
    expect(readoutValue('θ now')).toBe('diverged');
    expect(readout()).toHaveTextContent(/the run diverged at step \d+/);
    // No number of seven digits or more, and no negative or over-100 share.
    expect(readout().textContent).not.toMatch(/\d{7}|−\d+ %|\d{4,} %/);
  });

  it('at step 0, before pre-training, θ is described without a negative share', async () => {
    render(<App />);
    act(() => useAppStore.getState().rewind());
    await settled();
    expect(readout()).toHaveTextContent(/θ has not reached the old mean: it is [\d.]+ cm from it/);
    expect(readout().textContent).not.toMatch(/−\d+ %/);
  });

  it('when early stopping ends the run, the readout and the playback bar name the same step', async () => {
    render(<App />);
    act(() => load({ strategy: 'early', earlyStop: 3 }));
    await settled();
    const s = useAppStore.getState().scenario;
    const last = s.preSteps + 3;
    expect(readoutValue('Step')).toBe(`${last} (stopped early)`);
    expect(screen.getByRole('group', { name: 'Playback' })).toHaveTextContent(
      `the run stopped early at step ${last}`,
    );
  });

  it('while a tour question is open, the playback bar stops where the readout and the chart do', async () => {
    render(<App />);
    act(() => load({}));
    const s = useAppStore.getState().scenario;
    const total = s.preSteps + s.ftSteps;
    const bar = () => screen.getByRole('group', { name: 'Playback' });
    const scrubber = () => screen.getByRole('slider', { name: 'Training step' });
    act(() => useAppStore.getState().setTourStep(0));
    await settled();
    expect(readoutValue('Step')).toBe(`${formatInt(s.preSteps)} (pre-training)`);
    expect(bar()).toHaveTextContent(
      `step ${formatInt(s.preSteps)} of ${formatInt(total)}, pre-training`,
    );
    expect(scrubber()).toHaveValue(String(s.preSteps));
    act(() => useAppStore.getState().setTourAnswer(true));
    await settled();
    expect(readoutValue('Step')).toBe(`${formatInt(total)} (fine-tuning)`);
    expect(bar()).toHaveTextContent(`step ${formatInt(total)} of ${formatInt(total)}`);
    expect(scrubber()).toHaveValue(String(total));
    act(() => useAppStore.getState().setTourStep(null));
  });

  it('switching whom θ is for moves the ideal in the readout and names it', async () => {
    const user = userEvent.setup();
    render(<App />);
    act(() => load({ tau: 2 }));
    await user.click(screen.getByRole('radio', { name: /The new population/ }));
    await settled();
    const s = useAppStore.getState().scenario;
    expect(s.goal).toBe('new');
    expect(readoutValue('Ideal for new (τ = 2)')).toBe(cm(selectIdeals(s).posterior));
    expect(readout()).toHaveTextContent(/ideal for the new population \(τ = 2\.0 cm\)/);
    await user.click(screen.getByRole('radio', { name: /Everyone seen so far/ }));
    await settled();
    expect(readoutValue('Ideal for everyone')).toBe(cm(selectIdeals(s).pooled));
  });

  it('τ = 0 for the new population while the true means differ: the readout says so', async () => {
    render(<App />);
    act(() => load({ goal: 'new', tau: 0 }));
    await settled();
    expect(readout()).toHaveTextContent(/τ = 0 treats old and new heights as one population/);
  });

  it('a first visit offers the tour in one line; taking it starts the tour and the line is gone for good', async () => {
    const user = userEvent.setup();
    window.localStorage.removeItem('fine-tuning-playground:welcomed');
    const { unmount } = render(<App />);
    const welcome = screen.getByRole('region', { name: 'Start here' });
    await user.click(within(welcome).getByRole('button', { name: 'Start the tour' }));
    expect(useAppStore.getState().tourStep).toBe(0);
    expect(screen.queryByRole('region', { name: 'Start here' })).toBeNull();
    act(() => useAppStore.getState().setTourStep(null));
    unmount();
    // Not seen yet, but the settings are open: the line would push the readout under them.
    window.localStorage.removeItem('fine-tuning-playground:welcomed');
    act(() => useAppStore.getState().setDrawerOpen(true));
    const again = render(<App />);
    expect(screen.queryByRole('region', { name: 'Start here' })).toBeNull();
    act(() => useAppStore.getState().setDrawerOpen(false));
    expect(screen.getByRole('region', { name: 'Start here' })).toBeInTheDocument();
    again.unmount();
    window.localStorage.setItem('fine-tuning-playground:welcomed', '1');
    render(<App />);
    expect(screen.queryByRole('region', { name: 'Start here' })).toBeNull();
  });
});
