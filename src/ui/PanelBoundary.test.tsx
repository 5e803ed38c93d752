// A failing panel shows what broke and a retry in its own place; the panels beside it keep working.
import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './PanelBoundary';
import { retryableImport } from './retryableImport';
import { retryableLazy } from './retryableLazy';

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

  it('Try again loads a lazy panel whose code failed to arrive, asking once per press', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new Error('Failed to fetch the formulas');
      return { default: () => <p>formulas drawn</p> };
    });
    const Formulas = retryableLazy(load);
    render(
      <PanelBoundary name="explanation">
        <Suspense fallback={<p>loading</p>}>
          <Formulas />
        </Suspense>
      </PanelBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch the formulas');
    // React renders once more after an error; that must not count as a retry.
    expect(load).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch the formulas');
    expect(load).toHaveBeenCalledTimes(2);
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('formulas drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(3);
    warn.mockRestore();
    error.mockRestore();
  });
});

describe('retryableImport', () => {
  it('shares one import, and makes a new one only after it failed', async () => {
    let fail = true;
    const load = vi.fn(() =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve('module'),
    );
    const get = retryableImport(load);
    const first = get();
    expect(get()).toBe(first);
    await expect(first).rejects.toThrow('offline');
    fail = false;
    await expect(get()).resolves.toBe('module');
    await expect(get()).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
