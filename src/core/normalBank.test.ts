// @vitest-environment node
// The bank of draws is a pure function of the seed: how it was grown never changes what it holds.
import { describe, expect, it } from 'vitest';
import {
  normalBankCreate,
  normalBankFromHeights,
  normalBankGrow,
  normalBankHeight,
  normalBankSummary,
} from './normalBank';
import { sampleStandardNormals } from './sampling';

describe('normalBankGrow', () => {
  it('growing an older bank twice gives the same draws as growing it once', () => {
    const older = normalBankGrow(normalBankCreate(5), 10);
    const first = normalBankGrow(older, 3000);
    const second = normalBankGrow(older, 5000);
    const direct = normalBankGrow(normalBankCreate(5), 5000);
    const stream = sampleStandardNormals(5000, 5);
    expect(Array.from(first.z.subarray(0, 3000))).toEqual(Array.from(stream.subarray(0, 3000)));
    expect(Array.from(second.z.subarray(0, 5000))).toEqual(Array.from(stream));
    expect(Array.from(direct.z.subarray(0, 5000))).toEqual(Array.from(stream));
    expect(normalBankSummary(second, { mean: 170, std: 7, size: 5000 })).toEqual(
      normalBankSummary(direct, { mean: 170, std: 7, size: 5000 }),
    );
  });

  it('leaves the bank it grew from as it was', () => {
    const older = normalBankGrow(normalBankCreate(9), 1);
    const copy = Array.from(older.z);
    normalBankGrow(older, 4000);
    expect(Array.from(older.z)).toEqual(copy);
  });

  it('cannot grow heights the user supplied', () => {
    const { bank } = normalBankFromHeights([160, 170, 180], 1);
    expect(() => normalBankGrow(bank, 4)).toThrow(RangeError);
    expect(normalBankGrow(bank, 3)).toBe(bank);
  });

  it('gives back the i-th height as mean + std · z[i]', () => {
    const bank = normalBankGrow(normalBankCreate(3), 10);
    expect(normalBankHeight(bank, { mean: 170, std: 7 }, 4)).toBe(170 + 7 * bank.z[4]!);
  });
});
