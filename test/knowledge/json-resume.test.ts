// JSON Resume (v1): the schema's own sample maps every section; broken files name file:line:field.
import { mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locateJsonPaths } from "../../src/knowledge/json-resume/locate.js";
import { parseJsonResume } from "../../src/knowledge/json-resume/parse.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { knowledgeErrors } from "./helpers.js";

const SAMPLE = "node_modules/@jsonresume/schema/sample.resume.json";

function sampleFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "resume-bot-jsonresume-"));
  copyFileSync(SAMPLE, join(dir, "resume.json"));
  return dir;
}

describe("JSON Resume sample", () => {
  const resume = loadKnowledge(sampleFolder()).resume;

  it("maps basics to the person, contacts and summary", () => {
    expect(resume.person.name).toBe("Richard Hendriks");
    expect(resume.person.headline).toBe("Programmer");
    expect(resume.person.location).toBe("San Francisco, California, US");
    expect(resume.person.contacts.map((c) => [c.kind, c.value])).toEqual([
      ["email", "richard.hendriks@mail.com"],
      ["phone", "(912) 555-4321"],
      ["website", "richardhendricks.example.com"],
      ["twitter", "twitter.com/neutralthoughts"],
      ["website", "soundcloud.example.com/dandymusicnl"],
    ]);
    expect(resume.summary[0]).toMatch(/^Richard hails from Tulsa/);
  });

  it("maps work to jobs", () => {
    expect(resume.experience).toHaveLength(1);
    const job = resume.experience[0]!;
    expect(job).toMatchObject({
      id: "pied-piper",
      employer: "Pied Piper",
      role: "CEO/President",
      location: "Palo Alto, CA",
      url: "http://piedpiper.example.com",
      start: { year: 2013, month: 12 },
      end: { year: 2014, month: 12 },
      about: "Awesome compression company",
    });
    expect(job.details[0]).toMatch(/^Pied Piper is a multi-platform technology/);
    expect(job.achievements).toContain("Successfully won Techcrunch Disrupt");
  });

  it("maps education, skills and languages", () => {
    expect(resume.education).toEqual([
      {
        institution: "University of Oklahoma",
        url: "https://www.ou.edu/",
        degree: "Bachelor",
        field: "Information Technology",
        start: { year: 2011, month: 6 },
        end: { year: 2014, month: 1 },
        details: ["Score: 4.0", "Courses: DB1101 - Basic SQL; CS2011 - Java Introduction"],
      },
    ]);
    expect(resume.skills).toEqual([
      { name: "Web Development (Master)", items: ["HTML", "CSS", "Javascript"] },
      { name: "Compression (Master)", items: ["Mpeg", "MP4", "GIF"] },
    ]);
    expect(resume.languages).toEqual([{ name: "English", fluency: "Native speaker" }]);
  });

  it("keeps volunteering, projects, awards, publications, interests and references as readable extras", () => {
    const extra = (id: string) => resume.extras.find((e) => e.id === id)?.items ?? [];
    expect(resume.extras.map((e) => e.title)).toEqual([
      "Volunteering",
      "Projects",
      "Awards",
      "Publications",
      "Interests",
      "References",
    ]);
    expect(extra("volunteering")[0]).toBe(
      "Teacher at CoderDojo (Jan 2012 – Jan 2013, http://coderdojo.example.com/): Global movement of free coding clubs for young people. Awarded 'Teacher of the Month'.",
    );
    expect(extra("projects")[0]).toMatch(/^Miss Direction \(Smoogle, application, Team lead and Designer, Aug 2016, http:\/\/missdirection\.example\.com\): A mapping engine that misguides you\./);
    expect(extra("projects")[0]).toContain("Keywords: GoogleMaps, Chrome Extension, Javascript.");
    expect(extra("awards")).toEqual(["Digital Compression Pioneer Award (Techcrunch, Nov 2014): There is no spoon."]);
    expect(extra("publications")[0]).toMatch(/^Video compression for 3d media \(Hooli, Oct 2014, /);
    expect(extra("interests")).toEqual(["Wildlife: Ferrets, Unicorns"]);
    expect(extra("references")[0]).toMatch(/^Erlich Bachman: “It is my pleasure/);
  });
});

describe("JSON Resume mapping details", () => {
  const draft = (json: unknown) => parseJsonResume(JSON.stringify(json, null, 2), "resume.json").resume;

  it("reads timestamps and written dates where the spec wants YYYY-MM-DD", () => {
    const r = draft({
      basics: { name: "A B" },
      work: [
        { name: "One", position: "Engineer", startDate: "2019-01-01T00:00:00.000Z", endDate: "2020-06-30T00:00:00Z" },
        { name: "Two", position: "Engineer", startDate: "Jan 2016", endDate: "12/2018" },
      ],
    });
    expect(r.experience.map((j) => [j.start, j.end])).toEqual([
      [{ year: 2019, month: 1 }, { year: 2020, month: 6 }],
      [{ year: 2016, month: 1 }, { year: 2018, month: 12 }],
    ]);
  });

  it("reads a missing or 'present' end date as the current job, and keeps keywords as technologies", () => {
    const r = draft({
      basics: { name: "A B", profiles: [{ network: "GitHub", username: "ab" }, { network: "LinkedIn", url: "https://linkedin.com/in/ab" }] },
      work: [
        { name: "Now Co", position: "Engineer", startDate: "2022", keywords: ["Rust", "Kafka"] },
        { name: "Then Co", position: "Engineer", startDate: "2019-02-03", endDate: "present" },
        { name: "Old Co", position: "Engineer", startDate: "2015", endDate: "" },
      ],
      certificates: [{ name: "CKA", issuer: "CNCF", date: "2021-05" }],
    });
    expect(r.experience.map((j) => [j.employer, j.start, j.end])).toEqual([
      ["Now Co", { year: 2022 }, null],
      ["Then Co", { year: 2019, month: 2 }, null],
      ["Old Co", { year: 2015 }, null],
    ]);
    expect(r.experience[0]!.technologies).toEqual(["Rust", "Kafka"]);
    expect(r.person.contacts.map((c) => [c.kind, c.value])).toEqual([
      ["github", "github.com/ab"],
      ["linkedin", "linkedin.com/in/ab"],
    ]);
    expect(r.extras).toEqual([{ id: "certificates", title: "Certificates", items: ["CKA (CNCF, May 2021)"] }]);
  });
});

describe("JSON Resume written for the pre-1.0 schema", () => {
  it("reads work[].company and website, education gpa, basics.website", () => {
    const r = parseJsonResume(
      JSON.stringify({
        basics: { name: "Old Style", website: "https://old.example.org" },
        work: [{ company: "Legacy Ltd", position: "Engineer", website: "https://legacy.example.com", startDate: "2010-01", endDate: "2012-06" }],
        education: [{ institution: "Some College", gpa: "3.9" }],
      }),
      "resume.json",
    ).resume;
    expect(r.experience[0]).toMatchObject({ employer: "Legacy Ltd", url: "https://legacy.example.com" });
    expect(r.person.contacts).toEqual([{ kind: "website", value: "old.example.org", url: "https://old.example.org" }]);
    expect(r.education[0]!.details).toEqual(["Score: 3.9"]);
  });
});

describe("JSON Resume errors", () => {
  it("names the line of a syntax error", () => {
    expect(knowledgeErrors("test/fixtures/broken-json-syntax")).toEqual([
      `test/fixtures/broken-json-syntax/resume.json:4: (json): invalid JSON: missing ',' or '}' after the value of "label" (found '"')`,
    ]);
  });

  it("names a work entry without a start date by its JSON path and line", () => {
    expect(knowledgeErrors("test/fixtures/broken-json-missing-start")).toEqual([
      "test/fixtures/broken-json-missing-start/resume.json:12: work[1].startDate: missing: every job needs a start date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ]);
  });

  it("names a month 13, an end before the start and a missing institution", () => {
    expect(knowledgeErrors("test/fixtures/broken-json-dates")).toEqual([
      'test/fixtures/broken-json-dates/resume.json:7: work[0].startDate: "2021-13": there is no month 13',
      "test/fixtures/broken-json-dates/resume.json:13: work[1].endDate: end date is before start date (starts Jun 2020, ends Feb 2019)",
      "test/fixtures/broken-json-dates/resume.json:16: education[0].institution: missing: the school or university",
    ]);
  });

  it("names the line of a bad escape inside a string", () => {
    expect(() => parseJsonResume('{\n  "basics": { "name": "C:\\qa" }\n}', "resume.json")).toThrow(
      "resume.json:2: (json): invalid JSON: a string has an invalid escape (write \\\\ for a backslash) or a control character",
    );
  });

  it("locates every JSON path's line", () => {
    const lines = locateJsonPaths('{\n  "a": [\n    1,\n    {"b": 2}\n  ]\n}');
    expect(Object.fromEntries(lines)).toEqual({ "": 1, a: 2, "a.0": 3, "a.1": 4, "a.1.b": 4 });
  });
});

describe("cv-hiro: a JSON Resume of a fictional candidate with every section", () => {
  const r = loadKnowledge("test/fixtures/cv-hiro").resume;

  it("reads the person, summary paragraphs and every kind of contact", () => {
    expect(r.person).toMatchObject({ name: "Hiro Tanaka", headline: "Machine Learning Engineer", location: "Osaka, JP" });
    expect(r.person.contacts.map((c) => [c.kind, c.value])).toEqual([
      ["email", "hiro.tanaka@example.jp"],
      ["phone", "+81 90 1234 5678"],
      ["website", "hiro-tanaka.example.jp"],
      ["github", "github.com/hiro-tanaka-ml"],
      ["linkedin", "linkedin.com/in/hiro-tanaka-example"],
    ]);
    expect(r.summary).toEqual([
      "ML engineer who ships models to production and keeps them honest with monitoring.",
      "Previously a data analyst in retail.",
    ]);
  });

  it("reads the jobs, the current one open-ended, with keywords and mentioned technologies", () => {
    expect(r.experience.map((j) => [j.id, j.employer, j.role, j.location, j.start, j.end])).toEqual([
      ["kumo-vision", "Kumo Vision", "Senior ML Engineer", "Osaka", { year: 2021, month: 4 }, null],
      ["sakura-retail", "Sakura Retail", "Data Analyst", "Kyoto", { year: 2017, month: 4 }, { year: 2021, month: 3 }],
    ]);
    expect(r.experience[0]!.about).toBe("Computer vision for factory quality control.");
    expect(r.experience[0]!.technologies).toEqual(expect.arrayContaining(["PyTorch", "Kubernetes", "Python", "Prometheus"]));
    expect(r.experience[1]!.technologies).toEqual(expect.arrayContaining(["Python", "SQL", "BigQuery"]));
  });

  it("reads education, skills, languages and the other sections", () => {
    expect(r.education).toEqual([
      {
        institution: "Osaka University",
        degree: "Master",
        field: "Applied Mathematics",
        start: { year: 2015, month: 4 },
        end: { year: 2017, month: 3 },
        details: ["Courses: Statistical Learning; Optimization"],
      },
    ]);
    expect(r.skills.map((g) => g.name)).toEqual(["Machine learning (Expert)", "Infrastructure"]);
    expect(r.languages.map((l) => l.name)).toEqual(["Japanese", "English"]);
    expect(r.extras.map((e) => e.title)).toEqual([
      "Volunteering",
      "Projects",
      "Awards",
      "Certificates",
      "Publications",
      "Interests",
      "References",
    ]);
    expect(r.extras.find((e) => e.id === "volunteering")!.items).toEqual(["Program committee at PyCon JP (2022 – present): Reviews talk proposals."]);
    expect(r.extras.find((e) => e.id === "certificates")!.items).toEqual(["Certified Kubernetes Application Developer (CNCF, Oct 2022)"]);
  });
});
