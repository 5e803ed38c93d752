import { describe, expect, it } from 'vitest';
import { estimateEms, tickParts, wrapLabel, yTitle } from './chartStyle';

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

describe('yTitle: a vertical axis title on a plot too short for it', () => {
  const c = { text: '#000' } as Parameters<typeof yTitle>[1];
  const drawn = (title: ReturnType<typeof yTitle>, height: number) =>
    (title.content({ x: 0, y: 0, viewBox: { height } }).props as { children: string }).children;

  it('gives way to its short form rather than being cut at both ends', () => {
    const title = yTitle('θ, taille prédite (cm)', c, 24, 0, 'θ (cm)');
    expect(drawn(title, 400)).toBe('θ, taille prédite (cm)');
    expect(drawn(title, 140)).toBe('θ (cm)');
    // With no short form the title is drawn whole, as before.
    expect(drawn(yTitle('θ, taille prédite (cm)', c, 24), 140)).toBe('θ, taille prédite (cm)');
  });
});
