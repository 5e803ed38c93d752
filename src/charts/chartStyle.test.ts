import { describe, expect, it } from 'vitest';
import { estimateEms, tickParts, wrapLabel } from './chartStyle';

describe('wrapLabel: category names broken into lines without measuring the DOM', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapLabel('Replay old data (ρ)', 20)).toEqual(['Replay old data (ρ)']);
  });

  it('breaks at spaces so that no line is wider than asked', () => {
    const lines = wrapLabel('Naive fine-tuning, to convergence', 10);
    expect(lines).toEqual(['Naive', 'fine-tuning, to', 'convergence']);
    for (const line of lines) expect(estimateEms(line)).toBeLessThanOrEqual(10);
    expect(lines.join(' ')).toBe('Naive fine-tuning, to convergence');
    const wider = wrapLabel('Early stopping chosen by validation', 14);
    for (const line of wider) expect(estimateEms(line)).toBeLessThanOrEqual(14);
    expect(wider.join(' ')).toBe('Early stopping chosen by validation');
  });

  it('gives a word longer than a line a line of its own rather than cutting it', () => {
    expect(wrapLabel('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('breaks Chinese text between characters, which has no spaces', () => {
    const text = '从预训练值开始的微调';
    const lines = wrapLabel(text, 4.2);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(estimateEms(line)).toBeLessThanOrEqual(4.2);
  });

  it('counts a Chinese character about twice as wide as a Latin letter', () => {
    expect(estimateEms('微调')).toBeGreaterThan(1.6 * estimateEms('ab'));
    expect(wrapLabel('', 10)).toEqual([]);
  });
});

describe('tickParts: as many ticks as a plot keeps apart', () => {
  it('gives a phone-narrow plot two intervals and a wide one five, never more', () => {
    expect(tickParts(140)).toBe(2);
    expect(tickParts(200)).toBe(3);
    expect(tickParts(600)).toBe(5);
    expect(tickParts(2000)).toBe(5);
    expect(tickParts(0)).toBe(2);
  });

  it('leaves at least 64 px per interval wherever it has the room', () => {
    for (let w = 128; w <= 1000; w += 7) expect(w / tickParts(w)).toBeGreaterThanOrEqual(64);
  });
});
