// Axis ticks in the unit on show: round numbers of inches, not inch values of round centimetres.
import { describe, expect, it } from 'vitest';
import { lengthFormat } from '../ui/format';
import { niceDomain, niceTicks, niceTicksIn, tickText } from './domain';
import { loadLocale } from '../i18n/catalogue';

describe('niceTicksIn', () => {
  it('puts ticks on whole inches for a domain held in cm, and reads them back as round text', () => {
    const inch = lengthFormat('in');
    const ticks = niceTicksIn([160, 180], inch.toShown, inch.fromShown);
    const shown = ticks.map((t) => tickText(inch.toShown(t)));
    expect(shown).toEqual(['63', '64', '65', '66', '67', '68', '69', '70']);
    // The ticks are positions in cm, inside the domain.
    for (const t of ticks) {
      expect(t).toBeGreaterThanOrEqual(160);
      expect(t).toBeLessThanOrEqual(180);
    }
    expect(ticks[0]).toBeCloseTo(63 * 2.54, 9);
  });

  it('is the plain round ticks in cm', () => {
    const cm = lengthFormat('cm');
    expect(niceTicksIn([160, 180], cm.toShown, cm.fromShown)).toEqual(niceTicks([160, 180]));
  });

  it('puts area ticks on round in² values', () => {
    const inch = lengthFormat('in');
    const ticks = niceTicksIn([0, 130], inch.toShownArea, inch.fromShownArea, 5);
    expect(ticks.map((t) => tickText(inch.toShownArea(t)))).toEqual(['0', '5', '10', '15', '20']);
  });
});

describe('tickText', () => {
  it('drops the float noise of a round trip through cm', () => {
    expect(tickText(66.00000000001)).toBe('66');
    expect(tickText(0.30000000000000004)).toBe('0.3');
    expect(tickText(25_000)).toBe('25,000');
  });

  it('writes the huge ticks of a diverging loss as short powers of ten', async () => {
    expect(tickText(8e17)).toBe('8e17');
    expect(tickText(1e18)).toBe('1e18');
    expect(tickText(1.25e18)).toBe('1.25e18');
    expect(tickText(-2e6)).toBe('-2e6');
    await loadLocale('fr');
    expect(tickText(1.5e9)).toBe('1,5e9');
    await loadLocale('en');
  });

  it('writes a tick as the text beside it does, in the language on show', async () => {
    expect(tickText(1600)).toBe('1,600');
    await loadLocale('fr');
    expect(tickText(1600)).toBe('1\u202f600');
    expect(tickText(0.3)).toBe('0,3');
    await loadLocale('en');
  });
});

describe('niceDomain', () => {
  it('never puts the axis of a quantity that cannot be negative below zero', () => {
    // A diverging run's loss: from nearly 0 to 8e17; padding alone would reach -1e17.
    expect(niceDomain(40, 8.2e17)[0]).toBe(0);
    expect(niceDomain(0, 0.2)[0]).toBe(0);
    expect(niceDomain(0, 200, 0.1)).toEqual([0, 250]);
  });

  it('still pads below data that can be negative, or that sits well above zero', () => {
    expect(niceDomain(-5, 5)[0]).toBeLessThan(-5);
    const [lo, hi] = niceDomain(160, 180);
    expect(lo).toBeLessThan(160);
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeGreaterThan(180);
  });
});
