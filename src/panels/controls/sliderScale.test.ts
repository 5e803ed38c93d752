// @vitest-environment node
// One arrow key press moves every slider of the page by one visible step, both ways, from anywhere.
import { describe, expect, it } from 'vitest';
import { formatInt, formatSig } from '../../ui/format';
import { LIMITS } from '../../state/scenario';
import { LOG_POSITIONS, positionToValue, stepSlider, valueToPosition } from './sliderScale';
import type { SliderSpec } from './sliderScale';

interface Case {
  name: string;
  spec: SliderSpec;
  shown: (v: number) => string;
  starts: number[];
}

const spec = (s: Partial<SliderSpec> & Pick<SliderSpec, 'min' | 'max'>): SliderSpec => ({
  scale: 'linear',
  step: 1,
  integer: false,
  ...s,
});
const oneDecimal = (v: number) => v.toFixed(1);
const inches = (v: number) => (v / 2.54).toFixed(1);

// The sliders as the settings panel builds them (see DataControls, TrainingControls,
// StrategyControls, ControlsPanel and ValidationPanel), with the text each one shows.
const CASES: Case[] = [
  {
    name: 'data size',
    spec: spec({ ...LIMITS.newSize, scale: 'log', integer: true }),
    shown: formatInt,
    starts: [1, 2, 9, 10, 11, 49, 50, 53, 99, 100, 1234, 1000, 999_999, 1_000_000],
  },
  {
    name: 'mean',
    spec: spec({ ...LIMITS.newMean, step: 0.1 }),
    shown: oneDecimal,
    starts: [50, 50.05, 170, 178.3, 249.9, 250],
  },
  {
    name: 'mean shown in inches',
    spec: spec({ ...LIMITS.newMean, step: 0.1 }),
    shown: inches,
    starts: [50, 170, 178.3, 249.9, 250],
  },
  {
    name: 'spread',
    spec: spec({ ...LIMITS.newStd, step: 0.1 }),
    shown: oneDecimal,
    starts: [0, 0.1, 7, 39.9, 40],
  },
  {
    name: 'initial θ',
    spec: spec({ ...LIMITS.init, step: 0.5 }),
    shown: oneDecimal,
    starts: [0, 0.2, 166, 249.5, 250],
  },
  {
    name: 'steps',
    spec: spec({ ...LIMITS.ftSteps, scale: 'log1p', integer: true }),
    shown: formatInt,
    starts: [0, 1, 2, 10, 100, 500, 4321, 99_000, 100_000],
  },
  {
    name: 'learning rate',
    spec: spec({ min: 0.0001, max: LIMITS.ftLr.max, scale: 'log' }),
    shown: (v) => formatSig(v),
    starts: [0.0001, 0.00012, 0.001, 0.01, 0.0123, 0.1, 1, 1.9, 2],
  },
  {
    name: 'batch size',
    spec: spec({ ...LIMITS.batch, scale: 'log', integer: true }),
    shown: formatInt,
    starts: [1, 2, 32, 33, 4000, 4096],
  },
  ...[1, 5, 500, 100_000].map((ftSteps) => ({
    name: `early stopping step of ${ftSteps}`,
    spec: spec({ min: 0, max: ftSteps, scale: 'log1p', integer: true }),
    shown: formatInt,
    starts: [0, 1, Math.floor(ftSteps / 2), ftSteps],
  })),
  {
    name: 'L2 strength',
    spec: spec({ ...LIMITS.lambda, scale: 'log1p' }),
    shown: (v) => formatSig(v),
    starts: [0, 0.012, 1, 20, 999_000, 1_000_000],
  },
  {
    name: 'replay fraction',
    spec: spec({ ...LIMITS.rho, step: 0.001 }),
    shown: (v) => formatSig(v),
    starts: [0, 0.001, 0.5, 0.9523, 0.999, 1],
  },
  {
    name: 'similarity τ',
    spec: spec({ ...LIMITS.tau, scale: 'log1p' }),
    shown: (v) => formatSig(v),
    starts: [0, 0.01, 2, 99, 100],
  },
  {
    name: 'validation share',
    spec: spec({ ...LIMITS.valFraction, step: 0.01 }),
    shown: (v) => `${Math.round(v * 100)} %`,
    starts: [0.05, 0.2, 0.33, 0.5],
  },
];

/** Every value a slider can stand on: its grid of positions. */
function grid({ min, max, scale, step, integer }: SliderSpec): number[] {
  if (scale === 'linear') {
    const n = Math.round((max - min) / step);
    return Array.from({ length: n + 1 }, (_, i) => Number((min + i * step).toPrecision(12)));
  }
  return Array.from({ length: LOG_POSITIONS + 1 }, (_, p) =>
    positionToValue(p, min, max, scale, integer),
  );
}

describe('stepSlider', () => {
  for (const c of CASES) {
    it(`moves the ${c.name} slider to the next value that reads differently, both ways`, () => {
      const stops = grid(c.spec);
      for (const start of c.starts) {
        for (const dir of [1, -1] as const) {
          const next = stepSlider(start, dir, c.spec, c.shown);
          const bound = dir > 0 ? c.spec.max : c.spec.min;
          const where = `${c.name} from ${start}, ${dir > 0 ? 'up' : 'down'}`;
          expect(next, where).toBeGreaterThanOrEqual(c.spec.min);
          expect(next, where).toBeLessThanOrEqual(c.spec.max);
          if (start === bound) {
            expect(next, where).toBe(bound);
            continue;
          }
          expect(dir * (next - start), where).toBeGreaterThan(0);
          // Only the last step onto an end may read the same (50.04 to 50.0 at the bottom).
          if (next !== bound) expect(c.shown(next), where).not.toBe(c.shown(start));
          // Nothing the slider can show lies between: it is the nearest visible step.
          const skipped = stops.filter(
            (v) => dir * (v - start) > 0 && dir * (next - v) > 0 && c.shown(v) !== c.shown(start),
          );
          expect(skipped, where).toEqual([]);
        }
      }
    });

    it(`walks the ${c.name} slider end to end and back one visible step at a time`, () => {
      for (const dir of [1, -1] as const) {
        let v = dir > 0 ? c.spec.min : c.spec.max;
        const end = dir > 0 ? c.spec.max : c.spec.min;
        let presses = 0;
        while (v !== end) {
          const next = stepSlider(v, dir, c.spec, c.shown);
          expect(dir * (next - v), `${c.name} stuck at ${v}`).toBeGreaterThan(0);
          v = next;
          presses++;
          expect(presses).toBeLessThan(5000);
        }
      }
    });
  }

  it('fixes the reported stalls: 50 → 49 → 48 and 50 → 51 → … → 60 on a data size', () => {
    const size = CASES[0]!.spec;
    const down: number[] = [50];
    const up: number[] = [50];
    for (let i = 0; i < 3; i++) down.push(stepSlider(down.at(-1)!, -1, size, formatInt));
    for (let i = 0; i < 10; i++) up.push(stepSlider(up.at(-1)!, 1, size, formatInt));
    expect(down).toEqual([50, 49, 48, 47]);
    expect(up).toEqual([50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60]);
    expect(stepSlider(10, 1, size, formatInt)).toBe(11);
    expect(stepSlider(10, -1, size, formatInt)).toBe(9);
  });

  it('without a text to compare, still moves to a different value', () => {
    const size = CASES[0]!.spec;
    expect(stepSlider(10, 1, size)).toBe(11);
    // 999 and 1,000 share a position on the slider; a press still reaches the next value.
    expect(valueToPosition(999, 1, 1e6, 'log')).toBe(valueToPosition(1000, 1, 1e6, 'log'));
    expect(stepSlider(999, 1, size)).toBe(1000);
  });
});
