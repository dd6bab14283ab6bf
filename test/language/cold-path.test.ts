// English use must not pay for Russian: no stemmer and no lexicon on an English question, and for
// ordinary English questions not even the word lists. (Its own file: vitest gives each file fresh
// modules, so nothing else has loaded them.)
import { describe, expect, it } from "vitest";
import { prepareQuestion } from "../../src/language/index.js";
import { layoutModelsLoaded } from "../../src/language/layout.js";
import { russianLexiconLoaded } from "../../src/language/ru/lexicon.js";
import { russianStemmerLoaded } from "../../src/language/ru/stem.js";

describe("the English cold path", () => {
  it("ordinary English questions and commands read nothing", () => {
    for (const q of ["Has he used Kafka?", "Where does he work now?", "/start", "/experience", "Does he know Go?", "What is his GitHub?"]) {
      expect(prepareQuestion(q, { languageCode: "en" })).toMatchObject({ lang: "en", query: q, layoutFixed: false });
    }
    expect(layoutModelsLoaded()).toBe(false);
  });

  it("odd-looking English words («rust», «scylla», typos) may read the word lists, never the stemmer or the lexicon", () => {
    for (const q of ["rust", "/experience scylla", "how long at scylla", "wokrato", "Tell me about the company behind Photon", "nginx html ssh"]) {
      expect(prepareQuestion(q, { languageCode: "en" })).toMatchObject({ lang: "en", query: q, layoutFixed: false });
    }
    expect(russianStemmerLoaded()).toBe(false);
    expect(russianLexiconLoaded()).toBe(false);
  });

  it("a Russian question loads them", () => {
    expect(prepareQuestion("Знает ли он Rust?").query).toBe("does he know Rust?");
    expect(russianStemmerLoaded()).toBe(true);
    expect(russianLexiconLoaded()).toBe(true);
  });
});
