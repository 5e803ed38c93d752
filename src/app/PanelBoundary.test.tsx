// A failing panel shows what broke and a retry in its own place; the panels beside it keep working.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './PanelBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('the chart data was malformed');
  return <p>chart drawn</p>;
}

describe('PanelBoundary', () => {
  it('contains a failure to its panel and recovers on retry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <PanelBoundary name="loss chart">
          <Fragile />
        </PanelBoundary>
        <PanelBoundary name="readout">
          <p>readout still here</p>
        </PanelBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The loss chart could not be drawn: the chart data was malformed',
    );
    expect(screen.getByText('readout still here')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    warn.mockRestore();
    error.mockRestore();
  });
});
