// English use must not pay for Russian: no stemmer, no lexicon, no Russian word list on an English
// question. At most the English common-word list is read (the engine's typo check reads it too).
// (Its own file: vitest gives each file fresh modules, so nothing else has loaded them.)
import { describe, expect, it } from "vitest";
import { prepareQuestion } from "../../src/language/index.js";
import { layoutDataLoaded } from "../../src/language/layout.js";
import { russianLexiconLoaded } from "../../src/language/ru/lexicon.js";
import { russianStemmerLoaded } from "../../src/language/ru/stem.js";

const nothingRussian = () => {
  expect(russianStemmerLoaded()).toBe(false);
  expect(russianLexiconLoaded()).toBe(false);
  expect(layoutDataLoaded()).toMatchObject({ russianWords: false, letterPairs: false });
};

describe("the English cold path", () => {
  it("the benchmark's question and commands read nothing at all", () => {
    for (const q of ["Has he used Kafka?", "/start", "/experience", "/help"]) {
      expect(prepareQuestion(q, { languageCode: "en" })).toMatchObject({ lang: "en", query: q, layoutFixed: false });
    }
    nothingRussian();
    expect(layoutDataLoaded().englishWords).toBe(false);
  });

  it("other English questions read at most the English word list", () => {
    const englishWords = ["rust", "scylla", "scylladb", "nginx", "html", "ssh", "workato", "photon"];
    for (const q of ["Where does he work now?", "What is his GitHub?", "rust", "/experience scylla", "how long at scylla", "Tell me about the company behind Photon", "nginx html ssh", "strength"]) {
      expect(prepareQuestion(q, { languageCode: "en", englishWords })).toMatchObject({ lang: "en", query: q, layoutFixed: false });
    }
    nothingRussian();
  });

  it("a Russian question loads them", () => {
    expect(prepareQuestion("Знает ли он Rust?").query).toBe("does he know Rust?");
    expect(russianStemmerLoaded()).toBe(true);
    expect(russianLexiconLoaded()).toBe(true);
  });
});
