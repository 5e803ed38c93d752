// The stream panel: its controls move the numbers, Match the filter sets S to S*, and the readout
// names the learner the core finds best.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePreset } from '../../state/lecture';
import { PRESETS } from '../../state/presets';
import { useAppStore } from '../../state/store';
import { selectStreamRun } from '../../state/streamDerived';
import { StreamSection } from './StreamSection';

afterEach(() => useAppStore.getState().resetScenario());

const verdict = () => screen.getByTestId('stream-verdict');
const winner = () => verdict().querySelector('.stream-winner')!;
const walkIndex = PRESETS.findIndex((p) => p.id === 'stream-walk');

/** Types a value into a control's number field and commits it, as a user does. */
async function enter(label: string, value: string) {
  const field = screen.getByRole('spinbutton', { name: label });
  await userEvent.clear(field);
  await userEvent.type(field, `${value}{Enter}`);
}

describe('StreamSection', () => {
  it('names the winner the core computes, with its error, for the defaults and for a preset', () => {
    render(<StreamSection />);
    const best = () => selectStreamRun(useAppStore.getState().stream).best;
    expect(winner()).toHaveAttribute('data-winner', best());
    act(() => choosePreset(PRESETS.findIndex((p) => p.id === 'stream-none')));
    expect(best()).toBe('all');
    expect(winner()).toHaveAttribute('data-winner', 'all');
    expect(winner()).toHaveTextContent(/^Everything so far wins/);
    const d = selectStreamRun(useAppStore.getState().stream);
    const cm2 = Number(d.paths.all.meanExcess.toPrecision(3));
    expect(winner().textContent).toContain(`${cm2} cm²`);
  });

  it('the controls change the numbers: the rounds, the drift and the steps', async () => {
    render(<StreamSection />);
    act(() => choosePreset(walkIndex));
    const before = winner().textContent;
    await enter('Heights per round', '2000');
    expect(useAppStore.getState().stream.batch).toBe(2000);
    expect(winner().textContent).not.toBe(before);
    expect(screen.getByText(/A round’s mean varies by/)).toHaveTextContent('σ²/b = 0.0245 cm²');
    // A filter that assumes no drift retrains on everything: under a walk it loses.
    await enter('Filter’s assumed q', '0');
    const best = selectStreamRun(useAppStore.getState().stream).best;
    expect(best).not.toBe('filter');
    expect(winner()).toHaveAttribute('data-winner', best);
    await userEvent.click(screen.getByRole('radio', { name: 'None' }));
    expect(useAppStore.getState().stream.driftKind).toBe('none');
    // With no drift and q = 0 the filter is everything so far, to rounding: either may win.
    const still = selectStreamRun(useAppStore.getState().stream);
    expect(['all', 'filter']).toContain(still.best);
    expect(still.paths.filter.meanExcess).toBeCloseTo(still.paths.all.meanExcess, 12);
    expect(winner()).toHaveAttribute('data-winner', still.best);
    await enter('Steps per round S', '3');
    expect(useAppStore.getState().stream.steps).toBe(3);
    const alpha = selectStreamRun(useAppStore.getState().stream).alpha;
    expect(screen.getByText(/Each round θ moves α/)).toHaveTextContent(
      `${Number((alpha * 100).toPrecision(3))} %`,
    );
  });

  it('Match the filter sets S to S*, and fine-tuning then comes within a few percent of the filter', async () => {
    render(<StreamSection />);
    act(() => choosePreset(walkIndex));
    const d = selectStreamRun(useAppStore.getState().stream);
    expect(d.stepsMatch).not.toBe(useAppStore.getState().stream.steps);
    const button = screen.getByRole('button', { name: /Match the filter/ });
    expect(button).toHaveTextContent(`S = ${d.stepsMatch}`);
    expect(verdict()).toHaveTextContent(/“Match the filter” sets S to S\* = 16/);
    await userEvent.click(button);
    expect(useAppStore.getState().stream.steps).toBe(d.stepsMatch);
    const after = selectStreamRun(useAppStore.getState().stream);
    const gap = after.paths.finetune.meanExcess / after.paths.filter.meanExcess - 1;
    expect(gap).toBeLessThan(0.03);
    const versus = within(verdict()).getByText(/Fine-tuning’s error is/);
    expect(versus).toHaveTextContent(`${Number((gap * 100).toPrecision(2))} % above the filter’s`);
    expect(versus).not.toHaveTextContent('Match the filter');
    expect(winner()).toHaveTextContent(/^The Bayesian filter wins/);
  });

  it('Match the filter is off where S* does not exist, and says why', async () => {
    render(<StreamSection />);
    await enter('Rate η per step', '0.6');
    expect(screen.getByRole('button', { name: /Match the filter/ })).toBeDisabled();
    expect(screen.getByText(/S\* exists only for a rate 0 < η < ½/)).toBeInTheDocument();
  });
});
