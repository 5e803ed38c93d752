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
import { paintLine } from '../../charts/linePicture';

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

/** The drift chart's figure as the page draws it: θ's line on a canvas, labels in an SVG above. */
function overlaidFigure(palette = LIGHT) {
  const { container } = render(
    <ChartFrame id="drift" title="Drift" caption="caption">
      <div className="fit-box">
        <div className="recharts-wrapper">
          <svg className="recharts-surface" width="600" height="300">
            <line className="grid" x1="0" x2="600" y1="10" y2="10" stroke={palette.grid} />
          </svg>
        </div>
        <div className="plot-overlay">
          <canvas />
          <svg width="600" height="300">
            <g className="plot-overlay-labels">
              <text className="plot-label">ideal for everyone: 170.4 cm</text>
            </g>
            <g className="plot-overlay-hover">
              <rect className="plot-hover-target" />
              <g className="plot-hover">
                <text>hover readout</text>
              </g>
            </g>
          </svg>
        </div>
      </div>
    </ChartFrame>,
  );
  const canvas = container.querySelector('canvas')!;
  paintLine(
    canvas,
    {
      lines: [
        {
          d: 'M300,130L820,62',
          stroke: palette.text,
          strokeWidth: 1.25,
          dash: [2, 3],
          className: 'plot-line plot-exact',
        },
        {
          d: 'M80,200L300,120L820,60',
          stroke: palette.theta,
          strokeWidth: 2.5,
          className: 'plot-line plot-theta',
        },
      ],
      clip: { x: 80, y: 12, width: 500, height: 260 },
      dot: { cx: 580, cy: 60, r: 6, fill: palette.theta, ring: palette.surface },
    },
    600,
    300,
  );
  return container.firstElementChild as HTMLElement;
}

describe('composeChartSvg, for a chart with θ drawn on a canvas over it', () => {
  it('draws the canvas’s line as the SVG path it was drawn from, cut at the plot, under the labels', () => {
    const svg = composeChartSvg(figureParts(overlaidFigure(DARK)), DARK, LIGHT);
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const line = doc.querySelector('path.plot-theta')!;
    expect(line.getAttribute('d')).toBe('M80,200L300,120L820,60');
    // In the palette asked for, like the rest of the picture.
    expect(line.getAttribute('stroke')).toBe(LIGHT.theta);
    const clip = doc.getElementById(line.getAttribute('clip-path')!.slice(5, -1))!;
    expect(clip.querySelector('rect')!.getAttribute('width')).toBe('500');
    expect(doc.querySelector('circle.plot-dot')!.getAttribute('cx')).toBe('580');
    // The closed form, dotted, under θ.
    const exact = doc.querySelector('path.plot-exact')!;
    expect(exact.getAttribute('stroke-dasharray')).toBe('2 3');
    expect(exact.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const label = doc.querySelector('.plot-label')!;
    expect(label.textContent).toBe('ideal for everyone: 170.4 cm');
    // Drawn after (above) the line, as on the page; the pointer's readout is left out.
    expect(line.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(svg).not.toContain('hover readout');
    expect(doc.querySelector('.plot-hover-target')).toBeNull();
  });

  it('has no line where the canvas has drawn none', () => {
    const fig = overlaidFigure();
    paintLine(fig.querySelector('canvas')!, null, 600, 300);
    const doc = parse(composeChartSvg(figureParts(fig), LIGHT, LIGHT));
    expect(doc.querySelector('path.plot-theta')).toBeNull();
    expect(doc.querySelector('.plot-label')).not.toBeNull();
  });
});

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
