/**
 * Memoising derived values on a named key. Two results are kept, because the urgent render (the
 * drift chart) and the deferred one (the other panels) may ask for neighbouring scenarios while a
 * slider is dragged.
 */

/**
 * `compute`, remembering its results for the two latest keys. A key is a record of what the value
 * depends on, compared field by field with `Object.is`, so a derivation names its inputs instead
 * of listing them by position.
 *
 * @example
 * const ideal = keepLastTwo((k: Pick<Scenario, 'oldMean' | 'newMean'>) => (k.oldMean + k.newMean) / 2);
 * ideal(pickFields(s, ['oldMean', 'newMean']));
 */
export function keepLastTwo<K extends object, R>(
  compute: (key: Readonly<K>) => R,
): (key: Readonly<K>) => R {
  const slots: { key: Readonly<K>; value: R }[] = [];
  return (key) => {
    const hit = slots.find((s) => sameFields(s.key, key));
    if (hit) return hit.value;
    const value = compute(key);
    slots.unshift({ key, value });
    if (slots.length > 2) slots.pop();
    return value;
  };
}

/** Whether two records hold the same fields with the same values (`Object.is`). */
function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

/** The named fields of `s`, and only those: a memo key that says what a derivation reads. */
export function pickFields<T extends object, F extends keyof T>(
  s: Readonly<T>,
  fields: readonly F[],
): Pick<T, F> {
  const out = {} as Pick<T, F>;
  for (const f of fields) out[f] = s[f];
  return out;
}
