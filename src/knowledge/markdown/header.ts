// The top of a CV, before its first section: a headline, a place, contact lines such as
// "Backend Engineer · Prague, Czech Republic" or "[GitHub](…) | [Email](mailto:…)", and labelled lines
// ("Location: Berlin", "Skype: jdoe", "Languages:" with the languages nested under it).
import { findContacts, mergeContacts } from "../contacts.js";
import type { Contact, Language } from "../model.js";
import { plain, type Block } from "./blocks.js";
import { isSpokenLanguages, readLanguages } from "./languages.js";
import { ROLE_WORDS } from "./words.js";
import { pushAll } from "../arrays.js";

export interface Header {
  name: string;
  headline?: string;
  location?: string;
  contacts: Contact[];
  languages: Language[];
  summary: string[];
}

/** Separators between the parts of a contact line. */
const PART_SEPARATOR = /\s+[·|•◆⋅]\s+|\s*[·|•◆⋅]\s*$|^\s*[·|•◆⋅]\s*|\s{3,}/;
/** What is left of "Email: a@b.c" once the address is taken out. */
const LABEL_ONLY = /^(e-?mail|mail|phone|tel|telephone|mobile|cell|web\s?site|web|site|home\s?page|blog|portfolio|github|gitlab|linkedin|twitter|x|telegram|contacts?)\s*:?$/i;
/** "Prague, Czech Republic", "Nadiad, Gujarat, India". */
const LOCATION = /^[\p{L} .'-]+(?:,\s*[\p{L} .'-]+){1,3}$/u;
/** Messengers written as "Skype: jdoe": kept as contacts of kind "other", label and all. */
const MESSENGER = /^(skype|discord|slack|matrix|wechat|whatsapp|signal|icq|xmpp|jabber)\s*:\s*(\S.*)$/i;
/** "Engineering Manager, Platform": what follows a role's comma may name a team or a field, not a town. */
const TEAM_WORD = /^(platform|payments?|infrastructure|infra|back-?end|front-?end|full-?stack|data|security|mobile|growth|search|ads|cloud|core|devops|ml|ai|web|apis?|billing|identity|analytics|product|engineering|research|tooling|observability|reliability|storage|networking|gaming|fintech|integrations?|internal tools)\b/i;
const LOCATION_LABEL = /^(location|address|based in|city|residence)\s*:\s*(\S.*)$/i;
const MARKDOWN_LINK = /\[([^\]]*)\]\(([^)\s]+)\)/g;

export function readHeader(blocks: Block[], name: string, into: Contact[] = []): Header {
  const header: Header = { name, contacts: into, languages: [], summary: [] };
  for (const { text, parts } of headerTexts(blocks, header)) {
    if (!parts) {
      place(header, text);
      continue;
    }
    for (const part of parts) place(header, part);
  }
  return header;
}

/** Where one piece of the header goes: the name if there is none yet, else headline, place or summary. */
function place(header: Header, text: string): void {
  if (!header.name) {
    header.name = text;
    return;
  }
  const labelledPlace = LOCATION_LABEL.exec(text);
  if (labelledPlace && !header.location) {
    header.location = labelledPlace[2]!.trim();
    return;
  }
  // "Mobile Backend Developer — Stockholm, Sweden": a headline and a place on one line.
  const withPlace = /^(.+?)\s+[—–]\s+([^—–]+)$/.exec(text);
  if (withPlace && !header.headline && !header.location && isPlace(withPlace[2]!)) {
    header.headline = withPlace[1]!;
    header.location = withPlace[2]!;
    return;
  }
  // "Full-stack developer, Munich": a role, then a town after the last comma.
  const roleThenTown = /^(.+),\s+(\p{Lu}[\p{L}.' -]{1,40})$/u.exec(text);
  if (roleThenTown && !header.headline && !header.location && ROLE_WORDS.test(roleThenTown[1]!) && !ROLE_WORDS.test(roleThenTown[2]!) && !TEAM_WORD.test(roleThenTown[2]!)) {
    header.headline = roleThenTown[1]!;
    header.location = roleThenTown[2]!;
    return;
  }
  // "Prague, Czech Republic" is a place wherever it stands; a headline names a role, not a town.
  if (!header.location && isPlace(text)) header.location = text;
  // "Permission to work: Russia" is a fact for the summary, not a headline.
  else if (!header.headline && text.length < 120 && !/^[\p{L} ]{2,30}:\s/u.test(text)) header.headline = text.replace(/\.$/, "");
  else header.summary.push(text);
}

/** "Stockholm, Sweden" or "Location: Stockholm" as the place it names; undefined for anything else. */
export function placeIn(text: string): string | undefined {
  const labelled = LOCATION_LABEL.exec(text);
  if (labelled) return labelled[2]!.trim();
  return isPlace(text) ? text : undefined;
}

function isPlace(text: string): boolean {
  return LOCATION.test(text) && !ROLE_WORDS.test(text);
}

/**
 * The header's texts. A line with contacts is split into its parts, contacts taken out (into the header);
 * a paragraph of short lines is read line by line (name, headline, place); a long one stays whole.
 */
function headerTexts(blocks: Block[], header: Header): { text: string; parts?: string[] }[] {
  const out: { text: string; parts?: string[] }[] = [];
  const take = (raw: string) => {
    const piece = readLine(raw, header);
    if (piece) out.push(piece);
  };
  for (const b of blocks) {
    if (b.kind === "list") {
      for (let i = 0; i < b.items.length; i++) {
        const item = b.items[i]!;
        // "* Languages:" with "  * Russian - native" nested under it.
        if (/^(spoken |human |foreign )?languages?\s*:$/i.test(plain(item.text))) {
          const nested: string[] = [];
          while (b.items[i + 1] && b.items[i + 1]!.indent > item.indent) nested.push(plain(b.items[++i]!.text));
          pushAll(header.languages, readLanguages(nested));
          continue;
        }
        take(item.text);
      }
    } else if (b.kind === "heading") take(b.text);
    else {
      const lines = b.lines.map((l) => plain(l.text));
      // Wrapped prose (a line ending in a comma, the next starting in lower case) stays one text.
      const wrapped = lines.some((l, i) => (i > 0 && /^\p{Ll}/u.test(l)) || (i < lines.length - 1 && /,$/.test(l)));
      const short = lines.every((l) => l.length <= 80) && !wrapped;
      const lineByLine = lines.length > 1 && (short || b.lines.some((l) => contactsIn(l.text).length));
      if (lineByLine) for (const l of b.lines) take(l.text);
      else take(b.text);
    }
  }
  return out;
}

/** One header line: its contacts go to the header; what else it says comes back, whole or in parts. */
function readLine(raw: string, header: Header): { text: string; parts?: string[] } | undefined {
  const text = plain(raw.replace(MARKDOWN_LINK, (_m, label: string) => label));
  if (!text) return undefined;
  const messenger = MESSENGER.exec(text);
  if (messenger) {
    mergeContacts(header.contacts, [{ kind: "other", value: `${capitalize(messenger[1]!)}: ${messenger[2]!.trim()}` }]);
    return undefined;
  }
  const languages = /^([^:]{1,30}):\s*(.+)$/.exec(text);
  if (languages && isSpokenLanguages(languages[1]!, languages[2]!)) {
    pushAll(header.languages, readLanguages([languages[2]!]));
    return undefined;
  }
  const found = contactsIn(raw);
  mergeContacts(header.contacts, found);
  if (!found.length && !PART_SEPARATOR.test(text)) return { text };
  const parts = partsWithoutContacts(raw, found);
  // A line without contacts is split only to find a place in it ("Backend Engineer · Prague, Czechia");
  // "Learner | Maker | Explorer" stays one headline.
  if (!found.length && !parts.some(isPlace)) return { text };
  return { text, parts };
}

/** Contacts in a line, including link targets: "[Email](mailto:a@b.c)" names a@b.c. */
function contactsIn(raw: string): Contact[] {
  return findContacts(raw.replace(MARKDOWN_LINK, (_m, label: string, url: string) => `${label} ${url} `));
}

/** "Lagos, Nigeria · bob@example.net · [GitHub](https://…)" → ["Lagos, Nigeria"]. */
function partsWithoutContacts(raw: string, found: Contact[]): string[] {
  // A link's label ("GitHub", "Email") only names its target; the target is a contact or nothing.
  let rest = plain(raw.replace(MARKDOWN_LINK, " · "));
  // URLs are shown without their scheme, so their written forms go first; e-mails and phones as written.
  rest = rest.replace(/\b(?:https?:\/\/|www\.|mailto:|tel:)[^\s<>()"']+/gi, " · ");
  for (const c of found) rest = rest.split(c.value).join(" · ");
  rest = rest.replace(/\b(?:telegram|tg)\s*:?\s*·/gi, " · ");
  return (
    rest
      .split(PART_SEPARATOR)
      // Icons ("📍 Nairobi", "✉️") and separators around a part are not part of it.
      .map((p) => p.replace(/^[^\p{L}\p{N}+(]+|[^\p{L}\p{N}).]+$/gu, "").trim())
      .filter((p) => /\p{L}/u.test(p) && !LABEL_ONLY.test(p))
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
