// The length formatters: cm held, cm or inches shown, one formatter object per unit.
import { describe, expect, it } from 'vitest';
import { formatArea, formatLength, lengthFormat, lengthsInProse } from './format';

describe('lengthFormat', () => {
  it('is one object per unit, so a memoised chart sees a change only when the unit changes', () => {
    expect(lengthFormat('cm')).toBe(lengthFormat('cm'));
    expect(lengthFormat('in')).toBe(lengthFormat('in'));
    expect(lengthFormat('in')).not.toBe(lengthFormat('cm'));
  });

  it('shows a length held in cm in the chosen unit, with the unit', () => {
    expect(lengthFormat('cm').length(170.06)).toBe('170.1 cm');
    expect(lengthFormat('in').length(170)).toBe('66.9 in');
    expect(lengthFormat('in').length(170.18, 2)).toBe('67.00 in');
    expect(lengthFormat('in').length(NaN)).toBe('— in');
    expect(formatLength(2.54, 'in', 3)).toBe('1.000 in');
  });

  it('shows squared lengths in the square of the unit: 1 in² is 6.4516 cm²', () => {
    expect(lengthFormat('cm').area(64)).toBe('64 cm²');
    expect(lengthFormat('in').area(64.516)).toBe('10 in²');
    expect(lengthFormat('in').area(64)).toBe('9.92 in²');
    expect(formatArea(6.4516 * 1.23456, 'in', 4)).toBe('1.235 in²');
    expect(lengthFormat('in').areaUnit).toBe('in²');
    expect(lengthFormat('cm').areaUnit).toBe('cm²');
  });

  it('converts both ways, so a value typed in inches is stored in cm', () => {
    const inch = lengthFormat('in');
    expect(inch.toShown(254)).toBeCloseTo(100, 12);
    expect(inch.fromShown(100)).toBeCloseTo(254, 12);
    expect(inch.fromShown(inch.toShown(171.3))).toBeCloseTo(171.3, 12);
    expect(inch.toShownArea(6.4516)).toBeCloseTo(1, 12);
    expect(inch.fromShownArea(1)).toBeCloseTo(6.4516, 12);
    const cm = lengthFormat('cm');
    expect(cm.toShown(171.3)).toBe(171.3);
    expect(cm.fromShown(171.3)).toBe(171.3);
    expect(cm.toShownArea(64)).toBe(64);
  });
});

describe('lengthsInProse', () => {
  it('leaves cm prose alone', () => {
    const text = 'It climbs by about 64 cm² here; the new population is 15 cm taller.';
    expect(lengthsInProse(text, 'cm')).toBe(text);
  });

  it('turns every length and area written in cm into inches, and nothing else', () => {
    expect(lengthsInProse('It climbs by (m_new − m_old)², about 64 cm² here.', 'in')).toBe(
      'It climbs by (m_new − m_old)², about 9.9 in² here.',
    );
    expect(
      lengthsInProse('The new population is 15 cm taller and you have 5,000 new heights.', 'in'),
    ).toBe('The new population is 5.9 in taller and you have 5,000 new heights.');
    expect(lengthsInProse('with τ = 10 cm the 2,000 old heights', 'in')).toBe(
      'with τ = 3.9 in the 2,000 old heights',
    );
    expect(lengthsInProse('a 1,270 cm wall, 2.54 cm thick', 'in')).toBe(
      'a 500 in wall, 1 in thick',
    );
  });
});
