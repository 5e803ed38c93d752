// The background catch-up of panels: each one reaches the latest settings, one at a time, and
// panels off screen wait for input to pause.
import { act, render, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { CatchUpTurns, OFF_SCREEN_DELAY_MS, createCatchUpQueue, useCatchUp } from './catchUp';
import type { CatchUpQueue } from './catchUp';

/** The queue the probes of the current test take turns through. */
let queue: CatchUpQueue = createCatchUpQueue();

function Turns({ children }: { children: ReactNode }) {
  return <CatchUpTurns queue={queue}>{children}</CatchUpTurns>;
}

/** Renders inside the current test's queue; rerender keeps it. */
function renderInTurns(ui: ReactNode) {
  queue = createCatchUpQueue();
  return render(ui, { wrapper: Turns });
}

/** Every value each probe has committed, in order, across all probes. */
let log: string[] = [];

function Probe({
  name,
  target,
  onScreen = true,
}: {
  name: string;
  target: number;
  onScreen?: boolean;
}) {
  const [shown, behind] = useCatchUp(target, onScreen);
  useLayoutEffect(() => {
    // What every probe shows in the DOM at this commit: one commit would show them all updated.
    const dom = [...document.querySelectorAll('[data-testid]')].map((e) => e.textContent).join('');
    log.push(`${name}=${shown} ${dom} waiting ${queue.snapshot().waiting}`);
  }, [name, shown]);
  return (
    <p data-testid={name} aria-busy={behind || undefined}>
      {shown}
    </p>
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('useCatchUp', () => {
  it('shows the old value, marked behind, then the new one', async () => {
    log = [];
    const { rerender } = renderInTurns(<Probe name="a" target={1} />);
    rerender(<Probe name="a" target={2} />);
    expect(screen.getByTestId('a')).toHaveTextContent('1');
    expect(screen.getByTestId('a')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(screen.getByTestId('a')).toHaveTextContent('2'));
    expect(screen.getByTestId('a')).not.toHaveAttribute('aria-busy');
  });

  it('lets panels catch up one at a time, in order, each with its own commit', async () => {
    log = [];
    const three = (t: number) => (
      <>
        <Probe name="a" target={t} />
        <Probe name="b" target={t} />
        <Probe name="c" target={t} />
      </>
    );
    const { rerender } = renderInTurns(three(1));
    log = [];
    rerender(three(2));
    await waitFor(() => expect(screen.getByTestId('c')).toHaveTextContent('2'));
    // Separate commits: a alone first, then b, then c.
    // One panel holds the turn while the others wait for it.
    expect(log).toEqual(['a=2 211 waiting 2', 'b=2 221 waiting 1', 'c=2 222 waiting 0']);
    // c hands its turn back in a passive effect, which may run after its commit reaches the DOM.
    await waitFor(() => expect(queue.snapshot()).toEqual({ running: false, waiting: 0 }));
  });

  it('jumps straight to the latest value when several changes queue up', async () => {
    log = [];
    const { rerender } = renderInTurns(<Probe name="a" target={1} />);
    log = [];
    rerender(<Probe name="a" target={2} />);
    rerender(<Probe name="a" target={3} />);
    rerender(<Probe name="a" target={4} />);
    await waitFor(() => expect(screen.getByTestId('a')).toHaveTextContent('4'));
    expect(log).toEqual(['a=4 4 waiting 0']);
  });

  it('waits for input to pause before updating a panel off screen', async () => {
    log = [];
    const { rerender } = renderInTurns(<Probe name="far" target={1} onScreen={false} />);
    rerender(<Probe name="far" target={2} onScreen={false} />);
    await act(() => sleep(OFF_SCREEN_DELAY_MS / 2));
    // Another change before the pause is over restarts the wait.
    rerender(<Probe name="far" target={3} onScreen={false} />);
    await act(() => sleep(OFF_SCREEN_DELAY_MS * 0.75));
    expect(screen.getByTestId('far')).toHaveTextContent('1');
    await waitFor(() => expect(screen.getByTestId('far')).toHaveTextContent('3'));
  });

  it('does not stall the others when a panel disappears while waiting its turn', async () => {
    log = [];
    const pair = (t: number, withA: boolean) => (
      <>
        {withA ? <Probe name="a" target={t} /> : null}
        <Probe name="b" target={t} />
      </>
    );
    const { rerender } = renderInTurns(pair(1, true));
    rerender(pair(2, true));
    rerender(pair(2, false));
    await waitFor(() => expect(screen.getByTestId('b')).toHaveTextContent('2'));
  });
});
