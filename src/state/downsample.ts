/**
 * Picks which steps of a long trajectory to draw: about one bucket per pixel, keeping each bucket's
 * first, lowest and highest value so oscillations and spikes survive the thinning.
 */
export function downsampleIndices(
  values: ArrayLike<number>,
  end: number,
  buckets: number,
  mustKeep: readonly number[] = [],
): number[] {
  const n = Math.min(end + 1, values.length);
  if (n <= 0) return [];
  if (n <= buckets * 3) return Array.from({ length: n }, (_, i) => i);
  const keep = new Set<number>([0, n - 1]);
  for (const k of mustKeep) if (k >= 0 && k < n) keep.add(k);
  const width = n / buckets;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * width);
    const to = Math.min(n, Math.floor((b + 1) * width));
    let lo = from;
    let hi = from;
    for (let i = from + 1; i < to; i++) {
      if (values[i]! < values[lo]!) lo = i;
      if (values[i]! > values[hi]!) hi = i;
    }
    keep.add(from);
    keep.add(lo);
    keep.add(hi);
  }
  return Array.from(keep).sort((a, b) => a - b);
}
