// The common-word lists are kept as their text and a table of offsets (src/language/common-words.ts): a
// lookup must answer as a Set of the folded lines would.
import { describe, expect, it } from "vitest";
import { commonWords, WordList } from "../../src/language/common-words.js";

describe("WordList", () => {
  it("holds each non-blank line once, folded (lower case, ё as е), with \\n or \\r\\n line ends", () => {
    const list = WordList.fromLines("The\r\nof\n\nÉlan\nof\nЁЛКА\r\n");
    expect(list.size).toBe(4);
    for (const w of ["the", "of", "élan", "елка"]) expect(list.has(w)).toBe(true);
    for (const w of ["The", "", "o", "off", "ёлка", "th", "the\r"]) expect(list.has(w)).toBe(false);
    expect([...list.words()].sort()).toEqual(["of", "the", "élan", "елка"].sort());
  });

  it("an empty list knows nothing", () => {
    const list = WordList.empty();
    expect(list.size).toBe(0);
    expect(list.has("the")).toBe(false);
    expect([...list.words()]).toEqual([]);
  });

  it("answers like a Set of the package's lists (10,000 English and 9,883 Russian words)", () => {
    const en = commonWords("en");
    const ru = commonWords("ru");
    const enWords = new Set(en.words());
    expect(en.size).toBe(enWords.size);
    expect(en.size).toBeGreaterThan(9_000);
    expect(ru.size).toBeGreaterThan(9_000);
    for (const w of ["scale", "reach", "describe", "the"]) expect(en.has(w)).toBe(true);
    for (const w of ["scala", "kubernetes", "kafka"]) expect(en.has(w)).toBe(false);
    for (const w of ["работает", "компания", "опыт"]) expect(ru.has(w)).toBe(true);
    for (const w of enWords) if (!en.has(w)) throw new Error(`${w} listed but not found`);
  });
});
