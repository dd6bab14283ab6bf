// Plain-text CVs (a .txt file, a Markdown file that is one fenced ```text block, or what `npm run import`
// extracts from a DOCX or PDF) → Markdown the CV reader understands, line for line, so `file:line` in
// messages stays true. What plain text uses for structure becomes Markdown structure: CAPS headings and
// underlined headings become section headings, dash rules go, "Company — Role — dates" lines (a line with
// a period and separators, outside a list) become job headings.
import { BULLET_GLYPHS } from "./bullets.js";
import { findDateRange } from "./dates.js";

/** The body of a file that is nothing but one fenced block, with the fence lines blanked; else undefined. */
export function unfence(source: string): string | undefined {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim());
  let last = lines.length - 1;
  while (last > first && !lines[last]!.trim()) last--;
  if (first < 0 || !/^\s*(```|~~~)\s*(text|txt|plain|plaintext)?\s*$/i.test(lines[first]!) || !/^\s*(```|~~~)\s*$/.test(lines[last]!) || first === last) return undefined;
  const fence = lines[first]!.trim().slice(0, 3);
  // One block only: a fence inside would mean several blocks with Markdown between them.
  if (lines.slice(first + 1, last).some((l) => l.trim().startsWith(fence))) return undefined;
  lines[first] = "";
  lines[last] = "";
  return lines.join("\n");
}

const CAPS_TITLE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const RULE = /^\s*([-=_*~#])\1{2,}\s*$/;
const BULLET = new RegExp(`^\\s*(?:[-*+o${BULLET_GLYPHS}]|\\d{1,2}[.)])\\s+`, "u");

/** Plain text → Markdown, one output line per input line. */
export function plainTextToMarkdown(source: string): string {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const out: string[] = new Array<string>(lines.length);
  let titled = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\t/g, "    ").replace(/\s+$/, "");
    const line = raw.trim();
    const next = lines[i + 1]?.trim() ?? "";
    const prevBlank = i === 0 || !lines[i - 1]!.trim() || RULE.test(lines[i - 1]!);
    if (!line) {
      out[i] = "";
      continue;
    }
    if (RULE.test(line)) {
      out[i] = "";
      continue;
    }
    const escaped = line;
    if (!titled) {
      titled = true;
      out[i] = `# ${escaped}`;
      continue;
    }
    const underlined = /^([-=~])\1{2,}$/.test(next) && next.length >= Math.min(line.length, 3);
    const caps = CAPS_TITLE.test(line) && /\p{Lu}{3}/u.test(line) && line.length <= 40 && !findDateRange(line) && prevBlank;
    if ((underlined || caps) && !BULLET.test(raw)) {
      out[i] = `## ${escaped.replace(/:$/, "")}`;
      continue;
    }
    if (!BULLET.test(raw) && prevBlank && isJobLine(line)) {
      out[i] = `### ${escaped}`;
      continue;
    }
    const bullet = BULLET.exec(raw);
    out[i] = bullet ? `${/^\s*/.exec(raw)![0]}- ${raw.slice(bullet[0].length)}` : line;
  }
  return out.join("\n");
}

/** "Acme Corp — Senior Engineer — 2019 – 2021", "Senior Engineer, Acme | Jan 2020 – now": a job's line. */
function isJobLine(line: string): boolean {
  if (line.length > 140) return false;
  const range = findDateRange(line);
  if (!range) return false;
  const rest = (line.slice(0, range.index) + line.slice(range.index + range.length)).trim();
  return /\s[—–|·-]\s|,\s|\s(at|@)\s/.test(line) && rest.replace(/[\s—–|·,()-]+/g, "").length >= 3;
}
