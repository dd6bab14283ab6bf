// Chunks: stable, unique ids that can go into buttons and deep links; breadcrumb titles; periods.
import { describe, expect, it } from "vitest";
import { buildChunks, sentences } from "../../src/knowledge/chunks.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";

const chunks = buildChunks(loadKnowledge(BUNDLED_KNOWLEDGE_DIR).resume);

describe("chunks of the bundled résumé", () => {
  it("has one chunk per job, school and extra section, plus summary and contacts", () => {
    expect(chunks.map((c) => c.id)).toEqual([
      "summary",
      "experience/workato-2023",
      "experience/workato-2021",
      "experience/scylladb",
      "experience/nimses",
      "experience/exit-games",
      "experience/neodinamika",
      "experience/other-companies",
      "education/immanuel-kant-baltic-federal-university",
      "extras/bonus",
      "contacts",
    ]);
  });

  it("ids are unique, short and safe for callback data and deep links", () => {
    const ids = chunks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9/-]{1,60}$/);
  });

  it("titles are breadcrumbs and jobs carry their period and technologies", () => {
    const scylla = chunks.find((c) => c.id === "experience/scylladb")!;
    expect(scylla.title).toBe("Experience › ScyllaDB Inc. — Senior Software Engineer");
    expect(scylla.period).toBe("Oct 2019 – May 2021");
    expect(scylla.technologies).toEqual(expect.arrayContaining(["Go", "C++", "AWS"]));
    expect(chunks.find((c) => c.id === "experience/workato-2023")!.period).toBe("Sep 2023 – present");
  });

  it("passages are the résumé's sentences and bullets, every fact kept", () => {
    const nimses = chunks.find((c) => c.id === "experience/nimses")!;
    expect(nimses.passages).toContain("Developed a private scalable blockchain.");
    expect(chunks.find((c) => c.id === "extras/bonus")!.passages).toContain("Meetups talks");
  });

  it("ids do not change when other parts of the résumé change", () => {
    const k = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
    k.resume.experience.splice(2, 1); // drop ScyllaDB
    expect(buildChunks(k.resume).map((c) => c.id)).toContain("experience/nimses");
  });
});

describe("sentences", () => {
  it("splits at sentence ends, keeping abbreviations and versions whole", () => {
    expect(sentences("Made contributions (ie YCSB) to OSS. Built v1.2 of it. Done")).toEqual([
      "Made contributions (ie YCSB) to OSS.",
      "Built v1.2 of it.",
      "Done",
    ]);
  });
});
