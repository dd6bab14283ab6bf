// Pins what the bundled CV (knowledge/resume.md) parses into, so generalising the Markdown parser for other
// CV styles cannot quietly change the answers about the bundled candidate.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";

const resume = loadKnowledge("knowledge").resume;
const job = (id: string) => {
  const found = resume.experience.find((j) => j.id === id);
  if (!found) throw new Error(`no job ${id}`);
  return found;
};

describe("bundled knowledge/resume.md", () => {
  it("keeps every employer, role, team and period", () => {
    expect(
      resume.experience.map((j) => [j.id, j.employer, j.role, j.team ?? null, j.start, j.end]),
    ).toEqual([
      ["workato-2023", "Workato", "Software Engineer", "Rust Team", { year: 2023, month: 9 }, null],
      ["workato-2021", "Workato", "Software Engineer", "Infrastructure R&D Team", { year: 2021, month: 6 }, { year: 2023, month: 9 }],
      ["scylladb", "ScyllaDB Inc.", "Senior Software Engineer", null, { year: 2019, month: 10 }, { year: 2021, month: 5 }],
      ["nimses", "Nimses", "Principal Software Engineer", null, { year: 2017, month: 3 }, { year: 2019, month: 9 }],
      ["exit-games", "Exit Games", "Site Reliability Engineer", null, { year: 2014, month: 11 }, { year: 2017, month: 4 }],
      ["neodinamika", "Neodinamika", "Team Lead, Software Engineer", null, { year: 2009, month: 8 }, { year: 2014, month: 9 }],
      ["other-companies", "Other companies", "Software Engineer", null, { year: 2003 }, { year: 2009 }],
    ]);
  });

  it("keeps the person, headline and contacts", () => {
    expect(resume.person.name).toBe("Ivan Prisyazhnyy");
    expect(resume.person.headline).toBe("Software Engineer (SWE)");
    expect(resume.person.contacts.map((c) => [c.kind, c.value])).toEqual([
      ["linkedin", "linkedin.com/in/prisyaznyy"],
      ["twitter", "twitter.com/JohnKoepi"],
      ["github", "github.com/sitano"],
      ["website", "sitano.github.io"],
    ]);
  });

  it("keeps the education entry", () => {
    expect(resume.education).toEqual([
      {
        institution: "Immanuel Kant Baltic Federal University",
        url: "https://kantiana.ru/",
        degree: "Specialist degree (like a Bachelor but 5 years)",
        field: "Computational and Applied Mathematics",
        start: { year: 2002 },
        end: { year: 2011 },
        details: [],
      },
    ]);
  });

  it("keeps the BONUS extras", () => {
    expect(resume.extras).toEqual([
      {
        id: "bonus",
        title: "BONUS",
        items: [
          "Hydra conference Program Committee member (https://hydraconf.com/)",
          "DistSys groups slack member (papers reading club)",
          "Meetups talks",
        ],
      },
    ]);
  });

  it("finds each job's technologies", () => {
    expect(job("workato-2023").technologies).toEqual(["Rust", "MariaDB", "AWS"]);
    expect(job("workato-2023").technologies).not.toContain("R");
    expect(job("workato-2021").technologies).toEqual(expect.arrayContaining(["Rust", "Go", "C", "C++", "Ruby", "Linux", "Kubernetes"]));
    expect(job("workato-2021").technologies).not.toContain("R");
    expect(job("scylladb").technologies).toEqual(expect.arrayContaining(["C++", "Go", "AWS", "Python", "Java"]));
    expect(job("nimses").technologies).toEqual(expect.arrayContaining(["Go", "gRPC", "Kubernetes", "PostgreSQL", "Redis", "Kafka"]));
    expect(job("exit-games").technologies).toEqual(expect.arrayContaining(["Go", "PowerShell", "C#", "Nginx", "Consul", "Docker"]));
    expect(job("neodinamika").technologies).toEqual(expect.arrayContaining(["Java", "Scala", "Redis", "MySQL", "MongoDB"]));
    expect(job("other-companies").technologies).toEqual([]);
  });

  it("parses exactly as the snapshot taken before the parser was generalised (technologies aside)", () => {
    const snapshot = JSON.parse(readFileSync("test/fixtures/bundled-resume.snapshot.json", "utf8"));
    const withoutTechs = structuredClone(resume);
    for (const j of withoutTechs.experience) delete (j as { technologies?: string[] }).technologies;
    expect(JSON.parse(JSON.stringify(withoutTechs))).toEqual(snapshot);
  });
});
