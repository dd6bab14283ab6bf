// Issue 16, items 3 and 12: what a careless or hostile knowledge folder must not do — stop the start
// with a stack overflow, pass binary data or broken UTF-8 as a résumé, hang on a FIFO, eat a gigabyte.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge, MAX_KNOWLEDGE_FILE_BYTES } from "../../src/knowledge/load.js";
import { knowledgeErrors } from "./helpers.js";

function folderWith(name: string, content: Buffer | string): string {
  const dir = mkdtempSync(join(tmpdir(), "hostile-"));
  writeFileSync(join(dir, name), content);
  return dir;
}

describe("hostile knowledge files", () => {
  it("reads a Markdown list of 150,000 items without a stack overflow", () => {
    const items = Array.from({ length: 150_000 }, (_, i) => `- s${i}`).join("\n");
    const dir = folderWith("resume.md", `# Jane Roe\n\n## Experience\n\n### Engineer at Acme\n\n_2019 – 2021_\n\n## Interests\n\n${items}\n`);
    const knowledge = loadKnowledge(dir, { cacheDir: join(dir, "..", `${dir.split("/").pop()}-cache`) });
    expect(knowledge.resume.extras.find((e) => e.title === "Interests")?.items).toHaveLength(150_000);
  });

  it("refuses a binary file, naming the file", () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const dir = folderWith("resume.md", bytes);
    expect(knowledgeErrors(dir).join("\n")).toMatch(/resume\.md:\d+: \(file\): binary data, not text/);
  });

  it("names the line and the bytes of invalid UTF-8", () => {
    const text = Buffer.concat([Buffer.from("# Jane Roe\n\n## Experience\n\n### Engineer at Work"), Buffer.from([0xe9]), Buffer.from("to\n")]);
    const dir = folderWith("resume.md", text);
    expect(knowledgeErrors(dir)).toEqual([expect.stringMatching(/resume\.md:5: \(file\): not valid UTF-8 at bytes e9 74 6f 0a/)]);
  });

  it("does not open a FIFO named resume.md (which would hang the start)", () => {
    const dir = mkdtempSync(join(tmpdir(), "hostile-"));
    execFileSync("mkfifo", [join(dir, "resume.md")]);
    expect(knowledgeErrors(dir).join("\n")).toMatch(/resume\.md: \(file\): not a regular file/);
  });

  it("refuses a résumé larger than the cap with a clear error, before reading it", () => {
    const dir = folderWith("resume.md", Buffer.alloc(MAX_KNOWLEDGE_FILE_BYTES + 1, "a"));
    expect(knowledgeErrors(dir).join("\n")).toMatch(/resume\.md: \(file\): 2\.0 MB is too large for a résumé \(the limit is 2 MB\)/);
  });
});
