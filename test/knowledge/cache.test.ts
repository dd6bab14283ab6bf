// The knowledge cache must never change what is loaded: same result cached or not, a changed file is read
// afresh, and errors are found every time.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { knowledgeDir } from "../helpers.js";

const CV = (role: string) => `# Jane Roe\n\n## Experience\n\n### ${role} at Acme\n\n_Jan 2020 - Present_\n\n- Built a Kafka pipeline.\n`;

afterEach(() => {
  delete process.env.RESUME_BOT_CACHE;
});

describe("the knowledge cache", () => {
  it("gives the same résumé as reading the files afresh", () => {
    const warm = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
    const again = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
    process.env.RESUME_BOT_CACHE = "off";
    const fresh = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
    expect(again.resume).toEqual(fresh.resume);
    expect(warm.resume).toEqual(fresh.resume);
    expect(again.vocabulary).toEqual(fresh.vocabulary);
    expect(again.techs.mentions("Kafka and k8s")).toEqual(["Kafka", "Kubernetes"]);
  });

  it("hands out a new object each time, so one caller's change cannot leak into another's", () => {
    const a = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
    a.resume.experience.length = 0;
    expect(loadKnowledge(BUNDLED_KNOWLEDGE_DIR).resume.experience.length).toBeGreaterThan(0);
  });

  it("reads a changed file afresh", () => {
    const dir = knowledgeDir(CV("Engineer"));
    expect(loadKnowledge(dir).resume.experience[0]!.role).toBe("Engineer");
    writeFileSync(join(dir, "resume.md"), CV("Staff Engineer"));
    expect(loadKnowledge(dir).resume.experience[0]!.role).toBe("Staff Engineer");
  });

  it("never caches an error", () => {
    const dir = knowledgeDir("# Jane Roe\n\n## Experience\n\n### Engineer at Acme\n\nNo dates.\n");
    expect(() => loadKnowledge(dir, { strict: true })).toThrow(/experience\[0\]\.start/);
    expect(() => loadKnowledge(dir, { strict: true })).toThrow(/experience\[0\]\.start/);
    // Tolerantly, the same file loads, from the cache too, with the same warning each time.
    expect(loadKnowledge(dir).warnings.map((w) => w.field)).toEqual(["experience[0].start"]);
    expect(loadKnowledge(dir).warnings.map((w) => w.field)).toEqual(["experience[0].start"]);
    writeFileSync(join(dir, "resume.md"), CV("Engineer"));
    expect(loadKnowledge(dir).resume.experience).toHaveLength(1);
  });
});
