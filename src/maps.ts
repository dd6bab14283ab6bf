// Small Map helpers the layers share: lists kept under keys, and bounded memos of pure string functions.

/** Appends `value` to the list under `key`, starting the list when there is none (insertion order kept). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * `fn` with its results remembered, for pure functions asked about the same few thousand words over and over
 * (stemmers). Past `max` entries the memo starts again, so made-up words cannot grow it without bound.
 */
export function memoizeBounded(fn: (word: string) => string, max: number): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let result = memo.get(word);
    if (result === undefined) {
      if (memo.size >= max) memo.clear();
      memo.set(word, (result = fn(word)));
    }
    return result;
  };
}
