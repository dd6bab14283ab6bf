// A Markdown CV → a draft résumé (not yet validated) plus the line of each part, for error messages.
// Nothing here knows the bundled candidate: sections are recognised by their titles, jobs by headings or
// bold lines, dates by their many written forms.
import { findContacts, mergeContacts } from "../contacts.js";
import { plainTextToMarkdown, unfence } from "../plain-text.js";
import type { Draft } from "../draft.js";
import { KnowledgeError } from "../errors.js";
import { assignJobIds, uniqueSlugs } from "../ids.js";
import type { Education, Language, SkillGroup } from "../model.js";
import { isEmphasisOnly, plain, toBlocks, type Block } from "./blocks.js";
import { parseEducation } from "./education.js";
import { blockTexts, type Section } from "./entries.js";
import { placeIn, readHeader, type Header } from "./header.js";
import { parseJobs, type DraftJob } from "./jobs.js";
import { parseLanguages, parseSkills } from "./skills.js";
import { promoteSectionLines, sectionKind } from "./sections.js";
import { minOf, pushAll } from "../arrays.js";

// Kept importable from here: the header and list readers are useful on their own.
export { parseJobHeader } from "./jobs.js";
export { splitList } from "./lists.js";

/** A Markdown (or plain-text) CV → a draft résumé, with the line of each part for messages. */
export function parseMarkdownResume(source: string, file: string): Draft {
  // A plain-text CV (.txt, or Markdown that is one fenced text block) is made Markdown first, line for line.
  const fenced = unfence(source);
  if (fenced !== undefined) source = plainTextToMarkdown(fenced);
  else if (/\.txt$/i.test(file)) source = plainTextToMarkdown(source);
  const front = frontMatter(source);
  const blocks = withoutDocumentTitle(promoteSectionLines(toBlocks(front.body)));
  const lines = new Map<string, number>();
  const top = splitTitle(blocks, lines);

  if (!top.name && front.name) {
    top.name = front.name;
    lines.set("person.name", 2);
  }
  const header = readHeader(top.preamble, top.name, mergeContacts([], findContacts([...top.titleLinks, front.text].join(" "))));
  const name = readableName(header.name);
  if (!name) lines.set("person.name", 1);
  const read = readSections(top.sections, file, lines, header);

  const ids = assignJobIds(read.experience);
  const extraIds = uniqueSlugs(read.extras.map((e) => e.title));
  return {
    file,
    lines,
    problems: read.problems,
    resume: {
      person: { name, headline: read.headline, location: header.location, contacts: header.contacts },
      summary: header.summary,
      experience: read.experience.map((j, i) => ({ ...j, id: ids[i]! })),
      education: read.education,
      skills: read.skills,
      languages: read.languages,
      extras: read.extras.map((e, i) => ({ id: extraIds[i]!, title: e.title, items: e.items })),
      sources: [file],
    },
  };
}

/** The name heading, the blocks before the first section (the header), and the sections. */
function splitTitle(blocks: Block[], lines: Map<string, number>): { name: string; titleLinks: string[]; preamble: Block[]; sections: Section[] } {
  // The title is the first heading, unless it already opens a section ("## Experience" in a CV with no name).
  const titleIndex = blocks.findIndex((b) => b.kind === "heading");
  const untitled = titleIndex >= 0 && sectionKind((blocks[titleIndex] as { text: string }).text) !== "other";
  const title = blocks[titleIndex];
  let name = "";
  const titleLinks: string[] = [];
  let preamble: Block[] = [];
  let rest = blocks;
  if (title && title.kind === "heading" && !untitled) {
    // "# [Jane Doe](https://jane.dev)": the name is the link's text; its target is a contact.
    name = plain(title.text.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => {
      titleLinks.push(url);
      return label;
    }));
    lines.set("person.name", title.line);
    preamble = blocks.slice(0, titleIndex);
    rest = blocks.slice(titleIndex + 1);
  }
  const sections = splitSections(rest, title?.kind === "heading" && !untitled ? title.level : 0);
  // Blocks before the first section heading belong to the header: links, headline, contacts.
  const firstSection = rest.findIndex((b) => b.kind === "heading");
  preamble = preamble.concat(firstSection < 0 ? rest : rest.slice(0, firstSection));
  return { name, titleLinks, preamble, sections };
}

interface ReadSections {
  headline: string | undefined;
  experience: DraftJob[];
  problems: KnowledgeError[];
  education: Education[];
  skills: SkillGroup[];
  languages: Language[];
  extras: { title: string; items: string[]; line: number }[];
}

/** Each section by its kind; the header's summary and contacts are added to as sections say more. */
function readSections(sections: Section[], file: string, lines: Map<string, number>, header: Header): ReadSections {
  const read: ReadSections = { headline: header.headline, experience: [], problems: [], education: [], skills: [], languages: [...header.languages], extras: [] };
  for (const section of sections) {
    switch (section.kind) {
      case "summary":
        readSummary(section, header.summary, read);
        break;
      case "experience":
        readExperience(section, file, lines, read);
        break;
      case "education":
        for (const entry of parseEducation(section)) {
          lines.set(`education.${read.education.length}`, entry.line);
          read.education.push(entry.education);
        }
        break;
      case "skills": {
        const found = parseSkills(section);
        pushAll(read.skills, found.skills);
        pushAll(read.languages, found.languages);
        break;
      }
      case "languages":
        pushAll(read.languages, parseLanguages(section));
        break;
      case "contacts":
        for (const text of blockTexts(section.blocks)) {
          mergeContacts(header.contacts, findContacts(text));
          // A sidebar's "Contact" block often holds the town too ("Stockholm, Sweden").
          header.location ??= text.split("\n").map((line) => placeIn(line.trim())).find(Boolean);
        }
        break;
      case "other":
        lines.set(`extras.${read.extras.length}`, section.line);
        read.extras.push({ title: section.title, items: blockTexts(section.blocks), line: section.line });
        break;
    }
  }
  return read;
}

/** A summary section: an emphasised first line is the headline when the header gave none. */
function readSummary(section: Section, summary: string[], read: ReadSections): void {
  for (const block of section.blocks) {
    for (const text of blockTexts([block])) {
      const isHeadline = block.kind === "paragraph" && isEmphasisOnly(block.text) && !read.headline && !summary.length;
      if (isHeadline) read.headline = text.replace(/\.$/, "");
      else summary.push(text);
    }
  }
}

/** An experience section's jobs; a date that cannot be read is a problem (a warning when read tolerantly). */
function readExperience(section: Section, file: string, lines: Map<string, number>, read: ReadSections): void {
  const jobs = parseJobs(section);
  if (!jobs.length && section.blocks.length) {
    read.problems.push(
      new KnowledgeError(file, section.line, "experience", `no jobs found under "${section.title}": give each job a heading ("### Engineer at Acme") or a bold line ("**Acme** — Engineer") with its dates`),
    );
  }
  for (const { dateProblem, ...job } of jobs) {
    if (dateProblem) {
      const field = `experience[${read.experience.length}].${dateProblem.field}`;
      read.problems.push(new KnowledgeError(file, job.line, field, dateProblem.message));
    }
    lines.set(`experience.${read.experience.length}`, job.line ?? section.line);
    read.experience.push(job);
  }
}

const DOCUMENT_TITLE = /^(my\s+)?(r[ée]sum[ée]|cv|curriculum\s+vitae|lebenslauf|резюме)\.?$/iu;

/** A first heading that only says what the document is ("# Resume", "# Curriculum Vitae") names no one. */
function withoutDocumentTitle(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === "heading");
  const heading = blocks[first];
  if (heading?.kind !== "heading" || !DOCUMENT_TITLE.test(plain(heading.text))) return blocks;
  return [...blocks.slice(0, first), ...blocks.slice(first + 1)];
}

/**
 * YAML front matter ("---\nname: Jane Doe\n…\n---"), which static-site résumé templates put first: its
 * name, and its text to find contacts in. The body keeps the front matter's lines, blanked, so line
 * numbers in messages stay true.
 */
function frontMatter(source: string): { body: string; name?: string; text: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(source);
  if (!m || !/^[\w-]+\s*:/m.test(m[1]!)) return { body: source, text: "" };
  const name = /^name\s*:\s*["']?(.+?)["']?\s*$/m.exec(m[1]!)?.[1];
  const text = m[1]!.replace(/<[^>]+>/g, " ").replace(/^\s*[\w-]+\s*:\s*/gm, " ");
  return { body: m[0].replace(/[^\n]/g, "") + source.slice(m[0].length), name, text };
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
  const sectionLevel = minOf(
    // Known sections may sit at the title's own level ("## Jane Doe" then "## Experience").
    known.length ? known.map((h) => h.level).filter((l) => l >= titleLevel) : headings.map((h) => h.level).filter((l) => l > titleLevel),
    7,
  );
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const b of blocks) {
    if (b.kind === "heading") {
      const kind = sectionKind(b.text);
      const opens = b.level <= sectionLevel || (kind !== "other" && !isEntryContainer(current));
      if (opens) {
        // "💼 Work Experience" → "Work Experience": icons decorate titles, they do not name them.
        const title = plain(b.text).replace(/^[^\p{L}\p{N}]+/u, "") || plain(b.text);
        current = { kind, title, line: b.line, level: b.level, blocks: [] };
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

