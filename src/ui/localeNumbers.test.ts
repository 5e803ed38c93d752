// Numbers as the language on show writes and reads them, in every formatter the page uses.
import { loadLocale } from '../i18n/catalogue';
import { decimalMark, formatDecimals, formatNumber } from '../i18n/numbers';
import { formatFixed, formatInt, formatPercent, formatSig } from './format';
import { parseNumber } from './parseNumber';

afterEach(async () => {
  await loadLocale('en');
});

describe('numbers in the language on show', () => {
  it('English groups with commas and marks decimals with a point', () => {
    expect(formatInt(1_000_000)).toBe('1,000,000');
    expect(formatFixed(170.06, 1)).toBe('170.1');
    expect(formatSig(0.012345, 3)).toBe('0.0123');
    expect(decimalMark()).toBe('.');
    expect(parseNumber('0.5')).toBe(0.5);
    expect(parseNumber('1,000')).toBe(1000);
  });

  it('German groups with points and marks decimals with a comma, and reads them so', async () => {
    await loadLocale('de');
    expect(formatInt(1_000_000)).toBe('1.000.000');
    expect(formatFixed(170.06, 1)).toBe('170,1');
    expect(formatSig(0.012345, 3)).toBe('0,0123');
    expect(formatSig(2.5e7, 3)).toBe('2,50e+7');
    expect(formatPercent(0.78)).toBe('78\u00a0%');
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber('1.000')).toBe(1000);
  });

  it('French groups with narrow spaces; Spanish and Chinese as their readers expect', async () => {
    await loadLocale('fr');
    expect(formatInt(1_000_000)).toBe('1\u202f000\u202f000');
    expect(formatDecimals(-0.04, 1)).toBe('0,0');
    expect(parseNumber('1 000,5')).toBe(1000.5);
    await loadLocale('es');
    expect(formatNumber(12345.5, { maximumFractionDigits: 1 })).toBe('12.345,5');
    await loadLocale('zh-Hans');
    expect(formatInt(1_000_000)).toBe('1,000,000');
    expect(formatPercent(0.78)).toBe('78%');
  });
});
