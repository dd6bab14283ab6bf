// `npm run check`: what it prints for a good folder, and the bare file:line: field: reason lines for a bad one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main, parseCheckArgs } from "../../src/check.js";

function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  const code = main(argv, env);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

afterEach(() => vi.restoreAllMocks());

describe("check", () => {
  it("prints jobs with periods and technologies, education, skills, languages, contacts", () => {
    const { code, out, err } = run(["--knowledge", "test/fixtures/cv-alice"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("Candidate: Alice Novak");
    expect(out).toContain("Jun 2021 – present  Senior Backend Engineer — Parcelwise (Prague)  [parcelwise]  test/fixtures/cv-alice/resume.md:13");
    expect(out).toContain("      technologies: Go, PostgreSQL, Kafka");
    expect(out).toContain("Brno University of Technology — MSc, Computer Science — 2014 – 2016");
    expect(out).toContain("Programming: Go, Python, SQL");
    expect(out).toContain("German (B2)");
    expect(out).toContain("email     alice.novak@example.com");
    expect(out).toContain("OK: test/fixtures/cv-alice is ready for the bot.");
  });

  it("takes the folder from KNOWLEDGE_DIR when no argument is given", () => {
    const { code, out } = run([], { KNOWLEDGE_DIR: "test/fixtures/cv-bob" });
    expect(code).toBe(0);
    expect(out).toContain("Candidate: Bob Okafor");
    expect(out).toContain('Other section "Publications" [publications] (2)');
  });

  it("prints one file:line: field: reason per problem, no stack, and exits 1", () => {
    const { code, out, err } = run(["--knowledge=test/fixtures/broken-json-missing-start", "--strict"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.split("\n")).toEqual([
      "test/fixtures/broken-json-missing-start/resume.json:12: work[1].startDate: missing: every job needs a start date (YYYY, YYYY-MM or YYYY-MM-DD)",
      "",
      "1 problem in test/fixtures/broken-json-missing-start: fix it and run npm run check again.",
    ]);
  });

  it("without --strict, reads the rest and lists each unreadable field as a warning", () => {
    const { code, out, err } = run(["--knowledge=test/fixtures/broken-json-missing-start"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain(
      "  test/fixtures/broken-json-missing-start/resume.json:12: work[1].startDate: missing: every job needs a start date (YYYY, YYYY-MM or YYYY-MM-DD)",
    );
    expect(out).toContain('Other section "Experience (dates not given)" [experience-dates-not-given] (1)');
    expect(out).toMatch(/ready for the bot \(1 warning\)\./);
  });

  it("speaks the résumé's language: Russian terms for a Russian CV", () => {
    const { code, out } = run(["--knowledge", "test/fixtures/real-md-ru-table"]);
    expect(code).toBe(0);
    expect(out).toContain("Кандидат: Воронцова Мария Игоревна");
    expect(out).toContain("Разделы: опыт работы 4, образование 2, навыки 1, языки 2, контакты 3, «Проекты» 1, «Награды» 1");
    expect(out).toContain("Опыт работы (4)");
    expect(out).toContain("апр. 2024 — н. в.  Руководитель группы разработки — ООО «СибФинТех»  [sibfintekh]  test/fixtures/real-md-ru-table/resume.md:20");
    expect(out).toContain("      технологии: Java, Oracle");
    expect(out).toContain("почта     maria.vorontsova@example.ru");
    expect(out).toContain("Другой раздел «Награды» [nagrady] (1)");
    expect(out).toContain("Готово: test/fixtures/real-md-ru-table можно отдавать боту.");
    expect(out).not.toContain("Experience");
  });

  it("counts a Russian CV's warnings in Russian", () => {
    const dir = mkdtempSync(join(tmpdir(), "check-ru-"));
    writeFileSync(join(dir, "resume.md"), "# Иван Петров\n\n## Опыт работы\n\n### ООО «Ромашка» — Разработчик\nкогда-то давно\n");
    const { code, out } = run(["--knowledge", dir]);
    expect(code).toBe(0);
    expect(out).toContain("Предупреждения (1):");
    expect(out).toContain("можно отдавать боту (1 предупреждение).");
  });

  it("refuses unknown arguments", () => {
    expect(() => parseCheckArgs(["--nope"])).toThrow('unknown argument "--nope"');
    expect(run(["--nope"]).code).toBe(2);
  });
});
