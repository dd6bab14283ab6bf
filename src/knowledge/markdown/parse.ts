// A Markdown CV → a draft résumé (not yet validated) plus the line of each part, for error messages.
// Nothing here knows the bundled candidate: sections are recognised by their titles, jobs by headings or
// bold lines, dates by their many written forms.
import { findContacts, mergeContacts } from "../contacts.js";
import { explainBadDate, findDateRange, type DateRange } from "../dates.js";
import type { Draft } from "../draft.js";
import { KnowledgeError } from "../errors.js";
import { assignJobIds, uniqueSlugs } from "../ids.js";
import type { Contact, Education, Job, Language, SkillGroup } from "../model.js";
import { isEmphasisOnly, paragraph, plain, toBlocks, type Block } from "./blocks.js";
import { readHeader } from "./header.js";
import { promoteSectionLines, sectionKind, type SectionKind } from "./sections.js";
import { DEGREE_WORDS, ROLE_WORDS, SCHOOL_WORDS } from "./words.js";

interface Section {
  kind: SectionKind;
  title: string;
  line: number;
  level: number;
  blocks: Block[];
}

type DraftJob = Omit<Job, "id" | "start" | "end"> & Partial<Pick<Job, "start" | "end">>;

export function parseMarkdownResume(source: string, file: string): Draft {
  const blocks = promoteSectionLines(toBlocks(source));
  const lines = new Map<string, number>();
  // The title is the first heading, unless it already opens a section ("## Experience" in a CV with no name).
  const titleIndex = blocks.findIndex((b) => b.kind === "heading");
  const untitled = titleIndex >= 0 && sectionKind((blocks[titleIndex] as { text: string }).text) !== "other";
  const title = blocks[titleIndex];
  let name = "";
  let preamble: Block[] = [];
  let rest = blocks;
  if (title && title.kind === "heading" && !untitled) {
    name = plain(title.text);
    lines.set("person.name", title.line);
    preamble = blocks.slice(0, titleIndex);
    rest = blocks.slice(titleIndex + 1);
  }

  const sections = splitSections(rest, title?.kind === "heading" && !untitled ? title.level : 0);
  // Blocks before the first section heading belong to the header: links, headline, contacts.
  const firstSection = rest.findIndex((b) => b.kind === "heading");
  preamble = preamble.concat(firstSection < 0 ? rest : rest.slice(0, firstSection));

  const header = readHeader(preamble, name);
  name = readableName(header.name);
  const contacts = header.contacts;
  let headline = header.headline;
  const location = header.location;
  const summary = header.summary;
  if (!name) lines.set("person.name", 1);

  const experience: DraftJob[] = [];
  const problems: KnowledgeError[] = [];
  const education: Education[] = [];
  const skills: SkillGroup[] = [];
  const languages: Language[] = [];
  const extras: { title: string; items: string[]; line: number }[] = [];

  for (const section of sections) {
    switch (section.kind) {
      case "summary": {
        for (const block of section.blocks) {
          for (const text of blockTexts([block])) {
            const isHeadline = block.kind === "paragraph" && isEmphasisOnly(block.text) && !headline && !summary.length;
            if (isHeadline) headline = text.replace(/\.$/, "");
            else summary.push(text);
          }
        }
        break;
      }
      case "experience":
        const jobs = parseJobs(section);
        if (!jobs.length && section.blocks.length) {
          problems.push(
            new KnowledgeError(file, section.line, "experience", `no jobs found under "${section.title}": give each job a heading ("### Engineer at Acme") or a bold line ("**Acme** — Engineer") with its dates`),
          );
        }
        for (const { dateProblem, ...job } of jobs) {
          if (dateProblem) problems.push(new KnowledgeError(file, job.line, `experience[${experience.length}].start`, dateProblem));
          lines.set(`experience.${experience.length}`, job.line ?? section.line);
          experience.push(job);
        }
        break;
      case "education":
        for (const entry of parseEducation(section)) {
          lines.set(`education.${education.length}`, entry.line);
          education.push(entry.education);
        }
        break;
      case "skills": {
        const found = parseSkills(section);
        skills.push(...found.skills);
        languages.push(...found.languages);
        break;
      }
      case "languages":
        languages.push(...parseLanguages(section));
        break;
      case "contacts":
        for (const text of blockTexts(section.blocks)) mergeContacts(contacts, findContacts(text));
        break;
      case "other":
        lines.set(`extras.${extras.length}`, section.line);
        extras.push({ title: section.title, items: blockTexts(section.blocks), line: section.line });
        break;
    }
  }

  const ids = assignJobIds(experience);
  const extraIds = uniqueSlugs(extras.map((e) => e.title));
  return {
    file,
    lines,
    problems,
    resume: {
      person: { name, headline, location, contacts },
      summary,
      experience: experience.map((j, i) => ({ ...j, id: ids[i]! })),
      education,
      skills,
      languages,
      extras: extras.map((e, i) => ({ id: extraIds[i]!, title: e.title, items: e.items })),
      sources: [file],
    },
  };
}

/** "CARMEN DUARTE" → "Carmen Duarte": a name typed in capitals for looks, not as an acronym. */
function readableName(name: string): string {
  if (!/\p{Lu}.*\p{Lu}/u.test(name) || name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Top-level sections: headings that name a known section, or sit at the outermost level used. */
function splitSections(blocks: Block[], titleLevel: number): Section[] {
  const headings = blocks.filter((b) => b.kind === "heading");
  const known = headings.filter((h) => sectionKind(h.text) !== "other");
  const sectionLevel = Math.min(
    ...(known.length ? known : headings).map((h) => h.level).filter((l) => l > titleLevel),
    7,
  );
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const b of blocks) {
    if (b.kind === "heading") {
      const kind = sectionKind(b.text);
      const opens = b.level <= sectionLevel || (kind !== "other" && !isEntryContainer(current));
      if (opens) {
        current = { kind, title: plain(b.text), line: b.line, level: b.level, blocks: [] };
        sections.push(current);
        continue;
      }
    }
    current?.blocks.push(b);
  }
  return sections;
}

/** Inside these sections, deeper headings are entries (jobs, schools), whatever their titles say. */
function isEntryContainer(section: Section | undefined): boolean {
  return section?.kind === "experience" || section?.kind === "education";
}

/** The plain text of each paragraph and list item. */
function blockTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") out.push(plain(b.text));
    else if (b.kind === "list") out.push(...b.items.map((i) => plain(i.text)));
    else out.push(plain(b.text));
  }
  return out.filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------
// Experience

interface EntryBlocks {
  header: string;
  line: number;
  blocks: Block[];
}

const BOLD_LEAD = /^(\*\*|__)[^*_]+\1/;

/**
 * Splits a section into entries at sub-headings, or at bold-led lines ("**Acme** — Engineer, Berlin").
 * A bold-led entry's header is its first line; the lines under it (dates, place, text) are its body.
 */
function splitEntries(section: Section): EntryBlocks[] {
  const entries: EntryBlocks[] = [];
  let current: EntryBlocks | undefined;
  // Under "### Acme" a bold line ("**Lead Designer** · 2021 – now") is part of that entry, not a new one.
  const byHeadings = section.blocks.some((b) => b.kind === "heading");
  for (const b of section.blocks) {
    if (b.kind === "heading") {
      current = { header: b.text, line: b.line, blocks: [] };
      entries.push(current);
      continue;
    }
    const [first, ...more] = b.kind === "paragraph" && !byHeadings ? b.lines : [];
    if (first && BOLD_LEAD.test(first.text.trim())) {
      current = { header: first.text, line: first.line, blocks: more.length ? [paragraph(more)] : [] };
      entries.push(current);
      continue;
    }
    current?.blocks.push(b);
  }
  return entries;
}

/** Does the section list its entries under headings or bold-led lines? */
function hasEntryHeaders(section: Section): boolean {
  return section.blocks.some((b) => b.kind === "heading" || (b.kind === "paragraph" && BOLD_LEAD.test(b.lines[0]!.text.trim())));
}

const LABELS: [keyof Pick<DraftJob, "projects" | "areas" | "achievements" | "responsibilities" | "technologies">, RegExp][] = [
  ["projects", /^(key )?projects?$/i],
  ["areas", /^(areas?|focus( areas)?|domains?)$/i],
  ["achievements", /^((key )?(achievements?|accomplishments?)|highlights|results|impact)$/i],
  ["responsibilities", /^(responsibilities|duties|what i did|role)$/i],
  ["technologies", /^(technolog(y|ies)( stack)?|tech( stack)?|stack|tools|environment|skills( used)?)$/i],
];

/** "Stack: Go, Kafka" — a label, a colon, and what it labels. */
const LABELLED = /^([A-Z][\w &/-]{1,40}?):\s*(.*)$/;

function labelField(label: string) {
  return LABELS.find(([, re]) => re.test(label.trim()))?.[0];
}

function parseJobs(section: Section): ParsedJob[] {
  const entries = hasEntryHeaders(section) ? splitEntries(section) : splitDatedEntries(section);
  return entries.map((entry) => parseJob(entry));
}

/**
 * A compact Experience section with no job headings: each line or bullet with dates starts a job
 * ("- Senior Developer, Acme (2020 – present)"); the lines and bullets after it belong to it.
 */
function splitDatedEntries(section: Section): EntryBlocks[] {
  const entries: EntryBlocks[] = [];
  let current: EntryBlocks | undefined;
  const start = (header: string, line: number) => {
    current = { header, line, blocks: [] };
    entries.push(current);
  };
  for (const b of section.blocks) {
    if (b.kind === "paragraph") {
      let pending: { text: string; line: number }[] = [];
      const flush = () => {
        if (pending.length) current?.blocks.push(paragraph(pending));
        pending = [];
      };
      for (const l of b.lines) {
        if (findDateRange(plain(l.text))) {
          flush();
          start(l.text, l.line);
        } else pending.push(l);
      }
      flush();
    } else if (b.kind === "list") {
      for (const item of b.items) {
        const text = plain(item.text);
        const range = findDateRange(text);
        if (!range) {
          current?.blocks.push({ kind: "list", items: [item], line: item.line });
          continue;
        }
        // "Developer, Acme (2020 – present) Owns the payments API.": the header ends with the dates.
        let end = range.index + range.length;
        if (text[end] === ")") end++;
        const tail = text.slice(end).replace(/^[\s.,;:–—-]+/, "");
        if (tail && /^\p{Lu}/u.test(tail) && /\s/.test(tail)) {
          start(text.slice(0, end), item.line);
          current!.blocks.push(paragraph([{ text: tail, line: item.line }]));
        } else start(item.text, item.line);
      }
    } else current?.blocks.push(b);
  }
  return entries;
}

function parseJob(entry: EntryBlocks): ParsedJob {
  const head = parseJobHeader(entry.header);
  const job: ParsedJob = {
    employer: head.employer,
    role: head.role,
    team: head.team,
    location: head.location,
    projects: [],
    areas: [],
    achievements: [],
    responsibilities: [],
    details: [],
    technologies: [...head.technologies],
    line: entry.line,
  };
  let range: DateRange | undefined = head.range;
  let pending: ReturnType<typeof labelField> | undefined;
  const blocks = readLeadingLines(entry.blocks, job);
  // A heading that named only the employer ("### Acme") and no line under it with the role.
  if (!job.employer && job.role && !ROLE_WORDS.test(job.role) && !head.range) [job.employer, job.role] = [job.role, ""];

  for (const block of blocks) {
    if (block.kind === "heading") {
      // A sub-heading inside a job ("#### Achievements") works like a label.
      pending = labelField(plain(block.text).replace(/:$/, ""));
      continue;
    }
    if (block.kind === "list") {
      const field = pending;
      pending = undefined;
      for (const item of block.items) {
        const text = plain(item.text);
        // A labelled bullet ("- Stack: Python, Django") files itself, unless a label above the list did.
        const labelled = field ? undefined : LABELLED.exec(text);
        const own = labelled ? labelField(labelled[1]!) : undefined;
        if (field) addTo(job, field, text);
        else if (own && labelled![2]!.trim()) addTo(job, own, labelled![2]!.trim());
        else job.details.push(text);
      }
      continue;
    }
    let text = plain(block.text);
    if (!range) {
      const found = findDateRange(text);
      if (found) {
        range = found;
        const rest = (text.slice(0, found.index) + text.slice(found.index + found.length)).trim();
        // "(Rust, Go, C/C++, Ruby)" after the dates lists technologies; "(5 years 2 months)" does not.
        const paren = /^\((.*)\)\.?$/.exec(rest);
        if (paren) {
          if (!/\d+\s*(years?|yrs?|months?|mos?)\b/i.test(paren[1]!)) job.technologies.push(...splitList(paren[1]!));
          continue;
        }
        const cleaned = rest.replace(/^[\s,.;·|–—-]+|[\s,.;·|–—-]+$/g, "");
        if (!cleaned) continue;
        if (!job.location && cleaned.length < 60 && !/[.!?]/.test(cleaned)) {
          job.location = cleaned;
          continue;
        }
        text = cleaned;
      }
    }
    const labelled = LABELLED.exec(text);
    const field = labelled ? labelField(labelled[1]!) : undefined;
    if (labelled && field) {
      const body = labelled[2]!.trim();
      if (!body) {
        pending = field;
        continue;
      }
      pending = undefined;
      if (field === "technologies") job.technologies.push(...splitList(body));
      else job[field].push(body);
      continue;
    }
    if (pending) {
      const field = pending;
      pending = undefined;
      if (field === "technologies") job.technologies.push(...splitList(text));
      else job[field].push(text);
      continue;
    }
    if (!job.about && !job.details.length && describesCompany(text, job.employer)) job.about = text;
    else job.details.push(text);
  }
  if (range) {
    job.start = range.start;
    job.end = range.end;
  } else {
    job.dateProblem = [entry.header, ...blockTexts(entry.blocks)].map(explainBadDate).find(Boolean);
  }
  return job;
}

type ParsedJob = DraftJob & { line: number; dateProblem?: string };
type JobField = NonNullable<ReturnType<typeof labelField>>;

function addTo(job: DraftJob, field: JobField, text: string): void {
  if (field === "technologies") job.technologies.push(...splitList(text));
  else job[field].push(text);
}

const PLACE = /^[\p{L} .'-]+,\s*[\p{L} .'-]+$|^remote$/iu;

/** "Berlin, Germany" or "Remote" — but not "Junior Developer, Gamma Oy", which names a role. */
function isPlace(text: string): boolean {
  return PLACE.test(text) && !ROLE_WORDS.test(text);
}

/**
 * The lines right under a job's header: the role or the employer when the header named only one
 * ("### Acme" / "Lead Engineer"), the dates, the place. Each date line becomes a block of its own, so the
 * job's text that follows on the next lines is not read as part of the dates.
 */
function readLeadingLines(blocks: Block[], job: DraftJob): Block[] {
  const [first, ...rest] = blocks;
  if (first?.kind !== "paragraph") return blocks;
  const out: Block[] = [];
  let i = 0;
  for (; i < first.lines.length; i++) {
    const line = first.lines[i]!;
    const text = plain(line.text);
    const range = findDateRange(text);
    const missing = !job.role || !job.employer;
    if (range) {
      // "Lead Engineer, Sept 2019 – Present" under "### Acme": the role and the dates share a line.
      const leftover = (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/^[\s,;·|–—-]+|[\s,;·|–—-]+$/g, "");
      if (missing && leftover && isShortLine(leftover) && !isPlace(leftover)) {
        fillRoleOrEmployer(job, leftover);
        out.push(paragraph([{ text: text.slice(range.index, range.index + range.length), line: line.line }]));
      } else out.push(paragraph([line]));
      continue;
    }
    if (missing && isShortLine(text) && !isPlace(text)) {
      fillRoleOrEmployer(job, text);
      continue;
    }
    if (!job.location && isShortLine(text) && isPlace(text)) {
      job.location = text;
      continue;
    }
    break;
  }
  if (i < first.lines.length) out.push(paragraph(first.lines.slice(i)));
  return [...out, ...rest];
}

/** A line that names something (a role, a company, a place), not a sentence or a labelled list. */
function isShortLine(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !/[.!?:;]$/.test(text) && !LABELLED.test(text);
}

/** The header named one of employer and role; this line names the other ("Lead SRE · Remote"). */
function fillRoleOrEmployer(job: DraftJob, line: string): void {
  const [first, ...place] = line.split(/\s+[|·–—]\s+/);
  const text = first!.trim();
  if (!job.location && place.length) job.location = place.join(", ");
  if (!job.employer && !job.role) {
    // The header held only the dates: this line is the whole "Role, Company" header.
    const head = parseJobHeader(line);
    Object.assign(job, { employer: head.employer, role: head.role });
    job.location ??= head.location;
    job.team ??= head.team;
    return;
  }
  if (!job.employer) {
    const headerIsRole = ROLE_WORDS.test(job.role) && !ROLE_WORDS.test(text);
    if (headerIsRole) job.employer = text;
    else [job.employer, job.role] = [job.role, text];
  } else job.role = text;
  const team = splitTeam(job.role);
  job.role = team.role;
  job.team ??= team.team;
}

/** "Software Engineer in Rust Team" → role "Software Engineer", team "Rust Team". */
function splitTeam(role: string): { role: string; team?: string } {
  const inTeam = /^(.+?)\s+(?:in|on|with)\s+(?:the\s+)?(.+?\b(?:team|group|department|division|squad|unit))$/i.exec(role);
  return inTeam ? { role: inTeam[1]!, team: inTeam[2]! } : { role };
}

/** "Workato makes …", "Acme is a …": the sentence that says what the company does. */
function describesCompany(text: string, employer: string): boolean {
  const first = employer.split(/\s+/)[0]!.toLowerCase();
  return text.toLowerCase().startsWith(first) && /\b(is|was|makes|builds|develops|provides|creates|offers|sells|runs)\b/i.test(text);
}

interface JobHeader {
  employer: string;
  role: string;
  team?: string;
  location?: string;
  range?: DateRange;
  technologies: string[];
}

/**
 * The forms seen in CVs:
 *   "Software Engineer in Rust Team at Workato", "Engineer @ Acme", "Acme — Senior Engineer, Berlin",
 *   "**Acme** | Engineer | 2019 – 2021", "Senior Engineer, Acme (2019 – 2021)", "Software Engineer in other companies".
 */
export function parseJobHeader(raw: string): JobHeader {
  let text = raw.trim();
  const boldLead = /^(\*\*|__)(.+?)\1/.exec(text);
  const range = findDateRange(plain(text));
  text = plain(text);
  if (range) text = (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/\(\s*\)/g, "");
  text = text.replace(/[\s,;·|–—-]+$/g, "").replace(/^[\s,;·|–—-]+/g, "").trim();

  let role = "";
  let employer = "";
  let location: string | undefined;
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(text);
  if (boldLead) {
    employer = plain(boldLead[2]!);
    const rest = text.slice(employer.length).replace(/^[\s,;·|–—:-]+/, "");
    const parts = rest.split(/\s+[|·–—-]\s+|,\s+/).filter(Boolean);
    role = parts.shift() ?? "";
    location = parts.join(", ") || undefined;
    if (!ROLE_WORDS.test(role) && ROLE_WORDS.test(employer)) [role, employer] = [employer, role];
  } else if (at) {
    role = at[1]!;
    const tail = at[2]!.split(/\s+[|·–—-]\s+|,\s+/);
    employer = tail.shift()!;
    location = tail.join(", ") || undefined;
  } else {
    const parts = text.split(/\s+[|·–—-]\s+|,\s+(?=[A-Z])/).filter(Boolean);
    if (parts.length >= 2) {
      const roleIndex = parts.findIndex((p) => ROLE_WORDS.test(p));
      const r = roleIndex >= 0 ? roleIndex : 1;
      role = parts[r]!;
      employer = parts[r === 0 ? 1 : 0]!;
      location = parts.filter((_p, i) => i !== r && i !== (r === 0 ? 1 : 0)).join(", ") || undefined;
    } else {
      // "Software Engineer in other companies": no employer named; the "in …" part stands for it.
      const inPart = /^(.+?)\s+in\s+(.+)$/i.exec(text);
      role = inPart ? inPart[1]! : text;
      employer = inPart ? capitalize(inPart[2]!) : "";
    }
  }
  const split = splitTeam(role);
  role = split.role;
  const team = split.team;
  const techParen = /\(([^)]*)\)\s*$/.exec(employer);
  const technologies: string[] = [];
  if (techParen && techParen[1]!.includes(",")) {
    technologies.push(...splitList(techParen[1]!));
    employer = employer.slice(0, techParen.index).trim();
  }
  return { employer: employer.trim(), role: role.trim(), team, location, range, technologies };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Go, gRPC, AWS/RDS/PostgreSQL and Kafka." → items; "C/C++" stays whole. */
export function splitList(text: string): string[] {
  return text
    .replace(/\.$/, "")
    .split(/,|;|\s+&\s+|\s+and\s+|\s+·\s+|\s+\|\s+/)
    .flatMap((item) => (/^[A-Za-z]\/[A-Za-z]\+\+$/.test(item.trim()) ? [item] : item.split(/\s*\/\s*(?![^()]*\))/)))
    .map((s) => s.replace(/^(and|or)\s+/i, "").trim())
    .filter((s) => s.length > 0 && s.length <= 40);
}

// ---------------------------------------------------------------------------------------------------------
// Education, skills, languages

function parseEducation(section: Section): { education: Education; line: number }[] {
  const groups: { header?: string; line: number; texts: string[] }[] = [];
  if (hasEntryHeaders(section)) {
    for (const e of splitEntries(section)) groups.push({ header: plain(e.header), line: e.line, texts: blockTexts(e.blocks) });
  } else {
    const list = section.blocks.filter((b) => b.kind === "list");
    const paragraphs = section.blocks.filter((b) => b.kind === "paragraph");
    if (list.length && !paragraphs.length) {
      for (const l of list) for (const item of l.items) groups.push({ line: item.line, texts: [plain(item.text)] });
    } else if (section.blocks.length) {
      groups.push({ line: section.blocks[0]!.line, texts: blockTexts(section.blocks) });
    }
  }
  return groups.map((g) => ({ education: parseEducationEntry(g.header, g.texts), line: g.line }));
}

/** "B.Sc. Electrical Engineering", "MBA Finance": an abbreviated degree, then the field. */
const DEGREE_ABBREVIATION = /^((?:[BMD]\.?\s?(?:Sc|S|A|Eng|Tech|Phil|Ed|F\.?A)\.?|Ph\.?\s?D\.?|MBA|LL\.?[BM]\.?))\s+(?:in\s+|of\s+)?(\p{L}.+)$/u;

function parseEducationEntry(header: string | undefined, texts: string[]): Education {
  const all = header ? [header, ...texts] : texts;
  const entry: Education = { institution: "", details: [] };
  const segments: string[] = [];
  let ranged = false;
  for (const raw of all) {
    let text = raw;
    const range = findDateRange(text);
    if (range) {
      ranged = true;
      entry.start ??= range.start;
      entry.end ??= range.end ?? undefined;
      text = (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/[\s,;(|–—-]+$/, "").trim();
    }
    // "Brno University of Technology — MSc in Computer Science": a school and a degree on one line.
    segments.push(...text.split(/\s+[—–|·]\s+/));
  }
  for (let index = 0; index < segments.length; index++) {
    let text = segments[index]!;
    // A single year closing a line is when the studies ended ("MSc, 2016").
    if (!ranged && !entry.end) {
      const year = /(?:^|[\s,(])((?:19|20)\d\d)\)?\.?$/.exec(text);
      if (year) {
        entry.end = { year: Number(year[1]) };
        text = text.slice(0, year.index).trim().replace(/[,;]$/, "");
      }
    }
    const url = /\(?(https?:\/\/[^\s)]+)\)?/.exec(text);
    if (!entry.institution && SCHOOL_WORDS.test(text)) {
      if (url) {
        entry.url = url[1];
        text = text.replace(url[0], "").trim();
      }
      const parts = splitOutsideParens(text.replace(/\.$/, ""));
      const at = Math.max(0, parts.findIndex((p) => SCHOOL_WORDS.test(p)));
      entry.institution = parts[at]!;
      const others = parts.filter((_p, i) => i !== at);
      // "MA Interaction Design, Lisbon School of Design", "KTH, MSc Computer Science": the other parts are
      // read on their own (a degree, a field, a place).
      segments.splice(index + 1, 0, ...others);
      continue;
    }
    if (!entry.degree && DEGREE_WORDS.test(text)) {
      const parts = splitOutsideParens(text.replace(/\.$/, ""));
      const inField = /^(.+?)\s+(?:in|of)\s+(.+)$/i.exec(parts[0]!);
      const abbreviated = DEGREE_ABBREVIATION.exec(parts[0]!);
      if (inField && parts.length === 1) {
        entry.degree = inField[1];
        entry.field = inField[2];
      } else if (abbreviated && parts.length === 1) {
        entry.degree = abbreviated[1];
        entry.field = abbreviated[2];
      } else {
        const d = parts.findIndex((p) => DEGREE_WORDS.test(p));
        entry.degree = parts[d];
        const rest = parts.filter((_p, i) => i !== d);
        if (rest.length) entry.field = rest.join(", ");
      }
      continue;
    }
    if (text) entry.details.push(text);
  }
  if (!entry.institution) entry.institution = header ?? entry.details.shift() ?? "";
  return entry;
}

function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if ((ch === "," || ch === ";") && depth === 0) {
      parts.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  parts.push(cur.trim());
  return parts.filter(Boolean);
}

/** "Languages: English (native), German (B2)" inside Skills means spoken languages, not Go and Rust. */
const SPOKEN_LANGUAGES_LABEL = /^(spoken|human|natural|foreign)?\s*languages?$/i;
const FLUENCY = /\b(native|mother tongue|fluent|bilingual|proficient|professional|conversational|intermediate|basic|beginner|elementary|advanced|[abc][12])\b/i;

function parseSkills(section: Section): { skills: SkillGroup[]; languages: Language[] } {
  const groups: SkillGroup[] = [];
  const languages: Language[] = [];
  let heading = section.title;
  for (const b of section.blocks) {
    if (b.kind === "heading") {
      heading = plain(b.text);
      continue;
    }
    for (const text of skillLines(b)) {
      const m = /^([^:]{1,40}):\s*(.+)$/.exec(text);
      const name = m ? m[1]!.trim() : heading;
      const body = m ? m[2]! : text;
      if (m && SPOKEN_LANGUAGES_LABEL.test(name) && (/^(spoken|human|natural|foreign)/i.test(name) || FLUENCY.test(body))) {
        languages.push(...readLanguages([body]));
        continue;
      }
      const items = splitList(body);
      const existing = groups.find((g) => g.name === name);
      if (existing) existing.items.push(...items);
      else groups.push({ name, items });
    }
  }
  return { skills: groups.filter((g) => g.items.length), languages };
}

/** A paragraph of "Category: a, b" lines is read line by line; other paragraphs and items whole. */
function skillLines(b: Block): string[] {
  if (b.kind === "paragraph" && b.lines.length > 1 && b.lines.every((l) => /^[^:]{1,40}:\s*\S/.test(plain(l.text)))) {
    return b.lines.map((l) => plain(l.text));
  }
  return blockTexts([b]);
}

function parseLanguages(section: Section): Language[] {
  return readLanguages(blockTexts(section.blocks));
}

/** "Czech (native), English (C1)", "English — fluent", "Spanish: B2" → languages. */
function readLanguages(texts: string[]): Language[] {
  return texts
    .flatMap((t) => t.split(/,\s*(?![^()]*\))|;\s*/))
    .map((t) => {
      const m = /^([\p{L} ]+?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+))?\.?$/u.exec(t.trim());
      return m ? { name: m[1]!.trim(), fluency: (m[2] ?? m[3])?.trim() } : { name: t.trim() };
    })
    .filter((l) => l.name.length > 0 && l.name.length < 40);
}
