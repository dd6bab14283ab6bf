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

describe("the knowledge cache's key and place (issue 16, item 13)", () => {
  it("changes its code key when a module's content changes, even with the same modification time", async () => {
    const { mkdtempSync, mkdirSync, statSync, utimesSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { codeVersionOf } = await import("../../src/knowledge/cache.js");
    const root = mkdtempSync(join(tmpdir(), "code-"));
    const dir = join(root, "knowledge");
    mkdirSync(dir);
    const file = join(dir, "parse.js");
    writeFileSync(file, "export const v = 1;\n");
    const { mtime } = statSync(file);
    const before = codeVersionOf([dir], join(root, "package.json"));
    writeFileSync(file, "export const v = 2;\n");
    utimesSync(file, mtime, mtime);
    expect(codeVersionOf([dir], join(root, "package.json"))).not.toBe(before);
  });

  it("lives under DATA_DIR or the OS cache folder, never inside node_modules", async () => {
    const { defaultCacheDir } = await import("../../src/knowledge/cache.js");
    expect(defaultCacheDir({ DATA_DIR: "/var/lib/bot" })).toBe(join("/var/lib/bot", "cache"));
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/tmp/xdg" })).toMatch(/resume-bot$/);
    expect(defaultCacheDir({})).not.toMatch(/node_modules/);
  });

  it("comes from the config: DATA_DIR/cache, or none when RESUME_BOT_CACHE=off", async () => {
    const { parseConfig } = await import("../../src/config.js");
    const token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij";
    expect(parseConfig({ BOT_TOKEN: token, DATA_DIR: "/var/lib/bot" }).knowledgeCacheDir).toBe(join("/var/lib/bot", "cache"));
    expect(parseConfig({ BOT_TOKEN: token, RESUME_BOT_CACHE: "off" }).knowledgeCacheDir).toBeNull();
    // null: no cache at all; the same file read twice is parsed twice and nothing is written.
    const dir = knowledgeDir(CV("Engineer"));
    expect(loadKnowledge(dir, { cacheDir: null }).resume.experience[0]!.role).toBe("Engineer");
  });

  it("works when the cache folder cannot be written", () => {
    const dir = knowledgeDir(CV("Engineer"));
    // A file where the folder should be: mkdir fails, as on a read-only disk.
    const blocked = join(dir, "resume.md", "cache");
    expect(loadKnowledge(dir, { cacheDir: blocked }).resume.experience[0]!.role).toBe("Engineer");
    expect(loadKnowledge(dir, { cacheDir: blocked }).resume.experience[0]!.role).toBe("Engineer");
  });
});
