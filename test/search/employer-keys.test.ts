// An employer is asked by its whole name, and by its first word when that word names nothing else.
import { describe, expect, it } from "vitest";
import { buildChunks } from "../../src/knowledge/chunks.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { analyzeQuery } from "../../src/search/analyze.js";
import { createSearchIndex } from "../../src/search/search-index.js";
import { loadQuestionVocabulary } from "../../src/search/vocabulary.js";
import { knowledgeDir } from "../helpers.js";

const CORPUS = `# Dana Poe

## Experience

### Engineer at Baobab Fintech

_2018 - 2022_

- Wrote the ledger service.

### Engineer at Exit Games

_2014 - 2017_

- Ran the servers.
`;

const knowledge = loadKnowledge(knowledgeDir(CORPUS));
const index = createSearchIndex(knowledge, buildChunks(knowledge.resume), loadQuestionVocabulary());
const employers = (q: string) => analyzeQuery(q, index).employers.map((e) => e.name);

describe("employer keys", () => {
  it("a distinctive first word names the employer", () => {
    expect(employers("How long was she at Baobab?")).toEqual(["Baobab Fintech"]);
    expect(employers("baobab fintech")).toEqual(["Baobab Fintech"]);
  });
  it("a common first word does not", () => {
    expect(employers("how do I exit?")).toEqual([]);
    expect(employers("Exit Games?")).toEqual(["Exit Games"]);
  });
});

describe("employer keys of a Russian CV", () => {
  const ru = loadKnowledge("test/fixtures/real-md-ru");
  const ruIndex = createSearchIndex(ru, buildChunks(ru.resume), loadQuestionVocabulary());
  const named = (q: string) => analyzeQuery(q, ruIndex).employers.map((e) => e.name);

  it("the quoted part of a name is the name", () => {
    expect(named("Что она делала в «Пиксель»?")).toEqual([expect.stringContaining("Пиксель")]);
  });
  it("a Cyrillic name is asked in Latin letters", () => {
    expect(named("How long was she at Yandex?")).toEqual([expect.stringContaining("Яндекс")]);
    expect(named("What did she do at Pixel?")).toEqual([expect.stringContaining("Пиксель")]);
  });
  it("the first word of a Cyrillic name, in Latin letters, names it too", () => {
    const tinkoff = loadKnowledge(knowledgeDir("# Анна\n\n## Опыт работы\n\n### АО «Тинькофф Банк» — QA-инженер\n\n_2019 — 2021_\n\n- Автотесты API.\n"));
    const tinkoffIndex = createSearchIndex(tinkoff, buildChunks(tinkoff.resume), loadQuestionVocabulary());
    expect(analyzeQuery("What did she do at Tinkoff?", tinkoffIndex).employers.map((e) => e.name)).toEqual(["АО «Тинькофф Банк»"]);
  });
  it("a Latin word that is no romanization names nothing", () => {
    expect(named("How long was she at Google?")).toEqual([]);
  });
});
