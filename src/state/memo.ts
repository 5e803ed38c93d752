/**
 * Remember the last two results of a function of a key tuple: derived values recompute only when
 * their inputs move. Two, because the urgent render (the drift chart) and the deferred one (the
 * other panels) may ask for neighbouring scenarios while a slider is dragged.
 */
export function memoLast<K extends readonly unknown[], R>(
  compute: (...key: K) => R,
): (...key: K) => R {
  const slots: { key: K; value: R }[] = [];
  const same = (a: K, b: K) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
  return (...key: K) => {
    const hit = slots.find((s) => same(s.key, key));
    if (hit) return hit.value;
    const value = compute(...key);
    slots.unshift({ key, value });
    if (slots.length > 2) slots.pop();
    return value;
  };
}
