// resume.md and resume.json in one folder: one résumé, the Markdown leading, the JSON filling gaps.
import { describe, expect, it } from "vitest";
import { validateDraft } from "../../src/knowledge/draft.js";
import { KnowledgeErrors } from "../../src/knowledge/errors.js";
import { parseJsonResume } from "../../src/knowledge/json-resume/parse.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { parseMarkdownResume } from "../../src/knowledge/markdown/parse.js";
import { mergeDrafts } from "../../src/knowledge/merge.js";
import type { Resume } from "../../src/knowledge/model.js";

describe("cv-chiara-merged: resume.md + resume.json", () => {
  const r = loadKnowledge("test/fixtures/cv-chiara-merged").resume;

  it("reads both files, Markdown first", () => {
    expect(r.sources).toEqual(["test/fixtures/cv-chiara-merged/resume.md", "test/fixtures/cv-chiara-merged/resume.json"]);
    expect(r.person.name).toBe("Chiara Rossi");
    expect(r.person.location).toBe("Turin, Italy");
    expect(r.person.contacts.map((c) => [c.kind, c.value])).toEqual([
      ["email", "chiara.rossi@example.it"],
      ["github", "github.com/chiara-rossi-data"],
    ]);
  });

  it("joins the job both files describe, and adds the one only the JSON has", () => {
    expect(r.experience.map((j) => [j.id, j.employer, j.role, j.start, j.end])).toEqual([
      ["vela-mobility", "Vela Mobility", "Data Engineer", { year: 2020, month: 3 }, null],
      ["borgo-bank", "Borgo Bank", "BI Developer", { year: 2016, month: 9 }, { year: 2020, month: 2 }],
    ]);
    const vela = r.experience[0]!;
    expect(vela.url).toBe("https://vela.example.com");
    expect(vela.details).toEqual(["Built the trip data lake on Spark and Airflow."]);
    expect(vela.achievements).toEqual(["Cut the nightly batch from six hours to forty minutes."]);
    expect(vela.technologies).toEqual(["Spark", "Airflow", "Python"]);
    expect(r.experience[1]!.technologies).toContain("Oracle");
  });

  it("takes education, languages and certificates from the JSON, and unites the skill group", () => {
    expect(r.education).toEqual([
      { institution: "Politecnico di Torino", degree: "MSc", field: "Computer Engineering", start: { year: 2014 }, end: { year: 2016 }, details: [] },
    ]);
    expect(r.skills).toEqual([{ name: "Data", items: ["Spark", "Airflow", "SQL", "Kafka"] }]);
    expect(r.languages).toEqual([
      { name: "Italian", fluency: "Native" },
      { name: "English", fluency: "C1" },
    ]);
    expect(r.extras).toEqual([
      { id: "certificates", title: "Certificates", items: ["Databricks Certified Data Engineer Associate (Databricks, Apr 2022)"] },
    ]);
  });
});

describe("mergeDrafts", () => {
  const valid = (d: ReturnType<typeof parseMarkdownResume>): Resume => {
    const v = validateDraft(d);
    if (v instanceof KnowledgeErrors) throw v;
    return v;
  };

  it("renews job ids when two files each have a job at the same employer", () => {
    const md = valid(parseMarkdownResume("# A B\n\n## Experience\n\n### Engineer at Acme\n\n2019 – present\n", "resume.md"));
    const json = valid(
      parseJsonResume(JSON.stringify({ basics: { name: "A B" }, work: [{ name: "Acme", position: "Intern", startDate: "2015", endDate: "2016" }] }), "resume.json"),
    );
    const merged = mergeDrafts([md, json]);
    expect(merged.experience.map((j) => [j.id, j.role])).toEqual([
      ["acme-2019", "Engineer"],
      ["acme-2015", "Intern"],
    ]);
  });

  it("treats '2020' and '2020-03' at the same employer as one job, keeping the month", () => {
    const md = valid(parseMarkdownResume("# A B\n\n## Experience\n\n### Engineer at Acme Inc.\n\n2020 – 2021\n", "resume.md"));
    const json = valid(
      parseJsonResume(JSON.stringify({ basics: { name: "A B" }, work: [{ name: "Acme", position: "Engineer", startDate: "2020-03", endDate: "2021-07" }] }), "resume.json"),
    );
    const merged = mergeDrafts([md, json]);
    expect(merged.experience.map((j) => [j.employer, j.start, j.end])).toEqual([["Acme Inc.", { year: 2020, month: 3 }, { year: 2021, month: 7 }]]);
  });
});
