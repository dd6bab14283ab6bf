// Small Markdown CVs for one behaviour each: where the name is, what is a section, what is a job.
import { describe, expect, it } from "vitest";
import { validateDraft } from "../../src/knowledge/draft.js";
import { KnowledgeErrors } from "../../src/knowledge/errors.js";
import { parseMarkdownResume } from "../../src/knowledge/markdown/parse.js";
import type { Resume } from "../../src/knowledge/model.js";

function parse(source: string): Resume {
  const r = validateDraft(parseMarkdownResume(source, "resume.md"));
  if (r instanceof KnowledgeErrors) throw r;
  return r;
}

const JOB = "## Experience\n\n### Engineer at Acme\n2019 – 2021\n";

describe("Markdown edge cases", () => {
  it("skips a '# Resume' title and finds the name in the next heading", () => {
    const r = parse(`# Resume\n\n## Jane Doe\n\njane@example.com\n\n${JOB}`);
    expect(r.person.name).toBe("Jane Doe");
    expect(r.person.headline).toBeUndefined();
    expect(r.experience.map((j) => [j.employer, j.role])).toEqual([["Acme", "Engineer"]]);
  });

  it("splits 'Full-stack developer, Munich' into a headline and a town, but keeps 'Engineering Manager, Platform' whole", () => {
    const town = parse(`# Jane Doe\n\nFull-stack developer, Munich\n\njane@example.com\n\n${JOB}`);
    expect([town.person.headline, town.person.location]).toEqual(["Full-stack developer", "Munich"]);
    const team = parse(`# Jane Doe\n\nEngineering Manager, Platform\n\njane@example.com\n\n${JOB}`);
    expect(team.person.headline).toBe("Engineering Manager, Platform");
    expect(team.person.location).toBeUndefined();
  });

  it("skips a '# Curriculum Vitae' title and takes the name from the first line", () => {
    const r = parse(`# Curriculum Vitae\n\nJane Doe\n\n${JOB}`);
    expect(r.person.name).toBe("Jane Doe");
    expect(r.extras).toEqual([]);
  });

  it("keeps 'Volunteer experience' out of the jobs", () => {
    const r = parse(`# Jane Doe\n\n${JOB}\n## Volunteer experience\n\n### Mentor at Code Club\n2018 – present\n`);
    expect(r.experience.map((j) => j.employer)).toEqual(["Acme"]);
    expect(r.extras.map((e) => [e.title, e.items])).toEqual([["Volunteer experience", ["Mentor at Code Club", "2018 – present"]]]);
  });

  it("keeps an unknown section searchable as an extra, with its own id", () => {
    const r = parse(`# Jane Doe\n\n${JOB}\n## Talks\n\n- Scaling queues, QCon 2022\n\n## Talks\n\n- Another one\n`);
    expect(r.extras.map((e) => e.id)).toEqual(["talks", "talks-2"]);
  });

  it("reads a role and dates on the line under a company heading", () => {
    const r = parse("# Jane Doe\n\n## Work history\n\n### Acme — Berlin, Germany\nStaff Engineer, Sept 2019 – Present\n");
    expect(r.experience.map((j) => [j.employer, j.role, j.location, j.start, j.end])).toEqual([
      ["Acme", "Staff Engineer", "Berlin, Germany", { year: 2019, month: 9 }, null],
    ]);
  });

  it("reads a team out of the role, and technologies in brackets after the dates", () => {
    const r = parse("# Jane Doe\n\n## Career\n\n### Engineer in the Storage Team at Acme\n_2019 – 2021 (Rust, Go)_\n");
    expect(r.experience[0]).toMatchObject({ employer: "Acme", role: "Engineer", team: "Storage Team", technologies: ["Rust", "Go"] });
  });
});

describe("Markdown bold-line jobs", () => {
  it("does not take a bold label inside a job for the next job", () => {
    const r = parse(
      "# Jane Doe\n\n## Experience\n\n**Acme** — Engineer\n2019 – present\n\n**Tech stack:** Go, Kafka\n\n**Highlights**:\n\n- Cut costs by half.\n\n**Beta Ltd** — Developer\n2016 – 2019\n",
    );
    expect(r.experience.map((j) => [j.employer, j.role, j.technologies, j.achievements])).toEqual([
      ["Acme", "Engineer", ["Go", "Kafka"], ["Cut costs by half."]],
      ["Beta Ltd", "Developer", [], []],
    ]);
  });
});

describe("Markdown nested headings", () => {
  it("reads roles nested under their company's heading", () => {
    const r = parse(
      "# Jane Doe\n\n## Experience\n\n### Acme Corp — Berlin\n\nAcme Corp makes delivery robots.\n\n#### Staff Engineer\n_2021 – present_\n\n- Leads the fleet team.\n\n#### Senior Engineer\n_2018 – 2021_\n\n### Beta Ltd\n\n#### Developer\n2015 – 2018\n",
    );
    expect(r.experience.map((j) => [j.employer, j.role, j.location ?? null, j.start, j.end, j.about ?? null])).toEqual([
      ["Acme Corp", "Staff Engineer", "Berlin", { year: 2021 }, null, "Acme Corp makes delivery robots."],
      ["Acme Corp", "Senior Engineer", "Berlin", { year: 2018 }, { year: 2021 }, "Acme Corp makes delivery robots."],
      ["Beta Ltd", "Developer", null, { year: 2015 }, { year: 2018 }, null],
    ]);
    expect(r.experience.map((j) => j.id)).toEqual(["acme-2021", "acme-2018", "beta"]);
  });

  it("keeps a labelling sub-heading ('#### Achievements') inside its job", () => {
    const r = parse("# Jane Doe\n\n## Experience\n\n### Engineer at Acme\n2019 – 2021\n\n#### Achievements\n\n- Shipped the thing.\n\n#### Tech stack\n\n- Go, Kafka\n");
    expect(r.experience).toHaveLength(1);
    expect(r.experience[0]).toMatchObject({ achievements: ["Shipped the thing."], technologies: ["Go", "Kafka"] });
  });
});

describe("Markdown education", () => {
  it("reads a degree heading nested under its school's heading as one entry", () => {
    const r = parse(`# Jane Doe\n\n${JOB}\n## Education\n\n### Delft University of Technology\n\n#### MSc in Computer Science\n2012 – 2014\n`);
    expect(r.education).toEqual([
      { institution: "Delft University of Technology", degree: "MSc", field: "Computer Science", start: { year: 2012 }, end: { year: 2014 }, details: [] },
    ]);
  });

  it("knows schools in other languages, and an em dash with no spaces around it", () => {
    const r = parse(
      `# Jane Doe\n\n${JOB}\n## Education\n\n**Universitat Politècnica de Catalunya** — B.Sc. Computer Engineering, 2009 – 2013\n\n` +
        `**Università di Bologna**—M.Sc. Physics, 2013 – 2015\n`,
    );
    expect(r.education.map((e) => [e.institution, e.degree, e.field, e.start?.year, e.end?.year])).toEqual([
      ["Universitat Politècnica de Catalunya", "B.Sc.", "Computer Engineering", 2009, 2013],
      ["Università di Bologna", "M.Sc.", "Physics", 2013, 2015],
    ]);
  });

  it("a bold name with no school word is still the school, and is not repeated in the details", () => {
    const r = parse(`# Jane Doe\n\n${JOB}\n## Education\n\n**Kantiana** — B.Sc. Mathematics, 2011 – 2014\n\n**Mines ParisTech** — M.Sc. Physics, 2015\n`);
    expect(r.education.map((e) => [e.institution, e.degree, e.details])).toEqual([
      ["Kantiana", "B.Sc.", []],
      ["Mines ParisTech", "M.Sc.", []],
    ]);
  });
});

describe("word-processor leftovers", () => {
  it("'Frontend — React, Angular' lines (a two-column table as a DOCX gives it) are skill groups", () => {
    const r = parse(`# Jane Doe\n\n${JOB}\n## Skills\n\nFrontend — React, Angular, TypeScript\n\nBackend — Node.js, PostgreSQL\n`);
    expect(r.skills.map((g) => [g.name, g.items])).toEqual([
      ["Frontend", ["React", "Angular", "TypeScript"]],
      ["Backend", ["Node.js", "PostgreSQL"]],
    ]);
  });

  it("'MSc Informatics (2015 – 2017)': the dates' brackets go with the dates", () => {
    const r = parse(`# Jane Doe\n\n${JOB}\n## Education\n\n**University of Porto** — MSc Informatics Engineering (2015 – 2017)\n`);
    expect(r.education[0]).toMatchObject({ institution: "University of Porto", degree: "MSc", field: "Informatics Engineering" });
  });
});
