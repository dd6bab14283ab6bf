// Pins what the bundled CV (knowledge/resume.md) parses into, so generalising the Markdown parser for other
// CV styles cannot quietly change the answers about the bundled candidate.
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

  // Targeted, not a snapshot of the whole parse: each job keeps its "about" line, the line it starts on
  // (error messages and sources point there) and a known sentence in its highlights.
  it("keeps each job's about line, source line and a known highlight; the summary; the source file", () => {
    const highlights = (id: string) => {
      const j = job(id);
      return [...j.projects, ...j.areas, ...j.achievements, ...j.responsibilities, ...j.details].map((h) => JSON.stringify(h));
    };
    const known: [string, number, string, string][] = [
      ["workato-2023", 18, "Workato makes one of the best no-code automation platforms.", "BYOK solution for data-at-rest encryption"],
      ["workato-2021", 46, "Workato makes one of the best no-code automation platforms.", "in-house distributed serverless compute platform"],
      ["scylladb", 78, "ScyllaDB is a high-performance NoSQL database written in C++.", "building Database-as-a-Service (DBaaS)"],
      ["nimses", 97, "Nimses is a social network with blockchain capabilities.", "system comprising hundreds of services running in production"],
      ["exit-games", 135, "Exit Games makes most popular Unity networking framework/platform Photon.", "Cloud Infrastructure and Operations development and support"],
      ["neodinamika", 159, "Neodinamika builds multi-user online games (MMO).", "backend system for this game in Java"],
    ];
    for (const [id, line, about, highlight] of known) {
      expect(job(id).about, id).toBe(about);
      expect(job(id).line, id).toBe(line);
      expect(highlights(id).some((h) => h.includes(highlight)), `${id}: ${highlight}`).toBe(true);
    }
    expect(job("other-companies").line).toBe(181);
    expect(resume.summary).toEqual([
      "I build systems that run on Linux in the Cloud with Open Source. My focus is on Distributed Systems, System Programming, and Databases. With Rust, C/C++, Go, Java, and whatever it takes.",
    ]);
    expect(resume.sources).toEqual(["knowledge/resume.md"]);
  });
});
