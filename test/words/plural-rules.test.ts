// The plural forms worked out without ICU (src/words/plural-rules.ts) must be the ones Intl.PluralRules
// gives, for every integer a résumé can produce and for the fractions the answers write ("2.5 years").
import { describe, expect, it } from "vitest";
import { russianFormat } from "../../src/language/ru/format.js";
import { pluralCategory } from "../../src/words/plural-rules.js";

const integers = Array.from({ length: 1201 }, (_, i) => i);
const fractions = Array.from({ length: 400 }, (_, i) => Number((i / 10 + 0.1).toFixed(1))).filter((n) => !Number.isInteger(n));

describe("pluralCategory", () => {
  for (const locale of ["en", "ru"]) {
    it(`${locale}: the same form as Intl.PluralRules for 0–1200 and 0.1–40.0`, () => {
      const intl = new Intl.PluralRules(locale);
      const differ = [...integers, ...fractions].filter((n) => pluralCategory(locale, n) !== intl.select(n));
      expect(differ).toEqual([]);
    });
  }

  it("reads a region or a capital in the tag, and asks Intl for any other language", () => {
    expect(pluralCategory("ru-RU", 3)).toBe("few");
    expect(pluralCategory("EN-gb", 1)).toBe("one");
    expect(pluralCategory("pl", 5)).toBe(new Intl.PluralRules("pl").select(5));
    expect(pluralCategory("ar", 2)).toBe("two");
  });
});

describe("Russian numbers without Intl.NumberFormat", () => {
  it("round, use the decimal comma and no grouping, as Intl.NumberFormat('ru') does", () => {
    const intl = new Intl.NumberFormat("ru", { maximumFractionDigits: 1, useGrouping: false });
    const values = [0, 1, 2.5, 2.45, 3.96, 10, 24.04, 1999, 2003, 12345.67, 0.05];
    expect(values.map((v) => russianFormat.number(v))).toEqual(values.map((v) => intl.format(v)));
  });
});
