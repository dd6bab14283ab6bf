// Ranking on a small corpus, in the manner of MiniSearch's tests: each case asserts an order and says why.
import { beforeAll, describe, expect, it } from "vitest";
import { buildChunks } from "../../src/knowledge/chunks.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { analyzeQuery } from "../../src/search/analyze.js";
import { coverage, searchPassages } from "../../src/search/passages.js";
import { createSearchIndex, type SearchIndex } from "../../src/search/search-index.js";
import { loadQuestionVocabulary } from "../../src/search/vocabulary.js";
import { knowledgeDir } from "../helpers.js";

const CORPUS = `# Jane Roe

## Summary

Backend engineer who likes message queues.

## Experience

### Staff Engineer at Acme

_Jan 2020 - Present_

Acme makes rockets.

- Built a Kafka pipeline for rocket telemetry.
- Migrated PostgreSQL to CockroachDB.
- Audited a blockchain wallet.

### Engineer at Globex

_2015 - 2019_

- Developed Kafka consumers and Kafka producers in Java.
- Wrote PostgreSQL extensions.
- Maintained the payroll system.
- Ran a distributed cache.
`;

let index: SearchIndex;
beforeAll(() => {
  const knowledge = loadKnowledge(knowledgeDir(CORPUS));
  index = createSearchIndex(knowledge, buildChunks(knowledge.resume), loadQuestionVocabulary());
});

function ranked(question: string): string[] {
  const q = analyzeQuery(question, index);
  return searchPassages(index, { terms: q.terms }).map((h) => h.passage.text);
}

describe("passage ranking", () => {
  it("prefers the passage that matches more of the question", () => {
    // Both Globex and Acme mention Kafka; only Globex mentions consumers.
    expect(ranked("kafka consumers")[0]).toMatch(/^Developed Kafka consumers/);
  });

  it("lets a rare word outweigh a common one", () => {
    // "telemetry" appears once in the résumé, "kafka" twice: the telemetry passage wins.
    expect(ranked("kafka telemetry")[0]).toMatch(/rocket telemetry/);
  });

  it("keeps the résumé's order (newest job first) on equal scores", () => {
    // "PostgreSQL" alone scores both passages the same; Acme is the newer job and comes first in the résumé.
    const order = ranked("postgresql");
    expect(order[0]).toMatch(/^Migrated PostgreSQL/);
    expect(order[1]).toMatch(/^Wrote PostgreSQL/);
  });

  it("breaks that tie when the question names the distinguishing word", () => {
    expect(ranked("postgresql extensions")[0]).toMatch(/^Wrote PostgreSQL extensions/);
  });

  it("finds a word through its inflections", () => {
    // "maintain" is stemmed like "Maintained".
    expect(ranked("who maintains payroll")[0]).toMatch(/payroll/);
  });

  it("finds a misspelled word", () => {
    expect(ranked("payrol")[0]).toMatch(/payroll/);
  });

  it("lets the word that says what outweigh the verb that phrases the question", () => {
    // "developed" and "payroll" are each in one passage; without the weak verb's lower weight the tie would
    // go to "Developed Kafka consumers" (earlier in the résumé).
    expect(ranked("has he developed a payroll?")[0]).toMatch(/payroll/);
  });

  it("counts a word of a synonym phrase only beside the rest of the phrase", () => {
    // "blockchain" has the synonym "distributed ledger": "Ran a distributed cache" has no ledger in it.
    const order = ranked("blockchain experience");
    expect(order[0]).toMatch(/blockchain wallet/);
    expect(order.some((p) => /distributed cache/.test(p))).toBe(false);
  });
});

describe("coverage decides whether the résumé speaks of the question", () => {
  const cov = (question: string) => {
    const q = analyzeQuery(question, index);
    return coverage(index, q.terms, q.unknown, searchPassages(index, { terms: q.terms }));
  };
  it("is 1 when every asked word is found", () => {
    expect(cov("kafka producers")).toBe(1);
  });
  it("is 0 for words the résumé never uses", () => {
    expect(cov("what is the capital of france")).toBe(0);
    expect(cov("asdfghjkl")).toBe(0);
  });
  it("is partial when only some words are found", () => {
    const c = cov("kafka and zookeeper quorum");
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(0.5);
  });
});
