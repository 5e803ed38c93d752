// Charts skip renders that would draw the same thing, and render again when the length unit changes.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lengthFormat } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import { chartMemo } from './chartMemo';

let renders = 0;
const Probe = chartMemo(function Probe(p: {
  rows: { step: number; theta: number }[];
  units: LengthFormat;
}) {
  renders++;
  return <p>{p.units.length(p.rows[0]!.theta)}</p>;
});

describe('chartMemo', () => {
  it('skips a render whose rows were rebuilt with the same values', () => {
    renders = 0;
    const cm = lengthFormat('cm');
    const { rerender } = render(<Probe rows={[{ step: 0, theta: 170 }]} units={cm} />);
    rerender(<Probe rows={[{ step: 0, theta: 170 }]} units={lengthFormat('cm')} />);
    expect(renders).toBe(1);
    rerender(<Probe rows={[{ step: 0, theta: 171 }]} units={cm} />);
    expect(renders).toBe(2);
  });

  it('renders again when the length unit changes, though the rows did not', () => {
    renders = 0;
    const rows = [{ step: 0, theta: 170 }];
    const { rerender, container } = render(<Probe rows={rows} units={lengthFormat('cm')} />);
    expect(container).toHaveTextContent('170.0 cm');
    rerender(<Probe rows={rows} units={lengthFormat('in')} />);
    expect(renders).toBe(2);
    expect(container).toHaveTextContent('66.9 in');
  });
});
