// Several résumé files in one folder (say resume.md and resume.json) → one résumé.
import { mergeContacts } from "./contacts.js";
import type { Resume } from "./model.js";
import { compareYearMonth } from "./model.js";

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
    out.summary.push(...r.summary.filter((s) => !out.summary.includes(s)));
    for (const job of r.experience) {
      const same = out.experience.find(
        (j) => j.employer.toLowerCase() === job.employer.toLowerCase() && compareYearMonth(j.start, job.start) === 0,
      );
      if (!same) out.experience.push(job);
    }
    out.education.push(...r.education.filter((e) => !out.education.some((x) => x.institution === e.institution)));
    out.skills.push(...r.skills);
    out.languages.push(...r.languages.filter((l) => !out.languages.some((x) => x.name === l.name)));
    out.extras.push(...r.extras.filter((e) => !out.extras.some((x) => x.id === e.id)));
    out.sources.push(...r.sources);
  }
  out.experience = sortJobs(out.experience);
  return out;
}
