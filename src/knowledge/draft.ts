// What a format parser hands over: a résumé not yet validated, and where each part came from.
import { fromZodIssues, KnowledgeErrors, type KnowledgeError } from "./errors.js";
import { modelSchemas, type Job, type Resume } from "./model.js";

export type DraftJob = Omit<Job, "start" | "end"> & Partial<Pick<Job, "start" | "end">>;
export type DraftResume = Omit<Resume, "experience"> & { experience: DraftJob[] };

export interface Draft {
  file: string;
  /** "experience.2" → the line where that job starts; "person.name" → the title's line. */
  lines: Map<string, number>;
  resume: DraftResume;
  /**
   * What the parser already knows is wrong, said better than the schema could ("2019-13": there is no
   * month 13, rather than "no dates found"). Replaces the schema's issue for the same field.
   */
  problems?: KnowledgeError[];
}

/** What to tell an author when a field is missing, by the field's last path segment. */
const HINTS: Record<string, string> = {
  start: 'no dates found: write the period as e.g. "Oct 2019 – May 2021" or "2019 – present"',
  employer: 'no employer found: write the heading as e.g. "Engineer at Acme" or "Acme — Engineer"',
  role: 'no role found: write the heading as e.g. "Engineer at Acme" or "Acme — Engineer", or the role on the line under "### Acme"',
  name: "the candidate's name is missing: start the file with a heading such as \"# Jane Doe\"",
  institution: "no school or university named",
};

export function validateDraft(draft: Draft): Resume | KnowledgeErrors {
  const parsed = modelSchemas().ResumeSchema.safeParse(draft.resume);
  const problems = draft.problems ?? [];
  if (parsed.success) return problems.length ? new KnowledgeErrors(problems) : parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const last = issue.path[issue.path.length - 1];
    const hint = typeof last === "string" ? HINTS[last] : undefined;
    const missing = issue.code === "invalid_type" || (issue.code === "too_small" && issue.origin === "string");
    return hint && missing ? { ...issue, message: hint } : issue;
  });
  const found = fromZodIssues(draft.file, withoutEchoes(issues), (path) => draft.lines.get(path.join("."))).errors;
  const known = new Set(problems.map((p) => p.field));
  return new KnowledgeErrors([...problems, ...found.filter((e) => !known.has(e.field))].sort(byLine));
}

/** A job with no dates has neither start nor end; one message about the start says it all. */
function withoutEchoes<T extends { path: PropertyKey[] }>(issues: T[]): T[] {
  const key = (path: PropertyKey[]) => path.map(String).join(".");
  const missingStarts = new Set(issues.filter((i) => i.path[i.path.length - 1] === "start").map((i) => key(i.path.slice(0, -1))));
  return issues.filter((i) => !(i.path[i.path.length - 1] === "end" && missingStarts.has(key(i.path.slice(0, -1)))));
}

function byLine(a: KnowledgeError, b: KnowledgeError): number {
  return (a.line ?? 0) - (b.line ?? 0);
}
