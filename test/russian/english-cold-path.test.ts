// English use of the engine loads nothing Russian: no stemmer, no lexicon, no Russian word list. Its own
// file, listed in ISOLATED in vitest.config.ts so it gets a fresh module graph: no other test has loaded them first.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { layoutDataLoaded } from "../../src/language/layout.js";
import { russianLexiconLoaded } from "../../src/language/ru/lexicon.js";
import { russianStemmerLoaded } from "../../src/language/ru/stem.js";
import { plain } from "../helpers.js";

const engine = createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR), { now: new Date("2026-11-26T12:00:00Z") });

const ENGLISH = [
  "/start", "/help", "/experience", "/skills", "Has he used Kafka?", "Where does he work now?", "k8s", "What did he do at ScyllaDB?",
  "How long did he work at Nimses?", "Where did he study?", "What is his GitHub?", "What are his salary expectations?",
  "and before that?", "wokrato", "Does he know Haskell?", "Where has he worked since 2019?",
];

describe("English use", () => {
  it("the terminal's first answer reads no word list at all: building the index does not ('Baobab' vs 'exit' is decided when asked)", () => {
    expect(layoutDataLoaded().englishWords).toBe(false);
    expect(plain(engine.handle({ text: "Has he used Kafka?", lang: "en" }).answer)).toMatch(/^Yes — Kafka/);
    expect(layoutDataLoaded().englishWords).toBe(false);
  });

  it("answers in English and loads no Russian stemmer, lexicon or word list", () => {
    let conversation = {};
    for (const text of ENGLISH) {
      const handled = engine.handle({ text, lang: "en" }, conversation);
      conversation = handled.conversation;
      expect(plain(handled.answer)).not.toMatch(/[а-яё]/i);
    }
    engine.inline("rust", 5, "en");
    expect(russianStemmerLoaded()).toBe(false);
    expect(russianLexiconLoaded()).toBe(false);
    expect(layoutDataLoaded()).toMatchObject({ russianWords: false, letterPairs: false });
  });

  it("the first Russian question loads them", () => {
    expect(plain(engine.handle({ text: "Работал ли он с кафкой?" }).answer)).toMatch(/^Да — Kafka/);
    expect(russianStemmerLoaded()).toBe(true);
    expect(russianLexiconLoaded()).toBe(true);
  });
});
