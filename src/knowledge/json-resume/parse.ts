// JSON Resume (jsonresume.org, schema v1) → a draft résumé. Every section is kept: work, education, skills
// and languages map onto the model's own parts; volunteering, projects, awards, certificates, publications,
// interests and references become extras — readable one-line items that stay searchable.
import { emailContact, phoneContact, urlContact } from "../contacts.js";
import { formatPeriod, formatYearMonth } from "../dates.js";
import { UNDATED_SECTION, type Draft, type DraftJob } from "../draft.js";
import { parseTolerantly, REMOVED } from "../tolerant.js";
import { fromZodIssues, KnowledgeError } from "../errors.js";
import { assignJobIds, uniqueSlugs } from "../ids.js";
import { compareYearMonth, type Contact, type ContactKind, type Education, type Language, type SkillGroup, type YearMonth } from "../model.js";
import { JsonSyntaxError, locateJsonPaths, pathKey } from "./locate.js";
import { jsonResumeSchema, type JsonResume } from "./schema.js";

export function parseJsonResume(source: string, file: string): Draft {
  let located: Map<string, number>;
  try {
    located = locateJsonPaths(source);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new KnowledgeError(file, e.line, "(json)", `invalid JSON: ${e.reason}`, { cause: e });
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ""));
  } catch (e) {
    // What the scanner lets through and JSON.parse does not (a bad escape such as "\q"): Node 20 gives
    // a character position, turned into a line here.
    const at = /position (\d+)/.exec((e as Error).message);
    const line = at ? source.slice(0, Number(at[1])).split("\n").length : undefined;
    throw new KnowledgeError(file, line, "(json)", `invalid JSON: ${(e as Error).message}`, { cause: e });
  }
  const lineOf = (path: ReadonlyArray<PropertyKey>) => located.get(pathKey(path));
  // Read tolerantly: a field that does not fit the schema is a warning and is dropped (see tolerant.ts);
  // a job whose dates cannot be read is kept in a section of its own.
  const original = structuredClone(json);
  const undated: string[] = [];
  const { data, warnings } = parseTolerantly(json, (v) => jsonResumeSchema().safeParse(v), {
    file,
    lineOf: (path) => lineOf(path),
    rescue: (path, root) => rescueWork(path, root, undated),
  });
  if (!data) throw fromZodIssues(file, jsonResumeSchema().safeParse(original).error?.issues ?? [], lineOf);
  const draft = toDraft(data, file, lineOf);
  if (undated.length) draft.resume.extras.push({ ...UNDATED_SECTION, items: undated });
  return { ...draft, problems: warnings };
}

/** A work entry whose dates cannot be read: out of `work`, into the undated section, in its own words. */
function rescueWork(path: ReadonlyArray<PropertyKey>, root: unknown, undated: string[]): boolean {
  if (path[0] !== "work" || typeof path[1] !== "number" || (path[2] !== "startDate" && path[2] !== "endDate")) return false;
  const work = (root as { work?: unknown[] }).work;
  const entry = work?.[path[1]];
  if (!entry || typeof entry !== "object") return false;
  const w = entry as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
  const highlights = Array.isArray(w.highlights) ? w.highlights.map(text) : [];
  const when = [text(w.startDate), text(w.endDate)].filter(Boolean).join(" – ");
  const head = [text(w.position), text(w.name) ?? text(w.company)].filter(Boolean).join(" at ");
  const body = [when ? `(${when})` : undefined, text(w.summary) ?? text(w.description), ...highlights].filter(Boolean).join(" ");
  undated.push([head, body].filter(Boolean).join(": ") || "a job");
  work![path[1]] = REMOVED;
  return true;
}

function toDraft(r: JsonResume, file: string, lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined): Draft {
  // The model's paths → the JSON's lines, for anything the model's own validation still finds.
  const lines = new Map<string, number>();
  const note = (modelPath: string, jsonPath: (string | number)[]) => {
    const line = lineOf(jsonPath);
    if (line) lines.set(modelPath, line);
  };
  note("person", ["basics"]);
  note("person.name", ["basics", "name"]);

  const experience = r.work.map((w, i) => {
    note(`experience.${i}`, ["work", i]);
    return workToJob(w, lineOf(["work", i]));
  });
  const ids = assignJobIds(experience);

  const education: Education[] = r.education.map((e, i) => {
    note(`education.${i}`, ["education", i]);
    return schoolToEducation(e);
  });

  const skills: SkillGroup[] = r.skills.flatMap((s) => {
    const name = s.name ?? "Skills";
    const items = s.keywords.length ? s.keywords : s.name ? [s.name] : [];
    return items.length ? [{ name: s.level ? `${name} (${s.level})` : name, items }] : [];
  });

  const languages: Language[] = r.languages.flatMap((l) => (l.language ? [{ name: l.language, fluency: l.fluency }] : []));

  const extras = extraSections(r).filter((s) => s.items.length);
  const extraIds = uniqueSlugs(extras.map((s) => s.title));
  extras.forEach((s, i) => note(`extras.${i}`, [s.key]));

  return {
    file,
    lines,
    resume: {
      person: {
        name: r.basics.name,
        headline: r.basics.label,
        location: locationText(r.basics.location),
        contacts: basicsContacts(r.basics),
      },
      summary: r.basics.summary ? paragraphs(r.basics.summary) : [],
      experience: experience.map((j, i) => ({ ...j, id: ids[i]! })),
      education,
      skills,
      languages,
      extras: extras.map((s, i) => ({ id: extraIds[i]!, title: s.title, items: s.items })),
      sources: [file],
    },
  };
}

/** A JSON Resume `work` entry → a job of the model (its id given later, from all the employers). */
function workToJob(w: JsonResume["work"][number], line: number | undefined): Omit<DraftJob, "id"> {
  return {
    employer: w.name,
    role: w.position,
    location: w.location,
    url: w.url,
    start: w.startDate,
    end: w.endDate ?? null,
    about: w.description,
    projects: [],
    areas: [],
    achievements: w.highlights,
    responsibilities: [],
    details: w.summary ? paragraphs(w.summary) : [],
    technologies: [...w.keywords, ...w.technologies, ...w.skills],
    line,
  };
}

/** A JSON Resume `education` entry → the model's. */
function schoolToEducation(e: JsonResume["education"][number]): Education {
  return {
    institution: e.institution,
    url: e.url,
    degree: e.studyType,
    field: e.area,
    start: e.startDate,
    end: e.endDate,
    // One readable line each, so an answer about education can quote them as they are.
    details: [...(e.score ? [`Score: ${e.score}`] : []), ...(e.courses.length ? [`Courses: ${e.courses.join("; ")}`] : [])],
  };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

function locationText(location: JsonResume["basics"]["location"]): string | undefined {
  if (!location) return undefined;
  if (typeof location === "string") return location;
  return [location.city, location.region, location.countryCode].filter(Boolean).join(", ") || undefined;
}

const NETWORKS: Record<string, { kind: ContactKind; host?: string }> = {
  linkedin: { kind: "linkedin", host: "linkedin.com/in" },
  github: { kind: "github", host: "github.com" },
  twitter: { kind: "twitter", host: "twitter.com" },
  x: { kind: "twitter", host: "x.com" },
  telegram: { kind: "telegram", host: "t.me" },
};

function basicsContacts(b: JsonResume["basics"]): Contact[] {
  const contacts: Contact[] = [];
  if (b.email) contacts.push(emailContact(b.email));
  if (b.phone) contacts.push(phoneContact(b.phone));
  if (b.url) contacts.push(urlContact(b.url));
  for (const p of b.profiles) {
    const network = NETWORKS[(p.network ?? "").toLowerCase()];
    // A profile's url sometimes is only the site ("https://twitter.com"); the username then says who.
    const hasPath = !!p.url && /^[a-z]+:\/\/[^/]+\/./i.test(p.url);
    if (p.url && (hasPath || !p.username)) contacts.push(urlContact(p.url, network?.kind));
    else if (p.username && network?.host) contacts.push(urlContact(`https://${network.host}/${p.username}`, network.kind));
    else if (p.username) {
      const site = p.url ? ` (${p.url})` : "";
      contacts.push({ kind: "other", value: `${p.network ?? "profile"}: ${p.username}${site}`, ...(p.url ? { url: p.url } : {}) });
    }
  }
  return contacts;
}

interface ExtraSection {
  /** The JSON key it came from, for its line. */
  key: string;
  title: string;
  items: string[];
}

/** "Jan 2012 – Jan 2013", "since Aug 2016", "Aug 2016", or "" when the entry has no dates. */
function when(start?: YearMonth, end?: YearMonth, ongoing = false): string {
  if (start && end && compareYearMonth(start, end) === 0) return formatYearMonth(start);
  if (start && (end || ongoing)) return formatPeriod(start, end ?? null);
  if (start) return formatYearMonth(start);
  return end ? formatYearMonth(end) : "";
}

/** One readable item: "Title (what, when, where): body". */
function item(head: (string | undefined)[], body: (string | undefined)[]): string {
  const [title, ...more] = head.filter(Boolean);
  const h = [title, more.length ? `(${more.join(", ")})` : undefined].filter(Boolean).join(" ");
  const b = body.filter(Boolean).join(" ");
  return [h, b].filter(Boolean).join(": ");
}

const sentence = (s: string | undefined) => (s && !/[.!?…]$/.test(s) ? `${s}.` : s);

function extraSections(r: JsonResume): ExtraSection[] {
  return [
    {
      // Volunteering stays out of `experience`: questions about jobs, employers and years of experience
      // should count paid work only, yet the volunteering remains searchable here.
      key: "volunteer",
      title: "Volunteering",
      items: r.volunteer.map((v) =>
        item(
          [[v.position, v.organization].filter(Boolean).join(" at "), when(v.startDate, v.endDate, true), v.url],
          [sentence(v.summary), ...v.highlights.map(sentence)],
        ),
      ),
    },
    {
      key: "projects",
      title: "Projects",
      items: r.projects.map((p) =>
        item(
          [p.name, p.entity, p.type, p.roles.join(" and ") || undefined, when(p.startDate, p.endDate), p.url],
          [sentence(p.description), ...p.highlights.map(sentence), p.keywords.length ? `Keywords: ${p.keywords.join(", ")}.` : undefined],
        ),
      ),
    },
    {
      key: "awards",
      title: "Awards",
      items: r.awards.map((a) => item([a.title, a.awarder, when(a.date)], [sentence(a.summary)])),
    },
    {
      key: "certificates",
      title: "Certificates",
      items: r.certificates.map((c) => item([c.name, c.issuer, when(c.date), c.url], [])),
    },
    {
      key: "publications",
      title: "Publications",
      items: r.publications.map((p) => item([p.name, p.publisher, when(p.releaseDate), p.url], [sentence(p.summary)])),
    },
    {
      key: "interests",
      title: "Interests",
      items: r.interests.map((i) => item([i.name], [i.keywords.join(", ")])),
    },
    {
      key: "references",
      title: "References",
      items: r.references.map((ref) => item([ref.name], [ref.reference ? `“${ref.reference}”` : undefined])),
    },
  ].map((s) => ({ ...s, items: s.items.filter(Boolean) }));
}
