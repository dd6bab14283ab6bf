// The CLI's jsonl contract, which other tools (the scorer among them) rely on:
// one JSON object per input line, {"input", "replies", "found"}, plain text only.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// What `npm run ask` runs: dist/cli.js, built once per test run by the globalSetup (test/support/build.ts).
function cli(args: string[], input = "", env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["dist/cli.js", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
}

describe("npm run ask -- --jsonl", () => {
  it("answers each line with one JSON object, in order", () => {
    const lines = ["/start", "Has he used Kafka?", "Does he know Haskell?", "/experience", "", "<b>&amp;</b>"];
    const run = cli(["--jsonl"], lines.join("\n") + "\n");
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { input: string; replies: string[]; found: boolean });
    expect(out.map((o) => o.input)).toEqual(lines);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(["found", "input", "replies"]);
      expect(o.replies.length).toBeGreaterThan(0);
      for (const r of o.replies) expect(r).not.toMatch(/<\/?(b|i|a|code)\b/); // plain text, no markup
    }
    expect(out[1]!.found).toBe(true);
    expect(out[1]!.replies.join("\n")).toMatch(/Nimses/);
    expect(out[2]!.found).toBe(false);
    expect(out[3]!.replies.join("\n")).toMatch(/Neodinamika/);
  });

  it("prints one answer for a question given as arguments", () => {
    const run = cli(["Where", "does", "he", "work", "now?"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Workato/);
  });

  it("stops with file:line:field and no stack trace when the résumé is broken", () => {
    const dir = mkdtempSync(join(tmpdir(), "resume-bot-cli-"));
    // Issue 14: a job without dates is only a warning now; a file that is not UTF-8 still stops.
    writeFileSync(join(dir, "resume.md"), Buffer.concat([Buffer.from("# Jane Roe\n\n## Experience\n\n### Engineer at Ac"), Buffer.from([0xc3, 0x28]), Buffer.from("me\n")]));
    const run = cli(["--jsonl"], "hi\n", { KNOWLEDGE_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/resume\.md:5: \(file\): not valid UTF-8 at bytes c3 28/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
  });
});
