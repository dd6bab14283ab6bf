// `npm run import`: DOCX and PDF made with a word processor (pandoc → DOCX, LibreOffice → PDF; committed
// under test/fixtures/import, so no converter is needed here) and the bot's own /cv PDF, imported back.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertToMarkdown, main, parseImportArgs } from "../../src/import/cli.js";
import { pdfToMarkdown } from "../../src/import/pdf.js";
import { formatPeriod } from "../../src/knowledge/dates.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import type { Resume } from "../../src/knowledge/model.js";
import { renderCvPdf } from "../../src/render/cv-pdf.js";

const FIXTURES = "test/fixtures/import";
const cacheDir = join(tmpdir(), "resume-bot-import-tests");

function readMarkdown(markdown: string): Resume {
  const dir = mkdtempSync(join(tmpdir(), "import-"));
  writeFileSync(join(dir, "resume.md"), markdown);
  return loadKnowledge(dir, { cacheDir }).resume;
}

/** What a round trip must keep: employer, role (with team), and period, newest first. */
const jobs = (r: Resume) => r.experience.map((j) => `${j.employer} | ${j.team ? `${j.role}, ${j.team}` : j.role} | ${formatPeriod(j.start, j.end)}`);

const WORD_PROCESSOR_JOBS = [
  "Elbe Payments | Senior SRE | Mar 2020 – present",
  "Hafen Logistik | Systems Engineer | Sep 2014 – Feb 2020",
  "Nordnetz | Junior Administrator | 2012 – 2014",
];

// Converting and rendering PDFs is slow on a busy machine: the runner's limit is raised, nothing is timed.
describe("npm run import", { timeout: 60_000 }, () => {
  it("reads a DOCX made with a word processor", async () => {
    const r = readMarkdown(await convertToMarkdown(join(FIXTURES, "cv-wordprocessor.docx")));
    expect(r.person.name).toBe("Helena Brandt");
    expect(jobs(r)).toEqual(WORD_PROCESSOR_JOBS);
    expect(r.education[0]?.institution).toBe("Technische Universität Hamburg");
    expect(r.extras.map((e) => e.title)).toContain("Certifications");
  });

  it("reads a PDF that LibreOffice made from that DOCX", async () => {
    const r = readMarkdown(await convertToMarkdown(join(FIXTURES, "cv-wordprocessor.pdf")));
    expect(r.person.name).toBe("Helena Brandt");
    expect(jobs(r)).toEqual(WORD_PROCESSOR_JOBS);
    expect(r.skills.flatMap((s) => s.items)).toContain("Prometheus");
  });

  // cv-table-layout.html → LibreOffice → DOCX → PDF: each job's employer and period in a two-column table,
  // Word's bullets (a Symbol-font glyph, U+F0B7, in the PDF's text), "School — Degree" with a bold school.
  it.each(["docx", "pdf"])("reads a %s with jobs in a table, symbol-font bullets and a bold school", async (kind) => {
    const r = readMarkdown(await convertToMarkdown(join(FIXTURES, `cv-table-layout.${kind}`)));
    expect(r.person.name).toBe("Tomás Herrera");
    expect(jobs(r)).toEqual([
      "Cabify | Staff Software Engineer | Feb 2020 – present",
      "BBVA | Senior Java Developer | Jul 2016 – Jan 2020",
      "Indra | Java Developer | Sep 2013 – Jun 2016",
    ]);
    const cabify = r.experience[0]!;
    expect(cabify.about).toBe("Cabify is a ride-hailing company.");
    expect(cabify.details).toEqual(["Led the payments team of 6 engineers.", "Rebuilt the pricing service in Kotlin with Kafka; p99 latency down 45%."]);
    expect(r.experience[1]!.location).toBe("Madrid");
    expect(r.education[0]).toMatchObject({ institution: "Universitat Politècnica de Catalunya", start: { year: 2009 }, end: { year: 2013 } });
  });

  // cv-dates-column.html → LibreOffice: a row per job, the dates in the left cell; the right cell holds the
  // title line, a <br>, the company's description and the bullets. Section titles are bold paragraphs.
  it.each(["docx", "pdf"])("reads a %s with a column of dates, a cell per job and bold section titles", async (kind) => {
    const r = readMarkdown(await convertToMarkdown(join(FIXTURES, `cv-dates-column.${kind}`)));
    expect(r.person.name).toBe("Priya Raman");
    expect(r.experience.map((j) => `${j.employer} | ${j.role} | ${j.location} | ${formatPeriod(j.start, j.end)}`)).toEqual([
      "Swiggy | Lead Frontend Engineer | Bengaluru | Apr 2022 – present",
      "Freshworks | Senior Frontend Developer | Chennai | Jan 2019 – Mar 2022",
      "Infosys | Software Engineer | Mysuru | Jul 2017 – Dec 2018",
    ]);
    const swiggy = r.experience[0]!;
    expect(swiggy.about).toBe("Swiggy is a food delivery platform.");
    expect(swiggy.details).toContain("Cut Largest Contentful Paint from 4.1 s to 1.9 s.");
    expect(r.education[0]?.institution).toBe("National Institute of Technology Karnataka");
  });

  // cv-ru-three-lines.html → LibreOffice: each job a bold title, then the employer and its city, then the
  // dates, as three lines of one paragraph; an ИП named with initials; a school line the PDF wraps.
  it.each(["docx", "pdf"])("reads a Russian %s with jobs as title / employer, city / dates lines", async (kind) => {
    const r = readMarkdown(await convertToMarkdown(join(FIXTURES, `cv-ru-three-lines.${kind}`)));
    expect(r.person.name).toBe("Ольга Петрова");
    expect(r.experience.map((j) => `${j.employer} | ${j.role} | ${j.location ?? "-"} | ${formatPeriod(j.start, j.end)}`)).toEqual([
      "ООО «Озон Технологии» | Ведущий QA-инженер | Санкт-Петербург | Jan 2022 – present",
      "АО «Тинькофф Банк» | QA-инженер | Москва | Mar 2019 – Dec 2021",
      "ИП Смирнов А. В. | Тестировщик | - | Sep 2017 – Feb 2019",
    ]);
    expect(r.education[0]).toMatchObject({ institution: "Санкт-Петербургский политехнический университет Петра Великого", field: "Прикладная информатика" });
  });

  it.each(["docx", "pdf"])("reads a Russian CV from a word processor's %s: ФИО, ООО «…», «с 2016 по н. в.», current jobs", async (kind) => {
    const r = readMarkdown(await convertToMarkdown(join(FIXTURES, `cv-wordprocessor-ru.${kind}`)));
    expect(r.person.name).toBe("Кузнецов Дмитрий Андреевич");
    expect(r.experience.map((j) => `${j.id} | ${j.employer} | ${j.role} | ${formatPeriod(j.start, j.end)}`)).toEqual([
      "uralsoft | ООО «Уралсофт» | Ведущий инженер по данным | Apr 2022 – present",
      "kuznetsov-d-a | ИП Кузнецов Д. А. | Консультант | 2016 – present",
      "regionalnaya-logistika | АО «Региональная логистика» | Инженер по данным | Mar 2018 – Mar 2022",
    ]);
    expect(r.languages.map((l) => l.name)).toEqual(["Русский", "Английский"]);
    expect(r.education[0]?.institution).toBe("Уральский федеральный университет");
  });

  it.each([
    ["the bundled candidate", BUNDLED_KNOWLEDGE_DIR],
    ["a Markdown fixture", "test/fixtures/cv-alice"],
  ])("imports the bot's own /cv PDF of %s back to the same employers, roles and dates", async (_name, dir) => {
    const original = loadKnowledge(dir, { cacheDir }).resume;
    const pdf = await renderCvPdf(original, { now: new Date("2026-06-01T00:00:00Z") });
    const back = readMarkdown(await pdfToMarkdown(pdf));
    expect(back.person.name).toBe(original.person.name);
    // The PDF prints "Employer — Role, Team": read back, what follows the comma may land in the job's
    // location, so the role with its team is compared as written across both fields.
    const written = (j: Resume["experience"][number]) => [j.role, j.team, j.location].filter(Boolean).join(", ");
    expect(back.experience.map((j) => `${j.employer} | ${formatPeriod(j.start, j.end)}`)).toEqual(
      original.experience.map((j) => `${j.employer} | ${formatPeriod(j.start, j.end)}`),
    );
    back.experience.forEach((j, i) => {
      const o = original.experience[i]!;
      expect(written(j).startsWith([o.role, o.team].filter(Boolean).join(", "))).toBe(true);
    });
  });

  it("writes DIR/resume.md, refuses to overwrite it without --force, and prints what check understood", async () => {
    const out = mkdtempSync(join(tmpdir(), "import-out-"));
    const log: string[] = [];
    const original = console.log;
    const originalError = console.error;
    console.log = (...a: unknown[]) => void log.push(a.join(" "));
    console.error = (...a: unknown[]) => void log.push(a.join(" "));
    try {
      expect(await main([join(FIXTURES, "cv-wordprocessor.docx"), "--out", out], {})).toBe(0);
      expect(log.join("\n")).toContain("Candidate: Helena Brandt");
      expect(readFileSync(join(out, "resume.md"), "utf8")).toContain("### Senior SRE at Elbe Payments");
      expect(await main([join(FIXTURES, "cv-wordprocessor.docx"), "--out", out], {})).toBe(1);
      expect(log.join("\n")).toContain("exists: review it, or run again with --force");
      expect(await main([join(FIXTURES, "cv-wordprocessor.pdf"), "--out", out, "--force"], {})).toBe(0);
    } finally {
      console.log = original;
      console.error = originalError;
    }
  });

  it("refuses unknown arguments and file kinds", async () => {
    expect(() => parseImportArgs(["a.docx", "--nope"])).toThrow('unknown argument "--nope"');
    await expect(convertToMarkdown("package.json")).rejects.toThrow(/cannot import \.json/);
  });
});
