/**
 * `compute` remembered for its last inputs: called again only when one of them changed (compared with `Object.is`),
 * else the previous result is returned as is — the same object, so what depends on it can compare by identity. One
 * per element instance: derived state recomputed only when its inputs change, as Lit's `willUpdate` intends.
 *
 * @example
 * const matching = memo((catalogue, filters, lang) => matchingItemIds(catalogue, filters, lang));
 * matching(catalogue, filters, 'fr') === matching(catalogue, filters, 'fr'); // true, computed once
 */
export function memo<A extends readonly unknown[], R>(compute: (...inputs: A) => R): (...inputs: A) => R {
  let last: { inputs: A; result: R } | undefined;
  return (...inputs) => {
    if (last && last.inputs.length === inputs.length && last.inputs.every((value, i) => Object.is(value, inputs[i])))
      return last.result;
    const result = compute(...inputs);
    last = { inputs, result };
    return result;
  };
}
