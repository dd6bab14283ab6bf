// The jobs of an Experience section. A job is a header — "### Engineer at Acme", "**Acme** — Engineer",
// "### Acme" with the role on the next line, or a dated bullet — and the text under it: dates, place,
// labelled parts ("Achievements:", "Stack:"), paragraphs and bullets, and the technologies it names.
import { explainBadDate, findDateRange, formatYearMonth, type DateRange } from "../dates.js";
import { compareYearMonth, type Job } from "../model.js";
import { paragraph, plain, type Block } from "./blocks.js";
import { blockTexts, hasEntryHeaders, splitEntries, type EntryBlocks, type Section } from "./entries.js";
import { splitList } from "./lists.js";
import { ROLE_WORDS } from "./words.js";
import { pushAll } from "../arrays.js";

export type DraftJob = Omit<Job, "id" | "start" | "end"> & Partial<Pick<Job, "start" | "end">>;

const LABELS: [keyof Pick<DraftJob, "projects" | "areas" | "achievements" | "responsibilities" | "technologies">, RegExp][] = [
  ["projects", /^(key )?projects?$/i],
  ["areas", /^(areas?|focus( areas)?|domains?)$/i],
  ["achievements", /^((key )?(achievements?|accomplishments?)|highlights|results|impact)$/i],
  ["responsibilities", /^(responsibilities|duties|what i did|role)$/i],
  ["technologies", /^((main|key|core) )?(technolog(y|ies)( stack| used)?|tech( stack)?|stack|tools( used)?|environment|skills( used)?)$/i],
];

/** "Stack: Go, Kafka" — a label, a colon, and what it labels. */
const LABELLED = /^([A-Z][\w &/-]{1,40}?):\s*(.*)$/;

function labelField(label: string) {
  return LABELS.find(([, re]) => re.test(label.trim()))?.[0];
}

export function parseJobs(section: Section): ParsedJob[] {
  const isLabel = (text: string) => labelField(text.replace(/:$/, "")) !== undefined;
  const entries = hasEntryHeaders(section) ? splitEntries(section, isLabel) : splitDatedEntries(section);
  const jobs: ParsedJob[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const deeper = (e: EntryBlocks | undefined) => e?.level !== undefined && entry.level !== undefined && e.level > entry.level;
    if (!deeper(entries[i + 1])) {
      jobs.push(parseJob(entry));
      continue;
    }
    // "### Acme" with "#### Senior Engineer" and "#### Engineer" under it: one employer, several roles.
    const company = companyOf(entry);
    while (deeper(entries[i + 1])) jobs.push(parseJob(entries[++i]!, company));
  }
  return jobs;
}

interface Company {
  employer: string;
  location?: string;
  about?: string;
  details: string[];
}

/** The employer heading over several roles, and what is written under it before the first role. */
function companyOf(entry: EntryBlocks): Company {
  const head = parseJobHeader(entry.header);
  // "### Acme — Berlin" parses as employer "Acme", role "Berlin": with no role words, that is a place.
  const place = head.employer && !ROLE_WORDS.test(head.role) ? head.role : undefined;
  const company: Company = { employer: head.employer || head.role, location: head.location ?? place, details: [] };
  for (const text of blockTexts(entry.blocks)) {
    if (!company.about && describesCompany(text, company.employer)) company.about = text;
    else company.details.push(text);
  }
  return company;
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
        const row = tableRow(l.text);
        if (row) {
          // "| Acme | Engineer | 2019 – 2021 | What I did |": the cells up to the dates head the job,
          // the cells after them describe it; the header row and the |---| rule name no job.
          flush();
          if (row.dated >= 0) start(row.cells.slice(0, row.dated + 1).join(" | "), l.line);
          const rest = row.dated >= 0 ? row.cells.slice(row.dated + 1).filter(Boolean) : [];
          for (const text of rest) current?.blocks.push(paragraph([{ text, line: l.line }]));
        } else if (findDateRange(plain(l.text))) {
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

/** A Markdown table row's cells, and which cell holds the dates (-1: none, as in a header row). */
function tableRow(line: string): { cells: string[]; dated: number } | undefined {
  const t = line.trim();
  if (!/^\|.*\|$/.test(t) || t.length < 3) return undefined;
  const cells = t.slice(1, -1).split("|").map((c) => c.trim());
  return { cells, dated: cells.findIndex((c) => !/^:?-+:?$/.test(c) && findDateRange(plain(c)) !== undefined) };
}

function parseJob(entry: EntryBlocks, company?: Company): ParsedJob {
  const head = parseJobHeader(entry.header);
  if (company && !head.employer) {
    // A role heading under its company's heading: "Senior Engineer" (or "Berlin · Senior Engineer").
    head.employer = company.employer;
    head.location ??= company.location;
  }
  const job = newJob(head, entry.line, company);
  const state: JobReading = { range: head.range, pending: undefined };
  const blocks = readLeadingLines(entry.blocks, job);
  // A heading that named only the employer ("### Acme") and no line under it with the role: the error
  // should then say the role is missing, not the employer.
  if (!job.employer && job.role && !ROLE_WORDS.test(job.role)) [job.employer, job.role] = [job.role, ""];

  for (const block of blocks) {
    if (block.kind === "heading") {
      // A sub-heading inside a job ("#### Achievements") works like a label.
      state.pending = labelField(plain(block.text).replace(/:$/, ""));
    } else if (block.kind === "list") {
      readListItems(job, block.items, state.pending);
      state.pending = undefined;
    } else readJobText(job, plain(block.text), state);
  }
  setDates(job, state.range, entry);
  return job;
}

/** What reading a job's blocks carries from one to the next: the dates found, a label waiting for its text. */
interface JobReading {
  range: DateRange | undefined;
  pending: ReturnType<typeof labelField> | undefined;
}

function newJob(head: JobHeader, line: number, company?: Company): ParsedJob {
  const job: ParsedJob = {
    employer: head.employer,
    role: head.role,
    team: head.team,
    location: head.location,
    url: head.url,
    projects: [],
    areas: [],
    achievements: [],
    responsibilities: [],
    details: [...(company?.details ?? [])],
    technologies: [...head.technologies],
    line,
  };
  if (company?.about) job.about = company.about;
  return job;
}

/** A job's bullets: under a label ("Achievements:") they file there; a labelled bullet files itself. */
function readListItems(job: ParsedJob, items: { text: string }[], field: ReturnType<typeof labelField> | undefined): void {
  for (const item of items) {
    const text = plain(item.text);
    // A labelled bullet ("- Stack: Python, Django") files itself, unless a label above the list did.
    const labelled = field ? undefined : LABELLED.exec(text);
    const own = labelled ? labelField(labelled[1]!) : undefined;
    if (field) addTo(job, field, text);
    else if (own && labelled![2]!.trim()) addTo(job, own, labelled![2]!.trim());
    else job.details.push(text);
  }
}

/** One paragraph of a job: its dates (the first found), a labelled line, or a detail. */
function readJobText(job: ParsedJob, text: string, state: JobReading): void {
  if (!state.range) {
    const found = findDateRange(text);
    if (found) {
      state.range = found;
      const rest = datesLineRest(job, text, found);
      if (rest === undefined) return;
      text = rest;
    }
  }
  const labelled = LABELLED.exec(text);
  const field = labelled ? labelField(labelled[1]!) : undefined;
  if (labelled && field) {
    const body = labelled[2]!.trim();
    state.pending = body ? undefined : field;
    if (body) addTo(job, field, body);
    return;
  }
  if (state.pending) {
    addTo(job, state.pending, text);
    state.pending = undefined;
    return;
  }
  if (!job.about && !job.details.length && describesCompany(text, job.employer)) job.about = text;
  else job.details.push(text);
}

/**
 * What a line with the job's dates says besides them: technologies in brackets and a short place are
 * filed (undefined: nothing left to read); anything longer is returned to be read as text.
 */
function datesLineRest(job: ParsedJob, text: string, found: DateRange): string | undefined {
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.length)).trim();
  // "(Rust, Go, C/C++, Ruby)" after the dates lists technologies; "(5 years 2 months)" does not.
  const paren = /^\((.*)\)\.?$/.exec(rest);
  if (paren) {
    if (!/\d+\s*(years?|yrs?|months?|mos?)\b/i.test(paren[1]!)) pushAll(job.technologies, splitList(paren[1]!));
    return undefined;
  }
  const cleaned = rest.replace(/^[\s,.;·|–—-]+|[\s,.;·|–—-]+$/g, "");
  if (!cleaned) return undefined;
  if (!job.location && cleaned.length < 60 && !/[.!?]/.test(cleaned)) {
    job.location = cleaned;
    return undefined;
  }
  return cleaned;
}

/** The job's period, or why its dates could not be read (said better than the schema would). */
function setDates(job: ParsedJob, range: DateRange | undefined, entry: EntryBlocks): void {
  if (range) {
    job.start = range.start;
    job.end = range.end;
    if (range.end && compareYearMonth(range.start, range.end) > 0) {
      // Worded like the model's own check, which other tools match on, plus the dates themselves.
      const message = `end date is before start date (starts ${formatYearMonth(range.start)}, ends ${formatYearMonth(range.end)})`;
      job.dateProblem = { field: "end", message };
    }
  } else {
    const message = [entry.header, ...blockTexts(entry.blocks)].map(explainBadDate).find(Boolean);
    if (message) job.dateProblem = { field: "start", message };
  }
}

/** A job as read, with what is wrong with its dates when the parser can say it better than the schema. */
export type ParsedJob = DraftJob & { line: number; dateProblem?: { field: "start" | "end"; message: string } };
type JobField = NonNullable<ReturnType<typeof labelField>>;

function addTo(job: DraftJob, field: JobField, text: string): void {
  if (field === "technologies") pushAll(job.technologies, splitList(text));
  else job[field].push(text);
}

const PLACE = /^[\p{L} .'-]+(?:,\s*[\p{L} .'-]+){1,3}$|^remote$/iu;

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
    // "### Acme — Berlin" reads as role "Berlin" until a line with a real role comes under it.
    const wanted = (t: string) => !job.role || !job.employer || (!ROLE_WORDS.test(job.role) && ROLE_WORDS.test(t));
    if (range) {
      // "Lead Engineer, Sept 2019 – Present" under "### Acme": the role and the dates share a line.
      const leftover = (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/^[\s,;·|–—-]+|[\s,;·|–—-]+$/g, "");
      if (leftover && wanted(leftover) && isShortLine(leftover) && !isPlace(leftover)) {
        fillRoleOrEmployer(job, leftover);
        out.push(paragraph([{ text: text.slice(range.index, range.index + range.length), line: line.line }]));
      } else out.push(paragraph([line]));
      continue;
    }
    // Under a heading that named the role alone, "UiPath, Bucharest" is the employer and its town: a job
    // needs an employer more than a place, and "City, Country" under a bare role is the rarer layout.
    const employerWithPlace = !job.employer && !!job.role && ROLE_WORDS.test(job.role) && /,/.test(text);
    if (wanted(text) && isShortLine(text) && (!isPlace(text) || employerWithPlace)) {
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
  if (!text.length || text.length > 80 || LABELLED.test(text)) return false;
  // A period that closes initials or a legal form ends a name, not a sentence: "ИП Смирнов А. В.", "Acme Inc.".
  return !/[.!?:;]$/.test(text) || /(?:^|\s)(?:\p{Lu}\.\s?){1,3}$/u.test(text) || /\b(?:inc|ltd|co|corp|llc|plc)\.$/i.test(text);
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
    if (headerIsRole) {
      // "ООО «Озон», Санкт-Петербург", "Acme, Berlin": the place after the comma is not the employer's name.
      const [employer, place] = employerAndPlace(text);
      job.employer = employer;
      if (place && !job.location) job.location = place;
    } else [job.employer, job.role] = [job.role, text];
  } else if (job.role) {
    // What the header's second part named was the place: "### Acme — Berlin, Germany" + "Senior Engineer".
    job.location = [job.role, job.location].filter(Boolean).join(", ");
    job.role = text;
  } else job.role = text;
  const team = splitTeam(job.role);
  job.role = team.role;
  job.team ??= team.team;
}

/** "Acme, Berlin" → ["Acme", "Berlin"]; "Acme, Inc." and "Smith, Jones & Co" stay whole. */
function employerAndPlace(text: string): [string, string | undefined] {
  const comma = /^(.+?),\s*(\p{Lu}[\p{L}.' -]*)$/u.exec(text);
  if (!comma || COMPANY_WORDS.test(comma[2]!) || /&|\band\b/i.test(comma[2]!) || comma[2]!.split(/\s+/).length > 3 || ROLE_WORDS.test(comma[2]!)) return [text, undefined];
  return [comma[1]!.trim(), comma[2]!.trim()];
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
  url?: string;
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
const COMPANY_WORDS = /\b(inc|ltd|llc|gmbh|corp|corporation|company|group|plc|ag|labs?|technologies|solutions|systems|studios?)\.?$/i;

export function parseJobHeader(raw: string): JobHeader {
  // "Developer at [Acme](https://acme.example)": the employer is the link's text, the link its site.
  let url: string | undefined;
  let text = raw.trim().replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, target: string) => {
    url ??= /^https?:/i.test(target) ? target : undefined;
    return label;
  });
  const boldLead = /^(\*\*|__)(.+?)\1/.exec(text);
  const range = findDateRange(plain(text));
  text = plain(text);
  if (range) text = (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/\(\s*\)/g, "");
  // Dates taken out of "Role | Jun 2021 – Present | Remote" leave "| |": one separator is enough.
  text = text.replace(/(\s*[|·]\s*){2,}/g, " | ");
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
    // "Acme Co., Ltd" stays whole: a comma before a company suffix does not separate parts.
    const parts = text.split(/\s+[|·–—-]\s+|,\s+(?=[A-Z])(?!(?:Inc|Ltd|LLC|GmbH|Corp|Co|PLC|AG|SA|BV|Oy|AB)\b)/).filter(Boolean);
    if (parts.length >= 2) {
      const roleIndex = parts.findIndex((p) => ROLE_WORDS.test(p));
      // Without a role word, a part named like a company ("Rakuten Group Inc") is the employer.
      const companyIndex = parts.findIndex((p) => COMPANY_WORDS.test(p));
      const r = roleIndex >= 0 ? roleIndex : companyIndex === 1 ? 0 : 1;
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
    pushAll(technologies, splitList(techParen[1]!));
    employer = employer.slice(0, techParen.index).trim();
  }
  return { employer: employer.trim(), role: role.trim(), team, location, range, technologies, url };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
