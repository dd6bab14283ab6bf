// loadKnowledgeQuickly is what the terminal's cold start uses: the same knowledge as loadKnowledge, but on a
// knowledge-cache hit the parsers (src/knowledge/read.ts, markdown/, json-resume/) are never imported —
// importing them cost the cold start ~10 ms, more than reading the cached résumé.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeErrors } from "../../src/knowledge/errors.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { loadKnowledgeQuickly } from "../../src/knowledge/load-quickly.js";

const CV = "# Jane Roe\n\n## Experience\n\n### Engineer at Acme\n2019 – present\n- Built Kafka pipelines\n";

function folder(text = CV): string {
  const dir = mkdtempSync(join(tmpdir(), "quick-cv-"));
  writeFileSync(join(dir, "resume.md"), text);
  return dir;
}

describe("loadKnowledgeQuickly", () => {
  it("gives what loadKnowledge gives, on a miss and on a hit", async () => {
    const dir = folder();
    const cacheDir = mkdtempSync(join(tmpdir(), "quick-cache-"));
    const miss = await loadKnowledgeQuickly(dir, { cacheDir });
    const hit = await loadKnowledgeQuickly(dir, { cacheDir });
    const plain = loadKnowledge(dir, { cacheDir: null });
    for (const k of [miss, hit]) {
      expect(k.resume).toEqual(plain.resume);
      expect(k.vocabulary).toEqual(plain.vocabulary);
      expect(k.techs.canonical("kafka")).toBe("Kafka");
    }
  });

  it("throws the same KnowledgeErrors for a folder without a résumé", async () => {
    const empty = mkdtempSync(join(tmpdir(), "quick-empty-"));
    await expect(loadKnowledgeQuickly(empty, { cacheDir: null })).rejects.toBeInstanceOf(KnowledgeErrors);
    await expect(loadKnowledgeQuickly(empty, { cacheDir: null })).rejects.toThrow(/no résumé found/);
  });

  it("imports no parser on a cache hit (a fresh process, its module loads recorded)", () => {
    const dir = folder();
    const cacheDir = mkdtempSync(join(tmpdir(), "quick-cache-"));
    const hooks = join(mkdtempSync(join(tmpdir(), "quick-hooks-")), "hooks.mjs");
    writeFileSync(hooks, "export async function load(url, context, next) { if (url.includes('/knowledge/')) process.stderr.write(url + '\\n'); return next(url, context); }\n");
    const loader = new URL("../../dist/knowledge/load-quickly.js", import.meta.url).href;
    const script = `
      import { register } from "node:module";
      register(${JSON.stringify(`file://${hooks}`)});
      const { loadKnowledgeQuickly } = await import(${JSON.stringify(loader)});
      const k = await loadKnowledgeQuickly(${JSON.stringify(dir)}, { cacheDir: ${JSON.stringify(cacheDir)} });
      console.log(k.resume.person.name);`;
    // stdout: the name; stderr: every module under knowledge/ the process loaded.
    const run = () => {
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      return { name: r.stdout.trim(), loaded: r.stderr };
    };
    const miss = run();
    expect(miss.name).toBe("Jane Roe");
    expect(miss.loaded).toMatch(/\/knowledge\/read\.js/); // the miss parses
    const hit = run();
    expect(hit.name).toBe("Jane Roe");
    expect(hit.loaded).toMatch(/\/knowledge\/files\.js/);
    expect(hit.loaded).not.toMatch(/\/knowledge\/(read|load)\.js|\/markdown\/|\/json-resume\//);
  });
});
