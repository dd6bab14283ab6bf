// Markdown CVs written in styles other than the bundled one: bold-line jobs with ISO dates (Alice), and
// "## Employment" / "### Company" / role on its own line (Bob). Both folders double as KNOWLEDGE_DIRs.
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { Resume } from "../../src/knowledge/model.js";

const periods = (r: Resume) => r.experience.map((j) => [j.employer, j.role, j.start, j.end]);
const job = (r: Resume, id: string) => {
  const found = r.experience.find((j) => j.id === id);
  if (!found) throw new Error(`no job ${id}`);
  return found;
};

describe("cv-alice: bold-line jobs, ISO dates, skill categories, a Languages section", () => {
  const r = loadKnowledge("test/fixtures/cv-alice").resume;

  it("reads the header: name, headline, place and contacts", () => {
    expect(r.person).toEqual({
      name: "Alice Novak",
      headline: "Backend Engineer",
      location: "Prague, Czech Republic",
      contacts: [
        { kind: "email", value: "alice.novak@example.com", url: "mailto:alice.novak@example.com" },
        { kind: "github", value: "github.com/alice-novak-dev", url: "https://github.com/alice-novak-dev" },
        { kind: "linkedin", value: "linkedin.com/in/alice-novak-example", url: "https://www.linkedin.com/in/alice-novak-example" },
      ],
    });
    expect(r.summary).toHaveLength(1);
    expect(r.summary[0]).toMatch(/^Backend engineer with eight years/);
  });

  it("reads every job with its dates, the current one open-ended", () => {
    expect(periods(r)).toEqual([
      ["Parcelwise", "Senior Backend Engineer", { year: 2021, month: 6 }, null],
      ["Coinbridge s.r.o.", "Backend Engineer", { year: 2018, month: 2 }, { year: 2021, month: 5 }],
      ["Tramline Labs", "Junior Developer", { year: 2016, month: 9 }, { year: 2018, month: 1 }],
    ]);
    expect(r.experience.map((j) => j.location)).toEqual(["Prague", "Brno", "Brno"]);
    expect(job(r, "coinbridge-s-r-o").about).toBe("Coinbridge is a payments gateway for Central European banks.");
  });

  it("finds each job's technologies, from its text and its 'Stack:' bullet", () => {
    expect(job(r, "parcelwise").technologies).toEqual(["Go", "PostgreSQL", "Kafka"]);
    expect(job(r, "coinbridge-s-r-o").technologies).toEqual(["Python", "Django", "PostgreSQL", "Redis", "Docker", "RabbitMQ"]);
    expect(job(r, "tramline-labs").technologies).toEqual(["PHP", "MySQL"]);
  });

  it("reads education, skills and languages", () => {
    expect(r.education).toEqual([
      {
        institution: "Brno University of Technology",
        degree: "MSc",
        field: "Computer Science",
        start: { year: 2014 },
        end: { year: 2016 },
        details: [],
      },
    ]);
    expect(r.skills).toEqual([
      { name: "Programming", items: ["Go", "Python", "SQL"] },
      { name: "Data", items: ["PostgreSQL", "Kafka", "Redis"] },
      { name: "Infrastructure", items: ["Docker", "Kubernetes", "Terraform"] },
    ]);
    expect(r.languages).toEqual([
      { name: "Czech", fluency: "native" },
      { name: "English", fluency: "C1" },
      { name: "German", fluency: "B2" },
    ]);
    expect(r.extras).toEqual([]);
  });
});

describe("cv-bob: ## Employment, ### Company, role on its own line, a setext title", () => {
  const r = loadKnowledge("test/fixtures/cv-bob").resume;

  it("reads the header: name, headline, place, e-mail, phone and website", () => {
    expect(r.person.name).toBe("Bob Okafor");
    expect(r.person.headline).toBe("Site Reliability Engineer");
    expect(r.person.location).toBe("Lagos, Nigeria");
    expect(r.person.contacts.map((c) => [c.kind, c.value, c.url])).toEqual([
      ["email", "bob.okafor@example.net", "mailto:bob.okafor@example.net"],
      ["phone", "+234 803 555 0199", "tel:+2348035550199"],
      ["website", "bob-okafor.example.net", "https://bob-okafor.example.net"],
    ]);
    expect(r.summary).toEqual(["SRE who likes boring, observable systems and short incident reviews."]);
  });

  it("reads every job: employer from the heading, role from the line under it, 'Sept 2019 – Present'", () => {
    expect(periods(r)).toEqual([
      ["Kestrel Payments", "Lead Site Reliability Engineer", { year: 2019, month: 9 }, null],
      ["Sunbird Logistics", "Systems Administrator", { year: 2015, month: 1 }, { year: 2019, month: 8 }],
      ["Freelance", "Web Developer", { year: 2012 }, { year: 2014 }],
    ]);
    expect(r.experience.map((j) => j.location)).toEqual(["Remote", "Lagos", undefined]);
    expect(job(r, "freelance").details).toEqual(["Built small business websites in PHP and WordPress."]);
  });

  it("finds each job's technologies", () => {
    expect(job(r, "kestrel-payments").technologies).toEqual(["Kubernetes", "AWS", "Prometheus", "Grafana"]);
    expect(job(r, "sunbird-logistics").technologies).toEqual(["Ansible", "Terraform", "Nagios", "Prometheus"]);
    expect(job(r, "freelance").technologies).toContain("PHP");
  });

  it("reads education, skill lines, languages, and keeps Publications as a searchable extra", () => {
    expect(r.education).toEqual([
      {
        institution: "University of Lagos",
        degree: "B.Sc.",
        field: "Electrical Engineering",
        start: { year: 2008 },
        end: { year: 2012 },
        details: [],
      },
    ]);
    expect(r.skills).toEqual([
      { name: "Cloud", items: ["AWS", "Kubernetes", "Terraform"] },
      { name: "Observability", items: ["Prometheus", "Grafana", "Loki"] },
    ]);
    expect(r.languages).toEqual([
      { name: "English", fluency: "fluent" },
      { name: "Yoruba", fluency: "native" },
      { name: "French", fluency: "basic" },
    ]);
    expect(r.extras).toEqual([
      {
        id: "publications",
        title: "Publications",
        items: [
          '"Paging less: SLOs for small teams", SREcon Africa, 2022',
          '"Terraform at a payments startup", DevOps Lagos blog, 2020',
        ],
      },
    ]);
  });
});
