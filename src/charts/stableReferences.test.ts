import { sameValue } from './stableReferences';

describe('sameValue (props of memoised reference lines)', () => {
  it('treats rebuilt label objects with equal contents as the same', () => {
    const a = { y: 170, label: { value: 'old 170 cm', position: 'insideTopRight', fontSize: 13 } };
    const b = { y: 170, label: { value: 'old 170 cm', position: 'insideTopRight', fontSize: 13 } };
    expect(sameValue(a, b)).toBe(true);
  });

  it('sees a moved line or a changed label', () => {
    const base = { y: 170, label: { value: 'old 170 cm' } };
    expect(sameValue(base, { y: 171, label: { value: 'old 170 cm' } })).toBe(false);
    expect(sameValue(base, { y: 170, label: { value: 'old 171 cm' } })).toBe(false);
    expect(sameValue(base, { y: 170 })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  it('compares functions and class instances by identity, so a new formatter re-renders', () => {
    const f = (v: number) => String(v);
    expect(sameValue({ f }, { f })).toBe(true);
    expect(sameValue({ f }, { f: (v: number) => String(v) })).toBe(false);
    expect(sameValue(new Date(0), new Date(0))).toBe(false);
  });

  it('handles NaN like React does (Object.is)', () => {
    expect(sameValue({ x: NaN }, { x: NaN })).toBe(true);
  });
});
