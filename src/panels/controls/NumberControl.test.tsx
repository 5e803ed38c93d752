// Component tests of one setting: when a typed number applies, what Escape and the arrow keys do.
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatInt } from '../../ui/format';
import { NumberControl } from './NumberControl';
import { PAUSE_MS } from './useNumberEntry';

/** A data-size control over local state, recording every value it was given. */
function SizeControl({ seen, start = 50 }: { seen: number[]; start?: number }) {
  const [v, setV] = useState(start);
  return (
    <NumberControl
      label="New data size"
      value={v}
      onChange={(x) => {
        seen.push(x);
        setV(x);
      }}
      min={1}
      max={1_000_000}
      scale="log"
      integer
      format={formatInt}
    />
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('NumberControl', () => {
  it('applies nothing while typing, and a complete valid number after a short pause', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    render(<SizeControl seen={seen} />);
    const field = screen.getByRole('spinbutton', { name: 'New data size' });
    fireEvent.change(field, { target: { value: '1' } });
    fireEvent.change(field, { target: { value: '1e' } });
    fireEvent.change(field, { target: { value: '1e9' } });
    act(() => vi.advanceTimersByTime(PAUSE_MS * 2));
    // "1e9" is out of range: it waits for Enter or blur, and "1" was never applied.
    expect(seen).toEqual([]);
    fireEvent.change(field, { target: { value: '1,000' } });
    act(() => vi.advanceTimersByTime(PAUSE_MS - 50));
    expect(seen).toEqual([]);
    act(() => vi.advanceTimersByTime(100));
    expect(seen).toEqual([1000]);
    // The text stays as typed while the field has it.
    expect(field).toHaveValue('1,000');
  });

  it('on leaving the field pulls a number out of range to the limit, with a plain message', async () => {
    const user = userEvent.setup();
    const seen: number[] = [];
    render(<SizeControl seen={seen} />);
    const field = screen.getByRole('spinbutton', { name: 'New data size' });
    await user.clear(field);
    await user.type(field, '-5');
    await user.tab();
    expect(seen.at(-1)).toBe(1);
    expect(field).toHaveValue('1');
    expect(screen.getByRole('alert')).toHaveTextContent('1 is the least: set to 1.');
    // The message is about that entry: moving the slider clears it.
    fireEvent.change(screen.getByRole('slider', { name: 'New data size' }), {
      target: { value: '500' },
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Escape drops the edit and shows the last good value again, with nothing applied', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    render(<SizeControl seen={seen} />);
    const field = screen.getByRole('spinbutton', { name: 'New data size' });
    fireEvent.change(field, { target: { value: '7' } });
    act(() => vi.advanceTimersByTime(PAUSE_MS + 10));
    expect(seen).toEqual([7]);
    fireEvent.change(field, { target: { value: '70' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field).toHaveValue('7');
    act(() => vi.advanceTimersByTime(PAUSE_MS * 2));
    // The pending "70" never lands.
    expect(seen).toEqual([7]);
  });

  it('an emptied field keeps its value and says so', async () => {
    const user = userEvent.setup();
    const seen: number[] = [];
    render(<SizeControl seen={seen} start={1000} />);
    const field = screen.getByRole('spinbutton', { name: 'New data size' });
    await user.clear(field);
    await user.tab();
    expect(seen).toEqual([]);
    expect(field).toHaveValue('1000');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing entered: kept 1,000.');
  });

  it('arrow keys on the slider and in the field move one visible step each, both ways', () => {
    const seen: number[] = [];
    render(<SizeControl seen={seen} />);
    const slider = screen.getByRole('slider', { name: 'New data size' });
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp'])
      fireEvent.keyDown(slider, { key });
    expect(seen).toEqual([49, 48, 47, 48, 49]);
    const field = screen.getByRole('spinbutton', { name: 'New data size' });
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(seen.slice(5)).toEqual([50, 49, 48]);
    expect(field).toHaveValue('48');
  });
});
