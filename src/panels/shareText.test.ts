// A share on the page is never rounded to a false "0 %": the sweep's caption and the readout agree.
import { describe, expect, it } from 'vitest';
import { sharePercent } from './shareText';

describe('sharePercent', () => {
  it('keeps a decimal for a share under 1 %, so 2 new heights beside 1,000 old are not "0%"', () => {
    expect(sharePercent(2 / 1002)).toBe('0.2%');
    expect(sharePercent(-0.004)).toBe('-0.4%');
  });

  it('writes whole percentages otherwise, and a true zero as 0%', () => {
    expect(sharePercent(0.5)).toBe('50%');
    expect(sharePercent(50 / 1050)).toBe('5%');
    expect(sharePercent(0)).toBe('0%');
  });
});
