// Array helpers for input of any size. A spread into a call (`out.push(...items)`, `Math.min(...xs)`)
// puts every element on the stack and throws "Maximum call stack size exceeded" past ~100,000 elements:
// a 150,000-item Markdown list stopped the start that way. These loop instead.

/** Appends every item to `target` (in place) and returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest of the values, or `fallback` when there are none. */
export function minOf(values: Iterable<number>, fallback: number): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min === Infinity ? fallback : min;
}
