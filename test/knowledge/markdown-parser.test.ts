// The Markdown block reader (markdown-it underneath, CV heuristics on top): what CommonMark adds over a
// line reader (fences, reference links, escapes, multi-paragraph list items, tables), line numbers kept, and
// the parser loaded only when a file is parsed — a start from the knowledge cache never loads it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plain, toBlocks } from "../../src/knowledge/markdown/blocks.js";
import { parseMarkdownResume } from "../../src/knowledge/markdown/parse.js";

describe("Markdown blocks", () => {
  it("reads a fenced block's text without its fence, and names each line", () => {
    const blocks = toBlocks("# Jane\n\n```\nKubernetes, Go\n```\n");
    expect(blocks[1]).toMatchObject({ kind: "paragraph", text: "Kubernetes, Go", line: 4 });
  });

  it("writes reference links inline and drops their definitions", () => {
    const blocks = toBlocks("Worked at [Acme][acme].\n\n[acme]: https://acme.example\n");
    expect(blocks).toHaveLength(1);
    expect(plain((blocks[0] as { text: string }).text)).toBe("Worked at Acme (https://acme.example).");
  });

  it("reads backslash escapes as the character itself", () => {
    expect(plain("C\\# and \\*nix\\*, **Go**")).toBe("C# and *nix*, Go");
  });

  it("joins a list item's paragraphs, keeping nested items apart with their indent", () => {
    const [list] = toBlocks("- Led the team\n\n  Cut costs by 30%\n  - nested\n- Second\n");
    expect(list).toMatchObject({
      kind: "list",
      items: [
        { text: "Led the team Cut costs by 30%", line: 1, indent: 0 },
        { text: "nested", line: 4, indent: 2 },
        { text: "Second", line: 5, indent: 0 },
      ],
    });
  });

  it("reads a table of jobs with its lines", () => {
    const md = "# Jane Roe\n\n## Experience\n\n| Company | Role | Dates |\n|---|---|---|\n| Acme | Engineer | 2019 – 2021 |\n| Initech | Lead | 2021 – present |\n";
    const draft = parseMarkdownResume(md, "resume.md");
    expect(draft.resume.experience.map((j) => `${j.employer}/${j.role}`)).toEqual(["Acme/Engineer", "Initech/Lead"]);
    expect([...draft.lines.entries()].filter(([k]) => k.startsWith("experience.")).map(([, v]) => v)).toEqual([7, 8]);
  });

  it("keeps '• item' bullets and a one-line setext title inside a paragraph", () => {
    const blocks = toBlocks("Skills\n======\n• Go\n• Rust\n");
    expect(blocks[0]).toMatchObject({ kind: "heading", level: 1, text: "Skills", line: 1 });
    expect(blocks[1]).toMatchObject({ kind: "list", items: [{ text: "Go", line: 3 }, { text: "Rust", line: 4 }] });
  });
});

describe("the parser's cost", () => {
  it("is paid on a knowledge-cache miss only: a start from the cache never loads markdown-it", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "md-lazy-"));
    const knowledge = mkdtempSync(join(tmpdir(), "md-lazy-cv-"));
    writeFileSync(join(knowledge, "resume.md"), "# Jane Roe\n\n## Experience\n\n### Engineer at Acme\n2019 – present\n");
    // A fresh process each time, so nothing is loaded already; reports whether markdown-it was required.
    const script = `
      import { createRequire } from "node:module";
      const { loadKnowledge } = await import(${JSON.stringify(new URL("../../dist/knowledge/load.js", import.meta.url).href)});
      const k = loadKnowledge(${JSON.stringify(knowledge)}, { cacheDir: ${JSON.stringify(cacheDir)} });
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((p) => /[\\\\/]markdown-it[\\\\/]/.test(p));
      console.log(JSON.stringify({ name: k.resume.person.name, loaded }));`;
    const run = () => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as { name: string; loaded: boolean };
    expect(run()).toEqual({ name: "Jane Roe", loaded: true }); // the miss parses
    expect(run()).toEqual({ name: "Jane Roe", loaded: false }); // the hit does not
  });
});
