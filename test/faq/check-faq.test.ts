// `npm run check` on a broken faq.md: each problem as faq.md:line: reason, exit code 1; a good one is listed.
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../src/check.js";
import { parseConfig } from "../../src/config.js";

const FIXTURES = join(import.meta.dirname, "../fixtures");

function run(dir: string): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((s: unknown) => void out.push(String(s)));
  const error = vi.spyOn(console, "error").mockImplementation((s: unknown) => void err.push(String(s)));
  try {
    return { code: main(["--knowledge", dir], {}), out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe("check with faq.md", () => {
  it("reports a broken faq.md by file and line and fails", () => {
    const { code, err } = run(join(FIXTURES, "cv-faq-broken"));
    expect(code).toBe(1);
    expect(err).toContain('faq.md:3: answer: "When are you available?" has no answer below it');
    expect(err).toContain("faq.md:8: question: duplicate question");
    expect(err).toMatch(/2 problems in/);
  });

  it("lists the questions of a good faq.md, and the résumé is not mixed with it", () => {
    const { code, out } = run(join(FIXTURES, "cv-faq-maria"));
    expect(code).toBe(0);
    expect(out).toContain("FAQ (9)");
    expect(out).toContain("faq.md:10  Are you open to relocation?  (also: would you move for a job)");
    expect(out).toContain("Candidate: Maria Lindqvist");
  });
});

describe("owner config", () => {
  const token = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmnop";
  it("defaults: no owner, unanswered, ./data, 90 days", () => {
    expect(parseConfig({ BOT_TOKEN: token }).owner).toEqual({ ids: [], notify: "unanswered", dataDir: "./data", retentionDays: 90 });
  });
  it("reads several owner ids and names a bad variable", () => {
    expect(parseConfig({ BOT_TOKEN: token, OWNER_ID: "12, 34", OWNER_NOTIFY: "ALL", LOG_RETENTION_DAYS: "30" }).owner).toMatchObject({ ids: [12, 34], notify: "all", retentionDays: 30 });
    expect(() => parseConfig({ BOT_TOKEN: token, OWNER_ID: "@maria" })).toThrow(/OWNER_ID must be/);
    expect(() => parseConfig({ BOT_TOKEN: token, OWNER_NOTIFY: "loud" })).toThrow(/OWNER_NOTIFY must be/);
    expect(() => parseConfig({ BOT_TOKEN: token, LOG_RETENTION_DAYS: "0" })).toThrow(/LOG_RETENTION_DAYS must be/);
  });
});
