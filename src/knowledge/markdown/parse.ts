// A Markdown CV → a draft résumé (not yet validated) plus the line of each part, for error messages.
// Nothing here knows the bundled candidate: sections are recognised by their titles, jobs by headings or
// bold lines, dates by their many written forms.
import { findContacts, mergeContacts } from "../contacts.js";
import { findDateRange, type DateRange } from "../dates.js";
import type { Draft } from "../draft.js";
import { assignJobIds, uniqueSlugs } from "../ids.js";
import type { Contact, Education, Job, Language, SkillGroup } from "../model.js";
import { isEmphasisOnly, plain, toBlocks, type Block } from "./blocks.js";
import { sectionKind, type SectionKind } from "./sections.js";

interface Section {
  kind: SectionKind;
  title: string;
  line: number;
  level: number;
  blocks: Block[];
}

type DraftJob = Omit<Job, "id" | "start" | "end"> & Partial<Pick<Job, "start" | "end">>;

const ROLE_WORDS =
  /\b(engineer|developer|programmer|lead|manager|architect|director|intern|consultant|scientist|analyst|designer|cto|ceo|cio|vp|head|officer|administrator|specialist|sre|devops|founder|owner|researcher|tester|qa|administrator|principal|staff|senior|junior|teacher|assistant|coordinator|technician)\b/i;

export function parseMarkdownResume(source: string, file: string): Draft {
  const blocks = toBlocks(source);
  const lines = new Map<string, number>();
  const titleIndex = blocks.findIndex((b) => b.kind === "heading");
  const title = blocks[titleIndex];
  let name = "";
  let preamble: Block[] = [];
  let rest = blocks;
  if (title && title.kind === "heading") {
    name = plain(title.text);
    lines.set("person.name", title.line);
    preamble = blocks.slice(0, titleIndex);
    rest = blocks.slice(titleIndex + 1);
  }

  const sections = splitSections(rest, title?.kind === "heading" ? title.level : 0);
  // Blocks before the first section heading belong to the header: links, headline, contacts.
  const firstSection = rest.findIndex((b) => b.kind === "heading");
  preamble = preamble.concat(firstSection < 0 ? rest : rest.slice(0, firstSection));

  const contacts: Contact[] = [];
  let headline: string | undefined;
  let location: string | undefined;
  const summary: string[] = [];
  for (const text of blockTexts(preamble)) {
    const found = findContacts(text);
    mergeContacts(contacts, found);
    if (found.length) continue;
    if (!name) {
      name = text;
      continue;
    }
    if (!headline && text.length < 120) headline = text;
    else if (!location && /^[\p{L} .-]+,\s*[\p{L} .-]+$/u.test(text)) location = text;
    else summary.push(text);
  }
  if (!name) lines.set("person.name", 1);

  const experience: DraftJob[] = [];
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
        for (const job of parseJobs(section)) {
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
      case "skills":
        skills.push(...parseSkills(section));
        break;
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

/** Splits a section into entries at sub-headings, or at bold-led paragraphs ("**Acme** — Engineer"). */
function splitEntries(section: Section): EntryBlocks[] {
  const entries: EntryBlocks[] = [];
  let current: EntryBlocks | undefined;
  for (const b of section.blocks) {
    const boldLead = b.kind === "paragraph" && /^(\*\*|__)[^*_]+\1/.test(b.text.trim());
    if (b.kind === "heading" || boldLead) {
      let header = b.text;
      const rest: Block[] = [];
      if (boldLead) {
        // "**Acme** — Engineer _2019 – 2021_ Did things." : the header is the first sentence-like line.
        header = b.text;
      }
      current = { header, line: b.line, blocks: rest };
      entries.push(current);
      continue;
    }
    current?.blocks.push(b);
  }
  return entries;
}

const LABELS: [keyof Pick<DraftJob, "projects" | "areas" | "achievements" | "responsibilities" | "technologies">, RegExp][] = [
  ["projects", /^(key )?projects?$/i],
  ["areas", /^(areas?|focus( areas)?|domains?)$/i],
  ["achievements", /^((key )?(achievements?|accomplishments?)|highlights|results|impact)$/i],
  ["responsibilities", /^(responsibilities|duties|what i did|role)$/i],
  ["technologies", /^(technolog(y|ies)( stack)?|tech( stack)?|stack|tools|environment|skills( used)?)$/i],
];

function labelField(label: string) {
  return LABELS.find(([, re]) => re.test(label.trim()))?.[0];
}

function parseJobs(section: Section): (DraftJob & { line: number })[] {
  return splitEntries(section).map((entry) => parseJob(entry));
}

function parseJob(entry: EntryBlocks): DraftJob & { line: number } {
  const head = parseJobHeader(entry.header);
  const job: DraftJob & { line: number } = {
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

  for (const block of entry.blocks) {
    if (block.kind === "heading") {
      // A sub-heading inside a job ("#### Achievements") works like a label.
      pending = labelField(plain(block.text).replace(/:$/, ""));
      continue;
    }
    if (block.kind === "list") {
      const items = block.items.map((i) => plain(i.text));
      const field = pending;
      pending = undefined;
      if (field === "technologies") job.technologies.push(...items.flatMap(splitList));
      else if (field) job[field].push(...items);
      else job.details.push(...items);
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
    const labelled = /^([A-Z][\w &/-]{1,40}?):\s*(.*)$/.exec(text);
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
  }
  return job;
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
  let team: string | undefined;
  const inTeam = /^(.+?)\s+(?:in|on|with)\s+(?:the\s+)?(.+?\b(?:team|group|department|division|squad|unit))$/i.exec(role);
  if (inTeam) {
    role = inTeam[1]!;
    team = inTeam[2]!;
  }
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

const DEGREE_WORDS =
  /\b(degree|bachelor'?s?|master'?s?|ph\.?d|doctor(ate)?|specialist|b\.?sc?|m\.?sc?|b\.?a\.?|m\.?a\.?|mba|diploma|associate|certificate|licen[cs]e|engineer'?s?)\b/i;
const SCHOOL_WORDS = /\b(universit(y|ät|é|à)|college|institut(e|o)?|school|academy|polytechnic|hochschule|lyceum|gymnasium)\b/i;

function parseEducation(section: Section): { education: Education; line: number }[] {
  const hasHeadings = section.blocks.some((b) => b.kind === "heading");
  const groups: { header?: string; line: number; texts: string[] }[] = [];
  if (hasHeadings) {
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

function parseEducationEntry(header: string | undefined, texts: string[]): Education {
  const all = header ? [header, ...texts] : texts;
  const entry: Education = { institution: "", details: [] };
  for (const raw of all) {
    let text = raw;
    const range = findDateRange(text);
    if (range) {
      entry.start ??= range.start;
      entry.end ??= range.end ?? undefined;
      text = (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/[\s,;(|–—-]+$/, "").trim();
    } else {
      const year = /(?:^|[\s,(])((?:19|20)\d\d)\)?\.?$/.exec(text);
      if (year && !entry.end) {
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
      const [first, ...more] = splitOutsideParens(text.replace(/\.$/, ""));
      entry.institution = first!;
      if (more.length) entry.details.push(more.join(", "));
      continue;
    }
    if (!entry.degree && DEGREE_WORDS.test(text)) {
      const parts = splitOutsideParens(text.replace(/\.$/, ""));
      const inField = /^(.+?)\s+(?:in|of)\s+(.+)$/i.exec(parts[0]!);
      if (inField && parts.length === 1) {
        entry.degree = inField[1];
        entry.field = inField[2];
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

function parseSkills(section: Section): SkillGroup[] {
  const groups: SkillGroup[] = [];
  let heading = section.title;
  for (const b of section.blocks) {
    if (b.kind === "heading") {
      heading = plain(b.text);
      continue;
    }
    for (const text of blockTexts([b])) {
      const m = /^([^:]{1,40}):\s*(.+)$/.exec(text);
      const name = m ? m[1]!.trim() : heading;
      const items = splitList(m ? m[2]! : text);
      const existing = groups.find((g) => g.name === name);
      if (existing) existing.items.push(...items);
      else groups.push({ name, items });
    }
  }
  return groups.filter((g) => g.items.length);
}

function parseLanguages(section: Section): Language[] {
  return blockTexts(section.blocks)
    .flatMap((t) => t.split(/,\s*(?![^()]*\))|;\s*/))
    .map((t) => {
      const m = /^([\p{L} ]+?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+))?\.?$/u.exec(t.trim());
      return m ? { name: m[1]!.trim(), fluency: (m[2] ?? m[3])?.trim() } : { name: t.trim() };
    })
    .filter((l) => l.name.length > 0 && l.name.length < 40);
}
