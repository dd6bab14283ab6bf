// A malformed knowledge folder stops the start with one clear message per problem, naming file:line:field.
import { describe, expect, it } from "vitest";
import { knowledgeErrors } from "./helpers.js";

describe("knowledge folder errors", () => {
  it("an empty folder", () => {
    expect(knowledgeErrors("test/fixtures/empty")).toEqual([
      "test/fixtures/empty: (folder): no résumé found: add resume.md (Markdown) or resume.json (JSON Resume)",
    ]);
  });

  it("a folder that does not exist", () => {
    expect(knowledgeErrors("test/fixtures/no-such-folder")).toEqual(["test/fixtures/no-such-folder: KNOWLEDGE_DIR: no such folder"]);
  });

  it("a file given where a folder is expected", () => {
    expect(knowledgeErrors("test/fixtures/cv-alice/resume.md")).toEqual([
      "test/fixtures/cv-alice/resume.md: KNOWLEDGE_DIR: a file, not a folder: point KNOWLEDGE_DIR at the folder that holds resume.md or resume.json",
    ]);
  });

  it("a Markdown job with no dates", () => {
    expect(knowledgeErrors("test/fixtures/broken-md-no-dates")).toEqual([
      'test/fixtures/broken-md-no-dates/resume.md:20: experience[2].start: no dates found: write the period as e.g. "Oct 2019 – May 2021" or "2019 – present"',
    ]);
  });

  it("a month 13 and an end before the start in Markdown", () => {
    expect(knowledgeErrors("test/fixtures/broken-md-bad-dates")).toEqual([
      'test/fixtures/broken-md-bad-dates/resume.md:5: experience[0].start: "2019-13" is not a date: there is no month 13',
      "test/fixtures/broken-md-bad-dates/resume.md:10: experience[1].end: end date is before start date (starts Mar 2020, ends Jan 2019)",
    ]);
  });

  it("missing name, role and institution in Markdown", () => {
    expect(knowledgeErrors("test/fixtures/broken-md-missing-fields")).toEqual([
      `test/fixtures/broken-md-missing-fields/resume.md:1: person.name: the candidate's name is missing: start the file with a heading such as "# Jane Doe"`,
      'test/fixtures/broken-md-missing-fields/resume.md:3: experience[0].role: no role found: write the heading as e.g. "Engineer at Acme" or "Acme — Engineer", or the role on the line under "### Acme"',
      "test/fixtures/broken-md-missing-fields/resume.md:11: education[0].institution: no school or university named",
    ]);
  });

  it("an Experience section in which no job can be found", () => {
    expect(knowledgeErrors("test/fixtures/broken-md-no-jobs")).toEqual([
      'test/fixtures/broken-md-no-jobs/resume.md:3: experience: no jobs found under "Experience": give each job a heading ("### Engineer at Acme") or a bold line ("**Acme** — Engineer") with its dates',
    ]);
  });
});
