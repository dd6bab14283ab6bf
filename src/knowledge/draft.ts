// What a format parser hands over: a résumé not yet validated, and where each part came from.
import { fromZodIssues, KnowledgeError, KnowledgeErrors } from "./errors.js";
import { modelSchemas, type Job, type Resume } from "./model.js";
import { parseTolerantly, REMOVED } from "./tolerant.js";
import { pushAll } from "./arrays.js";

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

/** A résumé read tolerantly: what could be read, and a warning for each field that could not. */
export interface ReadResume {
  resume: Resume;
  warnings: KnowledgeError[];
}

/** The section a job goes to when its dates cannot be read: kept, searchable, answered from. */
export const UNDATED_SECTION = { id: "experience-dates-not-given", title: "Experience (dates not given)" };

/**
 * Validates a draft tolerantly: each field the model cannot take is a warning and is dropped, a job
 * without readable dates moves to UNDATED_SECTION, a missing name becomes "The candidate". Only a draft
 * with neither a name nor any section is refused (KnowledgeErrors).
 */
export function readDraft(draft: Draft): ReadResume | KnowledgeErrors {
  const r = structuredClone(draft.resume);
  const warnings: KnowledgeError[] = [];
  if (!r.person.name.trim()) {
    const empty = !r.experience.length && !r.education.length && !r.skills.length && !r.extras.length && !r.summary.length && !r.languages.length;
    const missing = new KnowledgeError(draft.file, draft.lines.get("person.name"), "person.name", HINTS.name!);
    if (empty) return new KnowledgeErrors([missing, new KnowledgeError(draft.file, undefined, "(file)", "no section found: nothing to answer from")]);
    warnings.push(missing);
    r.person.name = "The candidate";
  }
  const known = new Map((draft.problems ?? []).map((p) => [p.field, p.reason]));
  const undated: string[] = [];
  const { data, warnings: found } = parseTolerantly(r, (v) => withHints(modelSchemas().ResumeSchema.safeParse(v)), {
    file: draft.file,
    lineOf: (path) => draft.lines.get(path.join(".")),
    known,
    rescue: (path, root) => rescueJob(path, root as DraftResume, undated),
  });
  pushAll(warnings, found);
  const reported = new Set(found.map((w) => w.field));
  for (const p of draft.problems ?? []) if (!reported.has(p.field)) warnings.push(p);
  if (!data) return new KnowledgeErrors(warnings.length ? warnings : [new KnowledgeError(draft.file, undefined, "(file)", "could not be read")]);
  if (undated.length) data.extras.push({ ...UNDATED_SECTION, items: undated });
  return { resume: data, warnings: warnings.sort(byLine) };
}

/** A job whose dates cannot be read leaves `experience` for the undated section; a missing role or employer is said so. */
function rescueJob(path: ReadonlyArray<PropertyKey>, root: DraftResume, undated: string[]): boolean {
  if (path[0] !== "experience" || typeof path[1] !== "number") return false;
  const job = root.experience[path[1]] as DraftJob | symbol | undefined;
  if (!job || typeof job !== "object") return false;
  const field = path[2];
  if (field === "role" || field === "employer") {
    if (!job[field]?.trim()) {
      job[field] = field === "role" ? "role not given" : "employer not given";
      return true;
    }
    return false;
  }
  if (field !== "start" && field !== "end") return false;
  const head = [job.role, job.employer].filter((t) => t?.trim()).join(" at ");
  const body = [job.about, ...job.projects, ...job.areas, ...job.responsibilities, ...job.achievements, ...job.details].filter(Boolean).join(" ");
  undated.push([head, body].filter(Boolean).join(": ") || "a job");
  (root.experience as unknown[])[path[1]] = REMOVED;
  return true;
}

function withHints<T>(result: ReturnType<ReturnType<typeof modelSchemas>["ResumeSchema"]["safeParse"]> & { data?: T }) {
  if (result.success) return result;
  const issues = result.error.issues.map((issue) => {
    const last = issue.path[issue.path.length - 1];
    const hint = typeof last === "string" ? HINTS[last] : undefined;
    const missing = issue.code === "invalid_type" || (issue.code === "too_small" && issue.origin === "string");
    return hint && missing ? { ...issue, message: hint } : issue;
  });
  return { success: false as const, error: { issues: withoutEchoes(issues) } };
}

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
