// A CV section and the entries in it (jobs, schools): each entry is a header line and the blocks under it.
import { paragraph, plain, type Block } from "./blocks.js";
import type { SectionKind } from "./sections.js";
import { minOf, pushAll } from "../arrays.js";

export interface Section {
  kind: SectionKind;
  title: string;
  line: number;
  level: number;
  blocks: Block[];
}

export interface EntryBlocks {
  header: string;
  line: number;
  blocks: Block[];
  /** The heading level when the entry is a heading, so entries nested under another can be told. */
  level?: number;
}

const BOLD_LEAD = /^(\*\*|__)[^*_]+\1/;
/** "**Tech stack:** Go" or "**Highlights**:" — a bold label inside an entry, not the start of one. */
const BOLD_LABEL = /^(\*\*|__)[^*_]+?(?::\1|\1\s*:)/;

/** Does this line start an entry ("**Acme** — Engineer")? */
export function isEntryLead(line: string): boolean {
  const text = line.trim();
  return BOLD_LEAD.test(text) && !BOLD_LABEL.test(text);
}

/**
 * Splits a section into entries at sub-headings, or at bold-led lines ("**Acme** — Engineer, Berlin").
 * A bold-led entry's header is its first line; the lines under it (dates, place, text) are its body.
 */
export function splitEntries(section: Section, isLabel: (text: string) => boolean = () => false): EntryBlocks[] {
  const entries: EntryBlocks[] = [];
  let current: EntryBlocks | undefined;
  // Under "### Acme" a bold line ("**Lead Designer** · 2021 – now") is part of that entry, not a new one.
  const headings = section.blocks.filter((b) => b.kind === "heading");
  const byHeadings = headings.length > 0;
  const entryLevel = minOf(headings.map((h) => h.level), Infinity);
  for (const b of section.blocks) {
    // A deeper heading that labels part of an entry ("#### Achievements") stays inside it.
    if (b.kind === "heading" && !(current && b.level > entryLevel && isLabel(plain(b.text)))) {
      current = { header: b.text, line: b.line, blocks: [], level: b.level };
      entries.push(current);
      continue;
    }
    const [first, ...more] = b.kind === "paragraph" && !byHeadings ? b.lines : [];
    if (first && isEntryLead(first.text)) {
      current = { header: first.text, line: first.line, blocks: more.length ? [paragraph(more)] : [] };
      entries.push(current);
      continue;
    }
    current?.blocks.push(b);
  }
  return entries;
}

/** Does the section list its entries under headings or bold-led lines? */
export function hasEntryHeaders(section: Section): boolean {
  return section.blocks.some((b) => b.kind === "heading" || (b.kind === "paragraph" && isEntryLead(b.lines[0]!.text)));
}

/** The plain text of each paragraph and list item. */
export function blockTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") out.push(plain(b.text));
    else if (b.kind === "list") pushAll(out, b.items.map((i) => plain(i.text)));
    else out.push(plain(b.text));
  }
  return out.filter(Boolean);
}
