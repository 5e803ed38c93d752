// A chart exported for a slide carries its title, its legend and its axis titles, in the palette asked for.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT } from '../../ui/palette';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import {
  composeChartSvg,
  estimateText,
  figureParts,
  recolor,
  stylesToAttributes,
  wrapText,
} from './chartImage';

/** A figure as ChartFrame draws it, with a plot standing in for the one Recharts draws. */
function figure(palette = LIGHT) {
  const { container } = render(
    <ChartFrame
      id="drift"
      title="Drift: where θ goes during training"
      caption="caption"
      legend={
        <ChartLegend
          items={[
            { label: 'θ, the learned height', color: palette.theta },
            { label: 'Old data mean', color: palette.old, dash: '8 5' },
          ]}
        />
      }
    >
      <div className="recharts-wrapper">
        <svg className="recharts-surface" width="600" height="300" style={{ width: '100%' }}>
          <line x1="0" x2="600" y1="10" y2="10" stroke={palette.old} />
          <text x="20" y="150" style={{ textAnchor: 'middle' }} fill={palette.text}>
            θ, predicted height (cm)
          </text>
          <text x="300" y="290" fill={palette.text}>
            Training step
          </text>
          <g className="plot-hover">
            <text>hover readout</text>
          </g>
        </svg>
      </div>
    </ChartFrame>,
  );
  // The first child, not '#drift': two figures in one test share the id.
  return container.firstElementChild as HTMLElement;
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('composeChartSvg', () => {
  it('holds the title, every legend label and the axis titles, as well-formed SVG', () => {
    const svg = composeChartSvg(figureParts(figure()), LIGHT, LIGHT);
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Drift: where θ goes during training');
    expect(texts).toContain('θ, the learned height');
    expect(texts).toContain('Old data mean');
    expect(texts).toContain('θ, predicted height (cm)');
    expect(texts).toContain('Training step');
    expect(doc.querySelector('title')?.textContent).toBe('Drift: where θ goes during training');
    // The legend's dash pattern comes along with its label.
    expect(svg).toContain('stroke-dasharray="8 5"');
    // The pointer's readout is not part of the picture.
    expect(svg).not.toContain('hover readout');
  });

  it('has no inline style, which the page’s policy would refuse when it becomes a PNG', () => {
    const svg = composeChartSvg(figureParts(figure()), LIGHT, LIGHT);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).toContain('text-anchor="middle"');
  });

  it('is sized to hold the plot below the title and legend', () => {
    const doc = parse(composeChartSvg(figureParts(figure()), LIGHT, LIGHT));
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('600');
    const plot = root.querySelector(':scope > svg')!;
    expect(Number(plot.getAttribute('y'))).toBeGreaterThan(40);
    expect(Number(root.getAttribute('height'))).toBeGreaterThanOrEqual(
      Number(plot.getAttribute('y')) + 300,
    );
  });

  it('makes room for text the plot draws past its box, such as a long rotated axis title', () => {
    const parts = figureParts(figure());
    const plain = parse(composeChartSvg(parts, LIGHT, LIGHT)).documentElement;
    const spilled = parse(
      composeChartSvg(
        { ...parts, spill: { top: 30, right: 0, bottom: 0, left: 12 } },
        LIGHT,
        LIGHT,
      ),
    ).documentElement;
    const plotOf = (root: Element) => root.querySelector(':scope > svg')!;
    expect(Number(plotOf(spilled).getAttribute('y'))).toBe(
      Number(plotOf(plain).getAttribute('y')) + 30,
    );
    expect(Number(plotOf(spilled).getAttribute('x'))).toBe(12);
    expect(Number(spilled.getAttribute('width'))).toBe(612);
    expect(Number(spilled.getAttribute('height'))).toBe(Number(plain.getAttribute('height')) + 30);
  });

  it('turns a chart drawn dark into a light picture, and back', () => {
    const light = composeChartSvg(figureParts(figure(DARK)), DARK, LIGHT);
    expect(light).toContain(`fill="${LIGHT.surface}"`);
    expect(light).toContain(LIGHT.old);
    expect(light.toLowerCase()).not.toContain(DARK.old.toLowerCase());
    expect(light.toLowerCase()).not.toContain(DARK.surface.toLowerCase());
    const dark = composeChartSvg(figureParts(figure(LIGHT)), LIGHT, DARK);
    expect(dark).toContain(`fill="${DARK.surface}"`);
    expect(dark).toContain(DARK.theta);
  });
});

describe('the pieces', () => {
  it('recolor swaps each role once, without chains', () => {
    const text = `<a fill="${LIGHT.old}" stroke="${LIGHT.new}"/>`;
    expect(recolor(text, LIGHT, DARK)).toBe(`<a fill="${DARK.old}" stroke="${DARK.new}"/>`);
    expect(recolor(text, LIGHT, LIGHT)).toBe(text);
  });

  it('stylesToAttributes keeps presentation properties over the attributes they overrode, and drops layout', () => {
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('text-anchor', 'start');
    g.setAttribute('style', 'width: 100%; text-anchor: end; fill: red');
    stylesToAttributes(g);
    expect(g.getAttribute('style')).toBeNull();
    expect(g.getAttribute('text-anchor')).toBe('end');
    expect(g.getAttribute('fill')).toBe('red');
    expect(g.getAttribute('width')).toBeNull();
  });

  it('wrapText breaks a long title at spaces', () => {
    const lines = wrapText('one two three four five six', 60, 10, false, estimateText);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six');
  });
});
