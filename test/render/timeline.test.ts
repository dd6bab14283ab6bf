import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { renderTimelinePng, TIMELINE_WIDTH, timelineSvg } from "../../src/render/timeline.js";
import { escapeXml } from "../../src/render/svg.js";
import { fitText, textWidth, wrapText } from "../../src/render/text-width.js";
import { keyTechnologies } from "../../src/render/key-technologies.js";
import { NOW, singleJobResume, zoeResume } from "./fixtures.js";
import { colourCounts, decodePng, type DecodedPng } from "./png.js";

const FIRST_EMPLOYER_BLUE = "#2563eb";
const EDUCATION_GREEN = "#059669";
const WHITE = "#ffffff";

function colourShare(png: DecodedPng, colour: string): number {
  return (colourCounts(png).get(colour) ?? 0) / (png.width * png.height);
}

describe("timeline picture", () => {
  const bundled = loadKnowledge("knowledge").resume;

  it("is a 1080 px wide PNG with bars, text and an education bar for the bundled candidate", async () => {
    const png = decodePng(await renderTimelinePng(bundled, { now: NOW }));
    expect(png.width).toBe(TIMELINE_WIDTH);
    expect(png.height).toBeGreaterThan(800);
    const colours = colourCounts(png);
    // Not blank: many shades (antialiased text) and a good part of the picture not background.
    expect(colours.size).toBeGreaterThan(50);
    expect(colourShare(png, WHITE)).toBeLessThan(0.9);
    // Solid bars in their colours: the current employer's blue and the university's green.
    expect(colours.get(FIRST_EMPLOYER_BLUE) ?? 0).toBeGreaterThan(2000);
    expect(colours.get(EDUCATION_GREEN) ?? 0).toBeGreaterThan(2000);
  });

  it("has more than the background in the band where the bars are", async () => {
    const png = decodePng(await renderTimelinePng(bundled, { now: NOW }));
    // Below the header (≈ 200 px) every band of 100 rows crosses at least one bar or its labels.
    for (let top = 220; top + 100 < png.height - 60; top += 100) {
      const band = colourCounts(png, top, top + 100);
      const background = (band.get(WHITE) ?? 0) + (band.get("#f6f7f9") ?? 0);
      expect(background / (png.width * 100), `band at y=${top}`).toBeLessThan(0.97);
    }
  });

  it("is reproducible for a pinned now", async () => {
    expect((await renderTimelinePng(bundled, { now: NOW })).equals(await renderTimelinePng(bundled, { now: NOW }))).toBe(true);
  });

  it("renders the fictional résumé: non-ASCII name, markup characters escaped, long names cut", async () => {
    const resume = zoeResume();
    const svg = timelineSvg(resume, { now: NOW });
    expect(svg).toContain("Zoë Müller-Łukasiewicz");
    expect(svg).toContain("Storage &lt;Core&gt;");
    expect(svg).not.toContain("<Core>");
    expect(svg).toMatch(/The International Consortium for V[a-z]*…/);
    expect(svg).not.toContain("Typographic Hazards");
    const png = decodePng(await renderTimelinePng(resume, { now: NOW }));
    expect(png.width).toBe(TIMELINE_WIDTH);
    expect(colourCounts(png).get(FIRST_EMPLOYER_BLUE) ?? 0).toBeGreaterThan(2000);
  });

  it("marks the current job and shows year-only periods", () => {
    const svg = timelineSvg(zoeResume(), { now: NOW });
    expect(svg.match(/>current</g)).toHaveLength(1);
    expect(svg).toContain("2015 – 2019 · 5 yrs");
    expect(svg).toContain("Feb 2022 – present · 4 yrs 10 mos");
  });

  it("draws a résumé with a single job and no education", async () => {
    const resume = singleJobResume();
    const svg = timelineSvg(resume, { now: NOW });
    expect(svg).not.toContain("EDUCATION");
    const png = decodePng(await renderTimelinePng(resume, { now: NOW }));
    expect(png.width).toBe(TIMELINE_WIDTH);
    expect(png.height).toBeGreaterThan(200);
    expect(colourCounts(png).get(FIRST_EMPLOYER_BLUE) ?? 0).toBeGreaterThan(2000);
    expect(colourCounts(png).get(EDUCATION_GREEN)).toBeUndefined();
  });

  it("still draws a picture when there are no jobs at all", async () => {
    const resume = { ...singleJobResume(), experience: [] };
    expect(timelineSvg(resume, { now: NOW })).toContain("No jobs listed");
    expect(decodePng(await renderTimelinePng(resume, { now: NOW })).width).toBe(TIMELINE_WIDTH);
  });

  it("sums up jobs beyond the limit in one line", () => {
    const base = singleJobResume();
    const one = base.experience[0]!;
    const many = Array.from({ length: 25 }, (_, i) => ({
      ...one,
      id: `job-${i}`,
      employer: `Employer ${i}`,
      start: { year: 2000 + i },
      end: { year: 2000 + i },
    }));
    expect(timelineSvg({ ...base, experience: many }, { now: NOW })).toContain("… and 5 earlier roles");
  });
});

describe("timeline helpers", () => {
  it("escapes XML in text and drops characters XML forbids", () => {
    expect(escapeXml(`R&D <"Team"> 'x'\u0001`)).toBe("R&amp;D &lt;&quot;Team&quot;&gt; &apos;x&apos;");
  });

  it("measures text with the bundled font and cuts it with an ellipsis", () => {
    expect(textWidth("WWW", 30)).toBeGreaterThan(textWidth("iii", 30));
    expect(textWidth("Zoë", 30, "bold")).toBeGreaterThan(textWidth("Zoë", 30));
    const cut = fitText("Immanuel Kant Baltic Federal University", 300, 30, "bold");
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 30, "bold")).toBeLessThanOrEqual(300);
    expect(fitText("Acme", 300, 30)).toBe("Acme");
  });

  it("wraps a long line into two and cuts the rest", () => {
    const lines = wrapText("Specialist degree, Computational and Applied Mathematics", 500, 25);
    expect(lines).toEqual(["Specialist degree, Computational and", "Applied Mathematics"]);
    const cut = wrapText("word ".repeat(100), 500, 25);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
  });

  it("picks key technologies: not the company's product, not the ubiquitous, C and C++ as one", () => {
    const job = singleJobResume().experience[0]!;
    expect(
      keyTechnologies({ ...job, about: "Acme makes Unity games.", technologies: ["Unity", "Linux", "Go", "C", "C++", "Rust"] }),
    ).toEqual(["Go", "C/C++", "Rust"]);
    expect(keyTechnologies({ ...job, technologies: ["Linux"] })).toEqual(["Linux"]);
  });
});
