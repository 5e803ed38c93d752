// Plain words for technical terms: a "?" beside the word shows its meaning inline, and λ reads plainly.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatLambda } from './lambdaWords';
import { GLOSSARY, Term } from './Term';

describe('Term', () => {
  it('shows and hides its explanation from a labelled button', async () => {
    const user = userEvent.setup();
    render(
      <Term word="an oracle" tip={GLOSSARY.oracle}>
        Oracle
      </Term>,
    );
    const q = screen.getByRole('button', { name: 'What is an oracle?' });
    expect(q).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('note')).toBeNull();
    await user.click(q);
    expect(q).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('note')).toHaveTextContent(/nobody knows in practice/);
    await user.click(q);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('formatLambda', () => {
  it('gives two significant figures and says what a very weak or strong pull means', () => {
    expect(formatLambda(0.000841)).toBe('0.00084 (almost no pull)');
    expect(formatLambda(20)).toBe('20');
    expect(formatLambda(0.037)).toBe('0.037');
    expect(formatLambda(0)).toBe('0');
    expect(formatLambda(25_000)).toMatch(/^25,000 \(holds θ near θ_pre\)$/);
  });
});
