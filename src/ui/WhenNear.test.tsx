import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WhenNear } from './WhenNear';
import { fakeObserver } from '../test/fakeObserver';

const crossings = fakeObserver<{ isIntersecting: boolean }>();
const FakeObserver = crossings.Observer;

const withObserver = () => {
  (globalThis as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
};

afterEach(() => {
  delete (globalThis as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
  crossings.reset();
});

const part = (force = false) => (
  <WhenNear placeholder={<p>waiting</p>} force={force}>
    <p>built</p>
  </WhenNear>
);

describe('WhenNear: a part of the page built once it comes near the view', () => {
  it('shows the placeholder while far, and the part once it is near', () => {
    withObserver();
    render(part());
    expect(screen.getByText('waiting')).toBeInTheDocument();
    act(() => crossings.report({ isIntersecting: false }));
    expect(screen.queryByText('built')).toBeNull();
    act(() => crossings.report({ isIntersecting: true }));
    expect(screen.getByText('built')).toBeInTheDocument();
    expect(screen.queryByText('waiting')).toBeNull();
  });

  it('builds the part when asked for, and keeps it when no longer asked', () => {
    withObserver();
    const { rerender } = render(part());
    expect(screen.queryByText('built')).toBeNull();
    rerender(part(true));
    expect(screen.getByText('built')).toBeInTheDocument();
    rerender(part(false));
    expect(screen.getByText('built')).toBeInTheDocument();
  });

  it('builds at once where the browser cannot tell what is near', () => {
    render(part());
    expect(screen.getByText('built')).toBeInTheDocument();
  });
});
