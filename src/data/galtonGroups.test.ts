// The groups read from Galton's table match the published counts and means, and the parser counts
// each parent once per family.
import { describe, expect, it } from 'vitest';
import { summarize } from '../core/index';
import { galtonGroups } from './galtonFamilies';
import { parseGaltonGroups } from './galtonGroups';
import { CM_PER_INCH } from './realGroups';

const inches = (a: Float64Array) => {
  const s = summarize(a);
  return {
    n: s.n,
    mean: s.mean / CM_PER_INCH,
    sd: Math.sqrt(s.variance) / CM_PER_INCH,
    cm: s.mean,
  };
};

describe('Galton groups', () => {
  it.each([
    ['fathers', 205, 69.316, 2.641, 176.06],
    ['mothers', 205, 64.002, 2.327, 162.56],
    ['sons', 481, 69.234, 2.621, 175.85],
    ['daughters', 453, 64.104, 2.353, 162.82],
  ] as const)('%s: %i people, mean %f in (sd %f), %f cm', (group, n, mean, sd, cm) => {
    const g = inches(galtonGroups[group]);
    expect(g.n).toBe(n);
    expect(g.mean).toBeCloseTo(mean, 3);
    expect(g.sd).toBeCloseTo(sd, 3);
    expect(g.cm).toBeCloseTo(cm, 2);
  });

  it('men are the fathers and the sons, women the mothers and the daughters', () => {
    expect(galtonGroups.men.length).toBe(686);
    expect(galtonGroups.women.length).toBe(658);
    const men = summarize(galtonGroups.men).mean;
    expect(men).toBeCloseTo((205 * 176.06 + 481 * 175.85) / 686, 1);
    const women = summarize(galtonGroups.women).mean;
    expect(women).toBeCloseTo((205 * 162.56 + 453 * 162.82) / 658, 1);
  });

  it('counts a parent once per family, with 136A a family of its own', () => {
    const g = parseGaltonGroups(
      [
        'family,father,mother,gender,childHeight',
        '136,70,60,male,68',
        '136,70,60,female,62',
        '136A,72,65,male,71',
      ].join('\n'),
    );
    expect(Array.from(g.fathers)).toEqual([70 * 2.54, 72 * 2.54]);
    expect(Array.from(g.mothers)).toEqual([60 * 2.54, 65 * 2.54]);
    expect(Array.from(g.sons)).toEqual([68 * 2.54, 71 * 2.54]);
    expect(Array.from(g.daughters)).toEqual([62 * 2.54]);
    expect(g.men.length).toBe(4);
  });

  it('refuses a broken row instead of guessing', () => {
    expect(() =>
      parseGaltonGroups('family,father,mother,gender,childHeight\n1,70,60,male,tall\n'),
    ).toThrow(/line 2: childHeight/);
    expect(() =>
      parseGaltonGroups('family,father,mother,gender,childHeight\n1,70,60,other,68\n'),
    ).toThrow(/gender/);
  });
});
