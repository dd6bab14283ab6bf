// Skills ("Category: a, b, c" lines or bullets, or plain lists) and spoken languages ("English (native),
// German (B2)", "Yoruba — native"), which CVs write in a section of their own or among the skills.
import type { Language, SkillGroup } from "../model.js";
import { plain, type Block } from "./blocks.js";
import { blockTexts, type Section } from "./entries.js";
import { isSpokenLanguages, readLanguages } from "./languages.js";
import { splitList } from "./lists.js";
import { pushAll } from "../arrays.js";


export function parseSkills(section: Section): { skills: SkillGroup[]; languages: Language[] } {
  const groups: SkillGroup[] = [];
  const languages: Language[] = [];
  let heading = section.title;
  for (const b of section.blocks) {
    if (b.kind === "heading") {
      heading = plain(b.text);
      continue;
    }
    for (const text of skillLines(b)) {
      // "Backend: Go, Rust", or as a word processor's two-column table comes out, "Backend — Go, Rust".
      const m = /^([^:]{1,40}):\s*(.+)$/.exec(text) ?? DASHED_GROUP.exec(text);
      const name = m ? m[1]!.trim() : heading;
      const body = m ? m[2]! : text;
      if (m && isSpokenLanguages(name, body)) {
        pushAll(languages, readLanguages([body]));
        continue;
      }
      // A sentence ("Erlang - developing applications. Riak and Mnesia as databases.") is one item: split
      // at its commas and "and"s it would fall apart into fragments.
      const items = isProse(body) ? [body] : splitList(body);
      const existing = groups.find((g) => g.name === name);
      if (existing) pushAll(existing.items, items);
      else groups.push({ name, items });
    }
  }
  return { skills: groups.filter((g) => g.items.length), languages };
}

/** "Frontend — React, Angular": a short label, a dash, then a list (a comma in it). */
const DASHED_GROUP = /^([^:,—–]{1,30}?)\s+[—–]\s+(?=[^,]+,)(.+)$/;

/** A paragraph of "Category: a, b" lines is read line by line; other paragraphs and items whole. */
function skillLines(b: Block): string[] {
  if (b.kind === "paragraph" && b.lines.every((l) => l.text.trim().startsWith("|"))) return tableRows(b.lines.map((l) => l.text));
  if (b.kind === "paragraph" && b.lines.length > 1 && b.lines.every((l) => /^[^:]{1,40}:\s*\S/.test(plain(l.text)))) {
    return b.lines.map((l) => plain(l.text));
  }
  return blockTexts([b]);
}

export function parseLanguages(section: Section): Language[] {
  return readLanguages(blockTexts(section.blocks));
}

/**
 * A Markdown table of skills ("| Languages | Go, Rust |") → "Languages: Go, Rust" lines. The header row
 * (the one above the |---| row) names the columns, not a skill group, so it is left out.
 */
function tableRows(lines: string[]): string[] {
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => plain(c));
  const separator = lines.findIndex((l) => /^\|?[\s:|-]+\|?$/.test(l.trim()) && l.includes("-"));
  const rows = separator >= 0 ? lines.slice(separator + 1) : lines;
  return rows
    .map(cells)
    .filter((row) => row.some(Boolean))
    .map(([name, ...rest]) => (rest.some(Boolean) ? `${name}: ${rest.filter(Boolean).join(", ")}` : name!));
}

function isProse(text: string): boolean {
  const words = text.split(/\s+/).length;
  const commas = (text.match(/,/g) ?? []).length;
  return words >= 6 && (/[.!?]\s+\p{L}/u.test(text) || /[.!?]$/.test(text)) && commas * 3 < words;
}
