// Query analysis on the bundled résumé: aliases, typos, the candidate's name and the Go-vs-go question.
import { beforeAll, describe, expect, it } from "vitest";
import { buildChunks } from "../../src/knowledge/chunks.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { analyzeQuery } from "../../src/search/analyze.js";
import { createSearchIndex, type SearchIndex } from "../../src/search/search-index.js";
import { loadQuestionVocabulary } from "../../src/search/vocabulary.js";

let index: SearchIndex;
beforeAll(() => {
  const k = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
  index = createSearchIndex(k, buildChunks(k.resume), loadQuestionVocabulary());
});
const techs = (q: string) => analyzeQuery(q, index).techs.map((t) => t.name);
const employers = (q: string) => analyzeQuery(q, index).employers.map((e) => e.name);

describe("aliases", () => {
  it.each([
    ["k8s", "Kubernetes"],
    ["kube", "Kubernetes"],
    ["golang", "Go"],
    ["go lang", "Go"],
    ["postgres", "PostgreSQL"],
    ["GCP", "Google Cloud Platform"],
    ["google cloud", "Google Cloud Platform"],
    ["Amazon Web Services", "AWS"],
    ["wasm", "WebAssembly"],
    ["cpp", "C++"],
    ["nodejs", "Node.js"],
    ["C#", "C#"],
  ])("%s → %s", (q, name) => {
    expect(techs(q)).toEqual([name]);
  });
});

describe("typos", () => {
  it("corrects technologies and employers within one or two edits", () => {
    expect(techs("kuberentes")).toEqual(["Kubernetes"]);
    expect(techs("Has he used dockr?")).toEqual(["Docker"]);
    expect(employers("wokrato")).toEqual(["Workato"]);
    expect(employers("Scyla")).toEqual(["ScyllaDB Inc."]);
    expect(employers("exit gmaes")).toEqual(["Exit Games"]);
  });
  it("leaves words that are not near anything alone", () => {
    const q = analyzeQuery("asdfghjkl", index);
    expect(q.techs).toEqual([]);
    expect(q.employers).toEqual([]);
    expect(q.unknown).toEqual(["asdfghjkl"]);
  });
});

describe("Go, the language, and go, the verb", () => {
  it("reads Go as written, a lone word, or after 'know'/'with' as the language", () => {
    expect(techs("Does he know Go?")).toEqual(["Go"]);
    expect(techs("go")).toEqual(["Go"]);
    expect(techs("experience with go")).toEqual(["Go"]);
  });
  it("reads the verb as the verb", () => {
    expect(techs("did he go to university")).toEqual([]);
    expect(techs("where did he go after Nimses")).toEqual([]);
  });
});

describe("content words", () => {
  it("drops filler, pronouns and the candidate's name", () => {
    const q = analyzeQuery("Could you please tell me whether Ivan has any blockchain experience?", index);
    expect(q.terms.filter((t) => !t.expansion).map((t) => t.token)).toEqual(["blockchain"]);
  });
  it("expands synonyms so 'SRE' finds 'Site Reliability'", () => {
    const q = analyzeQuery("Is he an SRE?", index);
    expect(q.terms.map((t) => t.token)).toEqual(expect.arrayContaining(["site", "reliability"]));
  });
  it("reads years", () => {
    expect(analyzeQuery("Where was he in 2016 and 2019?", index).years).toEqual([2016, 2019]);
  });
});
