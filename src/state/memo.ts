/** Remember the last result of a function of a key tuple: derived values recompute only when their inputs move. */

export function memoLast<K extends readonly unknown[], R>(
  compute: (...key: K) => R,
): (...key: K) => R {
  let lastKey: K | null = null;
  let lastValue: R;
  return (...key: K) => {
    if (
      lastKey !== null &&
      lastKey.length === key.length &&
      lastKey.every((v, i) => Object.is(v, key[i]))
    ) {
      return lastValue;
    }
    lastValue = compute(...key);
    lastKey = key;
    return lastValue;
  };
}
