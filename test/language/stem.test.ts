import { describe, expect, it } from "vitest";
import { foldRussian, russianStemmerLoaded, stemRussian } from "../../src/language/ru/stem.js";

describe("stemRussian", () => {
  it("is not loaded by importing, nor by words without Cyrillic", () => {
    expect(russianStemmerLoaded()).toBe(false);
    expect(stemRussian("Kafka")).toBe("kafka");
    expect(stemRussian("2015")).toBe("2015");
    expect(russianStemmerLoaded()).toBe(false);
  });

  it("meets the forms of one word", () => {
    const same = (words: string[]) => expect(new Set(words.map(stemRussian)).size, words.join(" ")).toBe(1);
    same(["работал", "работает", "работала"]);
    same(["кафка", "кафку", "кафкой", "кафке"]);
    same(["компания", "компании", "компанию"]);
    same(["технологии", "технология", "технологий"]);
    same(["университет", "университете", "университета"]);
    expect(russianStemmerLoaded()).toBe(true);
  });

  it("folds ё to е and case", () => {
    expect(foldRussian("Удалённо")).toBe("удаленно");
    expect(stemRussian("удалённо")).toBe(stemRussian("удаленно"));
    expect(stemRussian("ЁЛКА")).toBe(stemRussian("елка"));
  });

  it("keeps different words apart", () => {
    expect(stemRussian("опыт")).not.toBe(stemRussian("образование"));
    expect(stemRussian("зарплата")).not.toBe(stemRussian("переезд"));
  });
});
