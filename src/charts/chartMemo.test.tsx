// Charts skip renders that would draw the same thing, but not a change of the page's length unit.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLengthUnit } from '../app/format';
import { chartMemo } from './chartMemo';

let renders = 0;
const Probe = chartMemo(function Probe(p: { rows: { step: number; theta: number }[] }) {
  renders++;
  return <p>{p.rows.length}</p>;
});

afterEach(() => setLengthUnit('cm'));

describe('chartMemo', () => {
  it('skips a render whose rows were rebuilt with the same values', () => {
    renders = 0;
    const { rerender } = render(<Probe rows={[{ step: 0, theta: 170 }]} />);
    rerender(<Probe rows={[{ step: 0, theta: 170 }]} />);
    expect(renders).toBe(1);
    rerender(<Probe rows={[{ step: 0, theta: 171 }]} />);
    expect(renders).toBe(2);
  });

  it('renders again when the length unit changes, though the props did not', () => {
    renders = 0;
    const rows = [{ step: 0, theta: 170 }];
    const { rerender } = render(<Probe rows={rows} />);
    setLengthUnit('in');
    rerender(<Probe rows={rows} />);
    expect(renders).toBe(2);
  });
});
