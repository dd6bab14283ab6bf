// The résumé cut into chunks: one per job, per school, per extra section, plus summary, skills, languages
// and contacts. Ids are stable (derived from names), so they can be cited as sources and put in buttons.
import { formatPeriod } from "./dates.js";
import { slug } from "./ids.js";
import type { Job, Resume } from "./model.js";
import { jobText } from "./technologies.js";

export type ChunkKind = "summary" | "job" | "education" | "skills" | "languages" | "contacts" | "extra";

export interface Chunk {
  /** "experience/scylladb", "education/immanuel-kant-baltic-federal-university", "extras/bonus", "summary". */
  id: string;
  kind: ChunkKind;
  /** Breadcrumb: "Experience › ScyllaDB Inc. — Senior Software Engineer". */
  title: string;
  /** "Oct 2019 – May 2021" where the chunk has dates. */
  period?: string;
  technologies: string[];
  /** Sentences and bullets: the units a reply quotes. */
  passages: string[];
  /** For jobs: the job itself. */
  job?: Job;
}

export function jobTitle(job: Job): string {
  return `${job.employer} — ${job.role}${job.team ? `, ${job.team}` : ""}`;
}

function jobChunk(job: Job): Chunk {
  return {
    id: `experience/${job.id}`,
    kind: "job",
    title: `Experience › ${jobTitle(job)}`,
    period: formatPeriod(job.start, job.end),
    technologies: job.technologies,
    passages: [jobTitle(job), ...jobText(job).split("\n").filter(Boolean).flatMap(sentences)],
    job,
  };
}

function educationChunk(e: Resume["education"][number]): Chunk {
  return {
    id: `education/${slug(e.institution)}`,
    kind: "education",
    title: `Education › ${e.institution}`,
    period: e.start && e.end ? formatPeriod(e.start, e.end) : undefined,
    technologies: [],
    passages: [e.institution, [e.degree, e.field].filter(Boolean).join(", "), ...e.details].filter(Boolean),
  };
}

/** The résumé → searchable chunks: the summary, each job, each school, skills, languages, extras, contacts. */
export function buildChunks(resume: Resume): Chunk[] {
  const chunks: Chunk[] = [];
  if (resume.summary.length || resume.person.headline) {
    chunks.push({
      id: "summary",
      kind: "summary",
      title: "Summary",
      technologies: [],
      passages: [resume.person.headline ?? "", ...resume.summary.flatMap(sentences)].filter(Boolean),
    });
  }
  for (const job of resume.experience) chunks.push(jobChunk(job));
  for (const e of resume.education) chunks.push(educationChunk(e));
  if (resume.skills.length) {
    chunks.push({
      id: "skills",
      kind: "skills",
      title: "Skills",
      technologies: resume.skills.flatMap((s) => s.items),
      passages: resume.skills.map((s) => `${s.name}: ${s.items.join(", ")}`),
    });
  }
  if (resume.languages.length) {
    chunks.push({
      id: "languages",
      kind: "languages",
      title: "Languages",
      technologies: [],
      passages: resume.languages.map((l) => (l.fluency ? `${l.name} (${l.fluency})` : l.name)),
    });
  }
  for (const extra of resume.extras) {
    chunks.push({ id: `extras/${extra.id}`, kind: "extra", title: extra.title, technologies: [], passages: extra.items.flatMap(itemPassages) });
  }
  chunks.push({
    id: "contacts",
    kind: "contacts",
    title: "Contacts",
    technologies: [],
    passages: [resume.person.name, ...resume.person.contacts.map((c) => `${c.kind}: ${c.value}`)],
  });
  return chunks;
}

/**
 * An item's sentences, each after the first naming the item ("Project Ampy: It parses …"), so a passage
 * quoted alone still says what it is about.
 */
function itemPassages(item: string): string[] {
  const [first, ...rest] = sentences(item);
  if (!first) return [];
  const head = /^([^:.!?]{2,60}):\s/.exec(first)?.[1] ?? (first.length <= 60 ? first.replace(/[.!?]$/, "") : undefined);
  return [first, ...rest.map((s) => (head ? `${head}: ${s}` : s))];
}

/** Splits a paragraph into sentences, keeping abbreviations like "ie" and "e.g." and versions like "v1.2" whole. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
