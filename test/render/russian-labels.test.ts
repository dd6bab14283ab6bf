// The timeline's and the PDF's labels in Russian when asked in Russian (issue 11); the résumé's own text
// stays as written, and each language has its own cached render and Telegram file_id.
import { describe, expect, it } from "vitest";
import { mediaKey } from "../../src/bot/media.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createMediaRenderer } from "../../src/render/index.js";
import { renderLabels } from "../../src/render/labels.js";
import { timelineSvg } from "../../src/render/timeline.js";
import { NOW } from "./fixtures.js";

const resume = loadKnowledge("knowledge").resume;

describe("render labels", () => {
  it("draws the Russian section titles, months, ranges and badge; English stays as before", () => {
    const svg = timelineSvg(resume, { now: NOW, lang: "ru" });
    expect(svg).toContain("ОПЫТ РАБОТЫ");
    expect(svg).toContain("ОБРАЗОВАНИЕ");
    expect(svg).toContain("н. в.");
    expect(svg).toContain("сейчас");
    expect(svg).not.toContain("EXPERIENCE");
    // Company names are never translated.
    expect(svg).toContain(resume.experience[0]!.employer);
    const english = timelineSvg(resume, { now: NOW });
    expect(english).toContain("EXPERIENCE");
    expect(english).toContain("present");
  });

  it("shortens Russian durations with the right year word", () => {
    const { shortDuration } = renderLabels("ru");
    expect([12, 26, 60, 63, 4, 132].map(shortDuration)).toEqual(["1 г.", "2 г. 2 мес.", "5 л.", "5 л. 3 мес.", "4 мес.", "11 л."]);
    expect(renderLabels("en").shortDuration(26)).toBe("2 yrs 2 mos");
  });

  it("keeps one render and one file_id per language", async () => {
    const renderer = createMediaRenderer(resume, { now: NOW });
    const [en, ru] = await Promise.all([renderer.render("cv"), renderer.render("cv", "ru")]);
    expect(ru.data.equals(en.data)).toBe(false);
    expect(await renderer.render("cv", "ru")).toBe(ru);
    expect(mediaKey("cv", NOW, "ru")).toBe(`media:cv:ru:${NOW.toISOString().slice(0, 7)}`);
    expect(mediaKey("cv", NOW)).not.toBe(mediaKey("cv", NOW, "ru"));
  });
});
