// The top of a CV, before its first section: a headline, a place, and contact lines such as
// "Backend Engineer · Prague, Czech Republic" or "Lagos · bob@example.net · +234 803 555 0199".
import { findContacts, mergeContacts } from "../contacts.js";
import type { Contact } from "../model.js";
import { plain, type Block } from "./blocks.js";
import { ROLE_WORDS } from "./words.js";

export interface Header {
  name: string;
  headline?: string;
  location?: string;
  contacts: Contact[];
  summary: string[];
}

/** Separators between the parts of a contact line. */
const PART_SEPARATOR = /\s+[·|•◆⋅]\s+|\s*[·|•◆⋅]\s*$|^\s*[·|•◆⋅]\s*|\s{3,}/;
/** What is left of "Email: a@b.c" once the address is taken out. */
const LABEL_ONLY = /^(e-?mail|mail|phone|tel|telephone|mobile|cell|web\s?site|web|site|home\s?page|blog|portfolio|github|gitlab|linkedin|twitter|x|telegram|contacts?)\s*:?$/i;
const LOCATION = /^[\p{L} .'-]+,\s*[\p{L} .'-]+$/u;

export function readHeader(blocks: Block[], name: string, into: Contact[] = []): Header {
  const header: Header = { name, contacts: into, summary: [] };
  for (const { text, parts } of headerTexts(blocks, header.contacts)) {
    if (!parts) {
      place(header, text, false);
      continue;
    }
    for (const part of parts) place(header, part, true);
  }
  return header;
}

/** Where one piece of the header goes: the name if there is none yet, else headline, place or summary. */
function place(header: Header, text: string, fromContactLine: boolean): void {
  if (!header.name) {
    header.name = text;
    return;
  }
  // "Mobile Backend Developer — Stockholm, Sweden": a headline and a place on one line.
  const withPlace = /^(.+?)\s+[—–]\s+([^—–]+)$/.exec(text);
  if (withPlace && !header.headline && !header.location && LOCATION.test(withPlace[2]!) && !ROLE_WORDS.test(withPlace[2]!)) {
    header.headline = withPlace[1]!;
    header.location = withPlace[2]!;
    return;
  }
  // On a contact line "Prague, Czech Republic" is a place; alone under the name it may be a headline.
  const isPlace = !header.location && LOCATION.test(text) && !ROLE_WORDS.test(text);
  if (isPlace && (fromContactLine || header.headline)) header.location = text;
  else if (!header.headline && text.length < 120) header.headline = text.replace(/\.$/, "");
  else if (isPlace) header.location = text;
  else header.summary.push(text);
}

/**
 * The header's texts. A line with contacts is split into its parts, contacts taken out (into `contacts`);
 * a paragraph of short lines is read line by line (name, headline, place); a long one stays whole.
 */
function headerTexts(blocks: Block[], contacts: Contact[]): { text: string; parts?: string[] }[] {
  const out: { text: string; parts?: string[] }[] = [];
  const take = (raw: string) => {
    const text = plain(raw);
    if (!text) return;
    const found = findContacts(text);
    mergeContacts(contacts, found);
    if (!found.length && !PART_SEPARATOR.test(text)) {
      out.push({ text });
      return;
    }
    out.push({ text, parts: partsWithoutContacts(text, found) });
  };
  for (const b of blocks) {
    if (b.kind === "list") for (const item of b.items) take(item.text);
    else if (b.kind === "heading") take(b.text);
    else {
      const lines = b.lines.map((l) => plain(l.text));
      const lineByLine = lines.length > 1 && (lines.every((l) => l.length <= 80) || lines.some((l) => findContacts(l).length));
      if (lineByLine) for (const l of b.lines) take(l.text);
      else take(b.text);
    }
  }
  return out;
}

/** "Lagos, Nigeria · bob@example.net · Website: https://…" → ["Lagos, Nigeria"]. */
function partsWithoutContacts(text: string, found: Contact[]): string[] {
  // URLs are shown without their scheme, so their written forms go first; e-mails and phones as written.
  let rest = text.replace(/\b(?:https?:\/\/|www\.|mailto:|tel:)[^\s<>()"']+/gi, " · ");
  for (const c of found) rest = rest.split(c.value).join(" · ");
  rest = rest.replace(/\b(?:telegram|tg)\s*:?\s*·/gi, " · ");
  return rest
    .split(PART_SEPARATOR)
    // Icons ("📍 Nairobi", "✉️") and separators around a part are not part of it.
    .map((p) => p.replace(/^[^\p{L}\p{N}+(]+|[^\p{L}\p{N}).]+$/gu, "").trim())
    // Icons and bullets ("📧", "☎") are left when their contact is taken; only words are kept.
    .filter((p) => /\p{L}/u.test(p) && !LABEL_ONLY.test(p));
}
