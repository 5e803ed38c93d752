// A frame of playback moves the drift chart's playhead and nothing else: the grid and the axes
// are not rendered again for it, so a frame costs what moves (the rule, the dot, the path drawn
// so far) rather than the whole chart.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIGHT } from '../ui/palette';
import { lengthFormat } from '../ui/format';
import type { DriftRow } from '../ui/chartRows';
import { fakeObserver } from '../test/fakeObserver';

const renders = vi.hoisted(() => ({ grid: 0, xAxis: 0, yAxis: 0 }));

vi.mock('recharts', async (importOriginal) => {
  const real = await importOriginal<typeof import('recharts')>();
  const counted = <P extends object>(
    Inner: React.ComponentType<P>,
    key: keyof typeof renders,
  ): React.ComponentType<P> =>
    function Counted(props: P) {
      renders[key]++;
      return <Inner {...props} />;
    };
  return {
    ...real,
    CartesianGrid: counted(real.CartesianGrid, 'grid'),
    XAxis: counted(real.XAxis, 'xAxis'),
    YAxis: counted(real.YAxis, 'yAxis'),
  };
});

const { DriftChart } = await import('./DriftChart');

const boxes = fakeObserver<{ contentRect: { width: number; height: number } }>();
const Original = globalThis.ResizeObserver;

beforeEach(() => {
  globalThis.ResizeObserver = boxes.Observer as unknown as typeof ResizeObserver;
  renders.grid = renders.xAxis = renders.yAxis = 0;
});
afterEach(() => {
  globalThis.ResizeObserver = Original;
  boxes.reset();
});

const rows: DriftRow[] = Array.from({ length: 41 }, (_, step) => ({
  step,
  theta: step <= 20 ? 160 + step * 0.5 : 170 + (step - 20) * 0.2,
}));

// The page hands the chart one palette and one length format until the theme or the unit changes.
const CM = lengthFormat('cm');
const RECOLOURED = { ...LIGHT, grid: '#123456' };

function chart(playhead: number, palette = LIGHT) {
  return (
    <DriftChart
      rows={rows}
      total={40}
      boundary={20}
      playhead={playhead}
      thetaNow={rows[playhead]!.theta ?? null}
      thetaStep={playhead}
      oldMean={170}
      newMean={174}
      ideal={172}
      idealLabel="everyone"
      stoppedAt={null}
      yDomain={[158, 178]}
      palette={palette}
      units={CM}
    />
  );
}

describe('the drift chart during playback', () => {
  it('renders its grid and axes once, not again for each step the playhead moves', () => {
    const { rerender, container } = render(chart(10));
    act(() => boxes.report({ contentRect: { width: 640, height: 360 } }));
    expect(container.querySelector('svg')).not.toBeNull();
    const drawn = { ...renders };
    expect(drawn.grid).toBeGreaterThan(0);
    for (const step of [11, 12, 30, 40]) rerender(chart(step));
    expect(renders).toEqual(drawn);
  });

  it('renders the grid again when what it draws changes', () => {
    const { rerender } = render(chart(10));
    act(() => boxes.report({ contentRect: { width: 640, height: 360 } }));
    const before = renders.grid;
    rerender(chart(10, RECOLOURED));
    expect(renders.grid).toBeGreaterThan(before);
  });
});
