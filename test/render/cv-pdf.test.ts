import { extractText, getMeta } from "unpdf";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { Resume } from "../../src/knowledge/model.js";
import { cvFileName, renderCvPdf } from "../../src/render/cv-pdf.js";
import { jobHighlights, trimText } from "../../src/render/highlights.js";
import { NOW, singleJobResume, zoeResume } from "./fixtures.js";

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  // Lines wrap wherever the page ends; compare with whitespace collapsed.
  return text.replace(/\s+/g, " ");
}

describe("CV as PDF", () => {
  const bundled = loadKnowledge("knowledge").resume;

  it.each<[string, () => Resume]>([
    ["the bundled candidate", () => bundled],
    ["the fictional person with a non-ASCII name", zoeResume],
    ["a résumé with a single job and no education", singleJobResume],
  ])("names %s and every employer, in text a machine can read", async (_, make) => {
    const resume = make();
    const pdf = await renderCvPdf(resume, { now: NOW });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain(resume.person.name);
    for (const job of resume.experience) expect(text).toContain(job.employer.replace(/\s+/g, " "));
    for (const school of resume.education) expect(text).toContain(school.institution);
  });

  it("carries contacts, periods, highlights, skills, languages and extra sections", async () => {
    const text = await pdfText(await renderCvPdf(zoeResume(), { now: NOW }));
    expect(text).toContain("zoe@example.org");
    expect(text).toContain("Feb 2022 – present");
    expect(text).toContain("Cut p99 query latency from 2.1 s to 180 ms");
    expect(text).toContain("Rust, C++, Go, Java");
    expect(text).toContain("German (native)");
    expect(text).toContain("TALKS");
    expect(text).toContain("“Columnar at scale”");
    expect(text).toContain("Storage <Core> & Query");
  });

  it("has the same bytes for the same résumé and now, with the title and dates set", async () => {
    const a = await renderCvPdf(zoeResume(), { now: NOW });
    const b = await renderCvPdf(zoeResume(), { now: NOW });
    expect(a.equals(b)).toBe(true);
    const { info } = await getMeta(new Uint8Array(a));
    expect(info.Title).toBe("Zoë Müller-Łukasiewicz — CV");
    expect(info.Author).toBe("Zoë Müller-Łukasiewicz");
    expect(String(info.CreationDate)).toContain("20261126");
  });

  it("is called '<Name> - CV.pdf', without characters file systems refuse", () => {
    expect(cvFileName(zoeResume())).toBe("Zoë Müller-Łukasiewicz - CV.pdf");
    expect(cvFileName({ ...singleJobResume(), person: { name: 'A/B: "C"', contacts: [] } })).toBe("A B C - CV.pdf");
  });
});

describe("job highlights", () => {
  const job = { ...singleJobResume().experience[0]! };

  it("puts achievements before areas, details and responsibilities, and stops at the count", () => {
    const highlights = jobHighlights(
      { ...job, responsibilities: ["R"], details: ["D"], areas: ["A"], achievements: ["X", "Y"] },
      4,
    );
    expect(highlights).toEqual(["X", "Y", "A", "D"]);
  });

  it("trims long lines at a sentence, or at a word with an ellipsis", () => {
    const sentences = "First sentence is here. Second one is much longer and goes on and on.";
    expect(trimText(sentences, 40)).toBe("First sentence is here.");
    const words = "a".repeat(10) + " " + "b".repeat(10) + " " + "c".repeat(30);
    expect(trimText(words, 30)).toBe(`${"a".repeat(10)} ${"b".repeat(10)}…`);
    expect(trimText("short", 30)).toBe("short");
  });
});
