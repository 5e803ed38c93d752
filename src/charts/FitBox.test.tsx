import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FitBox } from './FitBox';
import { fakeObserver } from '../test/fakeObserver';

const boxes = fakeObserver<{ contentRect: { width: number; height: number } }>();
const FakeObserver = boxes.Observer;
const Original = globalThis.ResizeObserver;

afterEach(() => {
  globalThis.ResizeObserver = Original;
  boxes.reset();
});

const report = (width: number, height: number) =>
  act(() => boxes.report({ contentRect: { width, height } }));

describe('FitBox: a chart sized by the box it fills', () => {
  it('draws nothing until the box is known, then draws at its whole-pixel size', async () => {
    globalThis.ResizeObserver = FakeObserver as unknown as typeof ResizeObserver;
    render(<FitBox>{(s) => <p>{`${s.width}×${s.height}`}</p>}</FitBox>);
    expect(screen.queryByText(/×/)).toBeNull();
    await report(640.7, 300.2);
    expect(screen.getByText('640×300')).toBeInTheDocument();
    await report(500, 280);
    expect(screen.getByText('500×280')).toBeInTheDocument();
  });

  it('keeps its last size while hidden, so the chart is not torn down', async () => {
    globalThis.ResizeObserver = FakeObserver as unknown as typeof ResizeObserver;
    render(<FitBox>{(s) => <p>{`${s.width}×${s.height}`}</p>}</FitBox>);
    await report(400, 200);
    await report(0, 0);
    expect(screen.getByText('400×200')).toBeInTheDocument();
  });
});
