import { describe, expect, it } from "vitest";
import { plural, type Words } from "../../src/words/catalogue.js";
import { en } from "../../src/words/en/index.js";
import { wordsFor } from "../../src/words/index.js";
import { ru } from "../../src/words/ru/index.js";

describe("the words catalogue", () => {
  it("plurals follow Intl.PluralRules of the catalogue's locale", () => {
    expect(plural(en, 1, en.years)).toBe("1 year");
    expect(plural(en, 2, en.years)).toBe("2 years");
    // A language with few/many forms fills them in its own catalogue: Russian has four.
    const russian = { locale: "ru" } as Pick<Words, "locale">;
    const years = { one: "{n} год", few: "{n} года", many: "{n} лет", other: "{n} года" };
    expect([1, 2, 5, 21].map((n) => plural(russian, n, years))).toEqual(["1 год", "2 года", "5 лет", "21 год"]);
  });

  it("each language has its catalogue; English when none is known", () => {
    expect(wordsFor("ru")).toBe(ru);
    expect(wordsFor("en")).toBe(en);
    expect(wordsFor(undefined).empty).toMatch(/résumé/);
  });
});
