// The schools of an Education section: "School — Degree in Field, 2014 – 2016", "Degree, School, year",
// a "### School" heading with the degree and dates under it, or one entry written over several lines.
import { findDateRange } from "../dates.js";
import type { Education } from "../model.js";
import { paragraph, plain, type Block } from "./blocks.js";
import { blockTexts, hasEntryHeaders, isEntryLead, splitEntries, type EntryBlocks, type Section } from "./entries.js";
import { splitOutsideParens } from "./lists.js";
import { DEGREE_WORDS, SCHOOL_WORDS } from "./words.js";
import { pushAll } from "../arrays.js";

/**
 * The texts of an education entry, line by line ("Ben Guerir, Morocco" / "BSc Informatics" / "2013 – 2017"),
 * except that a line ending in a comma continues on the next ("Specialist degree,\nApplied Mathematics").
 */
function lineTexts(blocks: Block[]): string[] {
  return numberedLines(blocks).map((l) => l.text);
}

/** `lineTexts`, each with the source line it starts on. */
function numberedLines(blocks: Block[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const b of blocks) {
    if (b.kind !== "paragraph") {
      for (const text of blockTexts([b])) out.push({ text, line: b.line });
      continue;
    }
    let current = "";
    let line = b.line;
    for (const l of b.lines) {
      if (!current) line = l.line;
      current = current ? `${current} ${l.text}` : l.text;
      if (!/,\s*$/.test(current)) {
        out.push({ text: plain(current), line });
        current = "";
      }
    }
    if (current) out.push({ text: plain(current), line });
  }
  return out.filter((l) => l.text);
}

/**
 * Lines with no headings, split into schools: a line that names a school when the entry so far already
 * has one starts the next ("Warsaw University of Technology — M.Sc., 2016" / "… — B.Sc., 2014").
 */
function schoolsByLine(blocks: Block[]): { line: number; texts: string[] }[] {
  const groups: { line: number; texts: string[]; school: boolean }[] = [];
  for (const { text, line } of numberedLines(blocks)) {
    const school = SCHOOL_WORDS.test(text);
    const current = groups[groups.length - 1];
    if (!current || (school && current.school)) groups.push({ line, texts: [text], school });
    else {
      current.texts.push(text);
      current.school ||= school;
    }
  }
  return groups.map(({ line, texts }) => ({ line, texts }));
}

export function parseEducation(section: Section): { education: Education; line: number }[] {
  const groups: { header?: string; line: number; texts: string[] }[] = [];
  if (hasEntryHeaders(section)) {
    let top: { level?: number; group: (typeof groups)[number] } | undefined;
    for (const e of splitEntries(section).flatMap(splitAtSchoolLeads)) {
      // "### University" with "#### BSc Physics" under it: the deeper heading is part of the same entry.
      if (top && top.level !== undefined && e.level !== undefined && e.level > top.level) {
        top.group.texts.push(plain(e.header), ...lineTexts(e.blocks));
        continue;
      }
      const group = { header: plain(e.header), line: e.line, texts: lineTexts(e.blocks) };
      groups.push(group);
      top = { level: e.level, group };
    }
  } else {
    const list = section.blocks.filter((b) => b.kind === "list");
    const paragraphs = section.blocks.filter((b) => b.kind === "paragraph");
    if (list.length && !paragraphs.length) {
      for (const l of list) for (const item of l.items) groups.push({ line: item.line, texts: [plain(item.text)] });
    } else if (section.blocks.length) {
      pushAll(groups, schoolsByLine(section.blocks));
    }
  }
  return groups.map((g) => ({ education: parseEducationEntry(g.header, g.texts), line: g.line }));
}

/**
 * "**Warsaw University of Technology** — M.Sc., 2016" with "**Warsaw …** — B.Sc., 2014" on the very next
 * line: two bold-led schools in one paragraph are two entries (a job's bold role line under a bold employer
 * stays with it: only a line that names a school, under a header that names one, starts another school).
 */
function splitAtSchoolLeads(entry: EntryBlocks): EntryBlocks[] {
  if (entry.level !== undefined || !SCHOOL_WORDS.test(plain(entry.header))) return [entry];
  const out: EntryBlocks[] = [{ ...entry, blocks: [] }];
  for (const b of entry.blocks) {
    if (b.kind !== "paragraph") {
      out[out.length - 1]!.blocks.push(b);
      continue;
    }
    let lines: typeof b.lines = [];
    const flush = () => {
      if (lines.length) out[out.length - 1]!.blocks.push(paragraph(lines));
      lines = [];
    };
    for (const l of b.lines) {
      if (isEntryLead(l.text) && SCHOOL_WORDS.test(plain(l.text))) {
        flush();
        out.push({ header: l.text, line: l.line, blocks: [] });
      } else lines.push(l);
    }
    flush();
  }
  return out;
}

/** "B.Sc. Electrical Engineering", "MBA Finance": an abbreviated degree, then the field. */
const DEGREE_ABBREVIATION = /^((?:[BMD]\.?\s?(?:Sc|S|A|Eng|Tech|Phil|Ed|F\.?A)\.?|Ph\.?\s?D\.?|MBA|LL\.?[BM]\.?))\s+(?:in\s+|of\s+)?(\p{L}.+)$/u;

/** "MSc in Computer Science", "B.Sc. Physics", "Бакалавр, прикладная математика" → degree and field. */
function readDegree(entry: Education, text: string): void {
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
}

/** Where a line's parts meet: "School — Degree", "School | Degree"; an em dash needs no spaces. */
const ENTRY_PARTS = /\s*—\s*|\s+[–|·]\s+/;

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
      // "MSc Informatics (2015 – 2017)": the brackets that held the dates go with them.
      text = (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/\(\s*\)/g, "").replace(/[\s,;(|·–—-]+$/, "").trim();
    }
    // "Brno University of Technology — MSc in Computer Science": a school and a degree on one line. An em
    // dash needs no spaces ("Catalunya—B.Sc.", as typeset, or as a PDF's text comes out).
    pushAll(segments, text.split(ENTRY_PARTS));
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
      readDegree(entry, text);
      continue;
    }
    if (text) entry.details.push(text);
  }
  // No school word: the header names the school; a header that is the whole line ("**Kantiana** — BSc,
  // 2011") names it in its first part, the rest having been read above.
  if (!entry.institution) {
    const named = header?.split(ENTRY_PARTS)[0]!.trim();
    entry.institution = named || entry.details.shift() || "";
    if (named) entry.details = entry.details.filter((d) => d !== named);
  }
  return entry;
}
