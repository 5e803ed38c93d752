// Switching the length unit live: every panel on the page follows at once, with no slider moved.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { selectIdeals } from '../state/derived';
import { useAppStore } from '../state/store';
import { App } from './App';
import { formatLength } from '../ui/format';

const readoutValue = (label: string) => {
  const term = within(screen.getByTestId('readout')).getByText(label, { selector: 'dt' });
  return term.nextElementSibling!.textContent!;
};

/** The figures, and each panel below them, have caught up with the settings. */
const settled = () =>
  waitFor(
    () => {
      expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
      expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0);
    },
    // The lessons' resampling is slow in jsdom on a busy machine.
    { timeout: 20_000 },
  );

/** Every panel that shows lengths, by the element that holds its text. */
const panels = () => ({
  readout: screen.getByTestId('readout'),
  drift: document.getElementById('drift')!,
  losses: document.getElementById('losses')!,
  data: document.getElementById('data')!,
  sweep: document.getElementById('sweep')!,
  formulas: screen.getByRole('region', { name: 'What is going on' }),
  compare: document.getElementById('compare')!,
  resample: document.getElementById('resample')!,
  similarity: document.getElementById('similarity')!,
  tradeoff: document.getElementById('tradeoff')!,
  validation: document.getElementById('validation')!,
  settings: document.getElementById('controls')!,
});

/**
 * A length or area in cm anywhere in the text, KaTeX's TeX source included ("\text{cm}"). Table
 * cells run together in textContent ("178.4 cm0.037"), so the unit is bounded by non-letters.
 */
const CM = /(?<![a-z])cm(?![a-z])/i;
/** The same in inches: "66.9 in", "in²", "(in)", "(in, log scale)", "\text{in}". */
const IN = /\d in(?![a-z])|in²|\(in\b|\{in\}/i;

beforeEach(() => {
  act(() => {
    useAppStore.getState().resetScenario();
    // θ for the new population with τ > 0 brings in the posterior ideal, the n_eff formula with τ
    // and σ², and its captions.
    useAppStore.getState().setScenario({ goal: 'new', tau: 2 });
  });
});

describe('length unit', () => {
  it('switching to inches turns every panel to inches at once', async () => {
    render(<App />);
    // The formulas and the deeper lessons load after the first chart.
    await screen.findByRole('heading', { name: 'What is going on' }, { timeout: 30_000 });
    await screen.findByRole(
      'heading',
      { name: /Choosing the balance from data/ },
      {
        timeout: 30_000,
      },
    );
    await settled();
    for (const [name, el] of Object.entries(panels())) {
      expect(el, name).toBeInTheDocument();
      expect(el.textContent, name).toMatch(CM);
    }

    act(() => useAppStore.getState().setView({ units: 'in' }));
    await settled();
    await waitFor(() => expect(readoutValue('Old data mean')).toMatch(/ in$/));
    // Nothing but the unit changed: no panel waits for a background render to show it.
    for (const [name, el] of Object.entries(panels())) {
      expect(el.textContent, name).not.toMatch(CM);
      expect(el.textContent, name).toMatch(IN);
    }

    // The numbers are converted, not relabelled.
    const s = useAppStore.getState().scenario;
    const ideals = selectIdeals(s);
    expect(readoutValue('Old data mean')).toBe(formatLength(ideals.oldSummary.mean, 'in'));
    expect(readoutValue('Ideal for new (τ = 0.787)')).toBe(formatLength(ideals.posterior, 'in'));
    // The population mean of 170 cm in the settings reads 66.9 in, and its field takes inches.
    expect(s.oldMean).toBe(170);
    expect(within(panels().settings).getByText('66.9 in')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Old mean' })).toHaveValue('66.929');
    const p = panels();
    expect(p.compare).toHaveTextContent(`μ_new = ${formatLength(s.newMean, 'in')}`);
    expect(p.sweep.querySelector('figcaption')).toHaveTextContent(
      `the ideal for the new population (τ = 0.8 in) there is ${formatLength(ideals.posterior, 'in')}`,
    );
    expect(p.similarity).toHaveTextContent(
      `the ideal for the new population is ${formatLength(ideals.posterior, 'in')}`,
    );
    expect(p.validation).toHaveTextContent(formatLength(ideals.posterior, 'in'));
    // τ = 2 cm in the formulas is 0.787 in, the pooled ideal is in inches, σ² in in².
    expect(p.formulas).toHaveTextContent('τ = 0.787 in');
    expect(p.formulas.textContent).toContain((ideals.pooled / 2.54).toFixed(2));
    expect(p.formulas.textContent).not.toContain(ideals.pooled.toFixed(2));
    expect(p.tradeoff.querySelector('figcaption')).toHaveTextContent(/trades [\d.]+ in² of loss/);

    // And back: the same text as before the switch.
    act(() => useAppStore.getState().setView({ units: 'cm' }));
    await waitFor(() =>
      expect(readoutValue('Old data mean')).toBe(formatLength(ideals.oldSummary.mean, 'cm')),
    );
    for (const [name, el] of Object.entries(panels())) {
      expect(el.textContent, name).not.toMatch(IN);
    }
  }, 120_000);
});
