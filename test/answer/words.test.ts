import { describe, expect, it } from "vitest";
import { plural, type Words } from "../../src/words/catalogue.js";
import { en, wordsFor } from "../../src/words/en.js";

describe("the words catalogue", () => {
  it("plurals follow Intl.PluralRules of the catalogue's locale", () => {
    expect(plural(en, 1, en.years)).toBe("1 year");
    expect(plural(en, 2, en.years)).toBe("2 years");
    // A language with few/many forms fills them in its own catalogue: Russian has four.
    const ru = { locale: "ru" } as Pick<Words, "locale">;
    const years = { one: "{n} год", few: "{n} года", many: "{n} лет", other: "{n} года" };
    expect([1, 2, 5, 21].map((n) => plural(ru, n, years))).toEqual(["1 год", "2 года", "5 лет", "21 год"]);
  });

  it("English is the catalogue for unknown languages, for now", () => {
    expect(wordsFor("xx")).toBe(en);
    expect(wordsFor(undefined).empty).toMatch(/résumé/);
  });
});
