// Several résumé files in one folder (say resume.md and resume.json) → one résumé. The first file leads
// (its name, headline, wording); later files add what it lacks: the same job, school, skill group,
// language or section found in two files becomes one, with both files' facts.
import { mergeContacts } from "./contacts.js";
import { assignJobIds, slug } from "./ids.js";
import type { Education, Job, Resume, Section, SkillGroup } from "./model.js";
import { compareYearMonth } from "./model.js";
import { pushAll } from "./arrays.js";

/** Newest job first; a current job (no end) before finished ones that started later. */
export function sortJobs<T extends Pick<Resume["experience"][number], "start" | "end">>(jobs: T[]): T[] {
  return [...jobs].sort((a, b) => {
    if ((a.end === null) !== (b.end === null)) return a.end === null ? -1 : 1;
    return compareYearMonth(b.start, a.start);
  });
}

export function mergeDrafts(resumes: Resume[]): Resume {
  const [first, ...rest] = resumes;
  if (!first) throw new Error("mergeDrafts needs at least one résumé");
  const out: Resume = structuredClone(first);
  for (const r of rest) {
    out.person.headline ??= r.person.headline;
    out.person.location ??= r.person.location;
    mergeContacts(out.person.contacts, r.person.contacts);
    pushAll(out.summary, r.summary.filter((s) => !out.summary.includes(s)));
    for (const job of r.experience) {
      const same = out.experience.find((j) => sameJob(j, job));
      if (same) mergeJob(same, job);
      else out.experience.push(structuredClone(job));
    }
    for (const e of r.education) {
      const same = out.education.find((x) => x.institution.toLowerCase() === e.institution.toLowerCase());
      if (same) mergeEducation(same, e);
      else out.education.push(structuredClone(e));
    }
    for (const g of r.skills) mergeNamed(out.skills, g, (x) => x.name.toLowerCase());
    for (const l of r.languages) {
      const same = out.languages.find((x) => x.name.toLowerCase() === l.name.toLowerCase());
      if (same) same.fluency ??= l.fluency;
      else out.languages.push({ ...l });
    }
    for (const s of r.extras) mergeNamed(out.extras, s, (x) => x.id);
    pushAll(out.sources, r.sources);
  }
  out.experience = sortJobs(out.experience);
  // Each file numbered its own jobs; two files can both have an "acme". Ids are renewed over the whole.
  if (resumes.length > 1) assignJobIds(out.experience).forEach((id, i) => (out.experience[i]!.id = id));
  return out;
}

/**
 * One job written in two files: the same employer (ignoring "Inc." and case) starting in the same year,
 * and the same month where both give one ("2020" in Markdown and "2020-03" in JSON are the same job).
 */
function sameJob(a: Job, b: Job): boolean {
  if (slug(a.employer) !== slug(b.employer) || a.start.year !== b.start.year) return false;
  return a.start.month === undefined || b.start.month === undefined || a.start.month === b.start.month;
}

const JOB_LISTS = ["projects", "areas", "achievements", "responsibilities", "details", "technologies"] as const;

function mergeJob(into: Job, more: Job): void {
  into.team ??= more.team;
  into.location ??= more.location;
  into.url ??= more.url;
  into.about ??= more.about;
  if (!into.start.month && more.start.month) into.start = more.start;
  if (into.end && more.end && !into.end.month && more.end.month && into.end.year === more.end.year) into.end = more.end;
  for (const key of JOB_LISTS) addMissing(into[key], more[key]);
}

function mergeEducation(into: Education, more: Education): void {
  into.url ??= more.url;
  into.degree ??= more.degree;
  into.field ??= more.field;
  into.start ??= more.start;
  into.end ??= more.end;
  addMissing(into.details, more.details);
}

/** A skill group or a section with the same name as one already there adds its new items to it. */
function mergeNamed<T extends SkillGroup | Section>(into: T[], more: T, key: (x: T) => string): void {
  const same = into.find((x) => key(x) === key(more));
  if (same) addMissing(same.items, more.items);
  else into.push(structuredClone(more));
}

function addMissing(into: string[], more: string[]): void {
  for (const item of more) if (!into.some((x) => x.toLowerCase() === item.toLowerCase())) into.push(item);
}
