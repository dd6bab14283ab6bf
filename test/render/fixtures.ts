// Hand-made résumés for the render tests: a fictional person with a non-ASCII name and awkward data
// (overlapping jobs, year-only dates, a very long employer name, markup characters), and a minimal one.
import type { Job, Resume } from "../../src/knowledge/model.js";
import { modelSchemas } from "../../src/knowledge/model.js";

function job(fields: Partial<Job> & Pick<Job, "id" | "employer" | "role" | "start" | "end">): Job {
  return { projects: [], areas: [], achievements: [], responsibilities: [], details: [], technologies: [], ...fields };
}

export function zoeResume(): Resume {
  return modelSchemas().ResumeSchema.parse({
    person: {
      name: "Zoë Müller-Łukasiewicz",
      headline: "Staff Engineer, data platforms",
      location: "Zürich",
      contacts: [
        { kind: "email", value: "zoe@example.org", url: "mailto:zoe@example.org" },
        { kind: "github", value: "github.com/zoe-example", url: "https://github.com/zoe-example" },
        { kind: "phone", value: "+41 44 000 00 00", url: "tel:+41440000000" },
      ],
    },
    summary: ["I design storage engines and the teams that build them. Rust & C++ <daily>."],
    experience: [
      job({
        id: "fjord-analytics-2022",
        employer: "Fjørd Analytics AG",
        role: "Staff Engineer",
        team: "Storage <Core> & Query",
        start: { year: 2022, month: 2 },
        end: null,
        about: "Fjørd Analytics sells a columnar database.",
        areas: ["Columnar storage engine.", "Query planner."],
        achievements: [
          "Cut p99 query latency from 2.1 s to 180 ms by rewriting the scan path around SIMD decoding.",
          "Led a team of six through the move from a single-node engine to a replicated one, without a day of downtime.",
        ],
        technologies: ["Rust", "C++", "Kubernetes", "Parquet"],
      }),
      // Overlaps the job above: a part-time lecturing role.
      job({
        id: "eth-zurich",
        employer: "ETH Zürich",
        role: "Guest Lecturer (part-time)",
        start: { year: 2021, month: 9 },
        end: { year: 2023, month: 6 },
        details: ["Taught the graduate course on database internals, two semesters."],
        technologies: ["SQL"],
      }),
      job({
        id: "fjord-analytics-2019",
        employer: "Fjørd Analytics AG",
        role: "Senior Software Engineer",
        start: { year: 2019, month: 4 },
        end: { year: 2022, month: 1 },
        achievements: ["Built the ingestion pipeline that now takes 4 TB a day."],
        technologies: ["Go", "Kafka", "PostgreSQL"],
      }),
      job({
        id: "the-very-long-named-company",
        employer:
          "The International Consortium for Very Long Company Names and Other Typographic Hazards GmbH & Co. KG",
        role: "Software Engineer in the Department of Extremely Descriptive Team Titles",
        start: { year: 2015 },
        end: { year: 2019 },
        details: ["Maintained the billing system. " + "It was large. ".repeat(40).trim()],
        technologies: ["Java", "Oracle"],
      }),
      job({
        id: "cafe-ounce",
        employer: "Café «Ounce» & Søn",
        role: "Junior Developer",
        start: { year: 2013, month: 7 },
        end: { year: 2015, month: 1 },
        responsibilities: ["Point-of-sale software."],
        technologies: ["PHP", "MySQL"],
      }),
    ],
    education: [
      {
        institution: "Universität Zürich",
        degree: "MSc",
        field: "Computer Science",
        start: { year: 2011 },
        end: { year: 2013 },
        details: ["Thesis on learned indexes."],
      },
    ],
    skills: [
      { name: "Languages", items: ["Rust", "C++", "Go", "Java"] },
      { name: "Data", items: ["PostgreSQL", "Kafka", "Parquet"] },
    ],
    languages: [
      { name: "German", fluency: "native" },
      { name: "English", fluency: "fluent" },
      { name: "Polish", fluency: "conversational" },
    ],
    extras: [{ id: "talks", title: "Talks", items: ["“Columnar at scale”, VLDB 2024 industry track"] }],
    sources: ["test/render/fixtures.ts"],
  });
}

/** One job, no education, no extras: the least a résumé can be. */
export function singleJobResume(): Resume {
  return modelSchemas().ResumeSchema.parse({
    person: { name: "Sam Lee", contacts: [] },
    summary: [],
    experience: [job({ id: "acme", employer: "Acme", role: "Developer", start: { year: 2020 }, end: null })],
    education: [],
    skills: [],
    languages: [],
    extras: [],
    sources: [],
  });
}

/** Pinned "now" so pictures and PDFs are byte-for-byte reproducible. */
export const NOW = new Date("2026-11-26T12:00:00Z");
