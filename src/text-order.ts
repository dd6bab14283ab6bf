// Sorting names (technologies, file names) without String.prototype.localeCompare: its first call starts
// ICU's collator, which pages in about 2.5 MB of the node binary (issue 10: peak RSS), and these names
// need no linguistic order, only a stable one that ignores case.

/** Case-insensitive order of code units, then case ("Go" before "go" before "gRPC"). */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
