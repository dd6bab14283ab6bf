// PDF → Markdown: pdf.js (through unpdf) gives each run of text with its position and size. Runs on one
// baseline make a line; lines larger than the body text become headings (the largest the name, capitals
// a section, others a job or school); "•" lines become list items; a wide vertical gap ends a paragraph.
// Loaded only by `npm run import`.
import { BULLET_GLYPHS } from "../knowledge/bullets.js";
import { findDateRange } from "../knowledge/dates.js";

/** A line's leading bullet and the spaces after it; a run that is a bullet alone (set in a symbol font). */
const LEADING_BULLET = new RegExp(`^[${BULLET_GLYPHS}]\\s*`, "u");
const ONLY_BULLET = new RegExp(`^\\s*[${BULLET_GLYPHS}]\\s*$`, "u");

interface TextRun {
  str: string;
  x: number;
  y: number;
  size: number;
  font: string;
  /** How wide pdf.js says the run is; undefined when it does not say. */
  width?: number;
}

interface PdfLine {
  text: string;
  y: number;
  size: number;
  page: number;
  /** Which column of its page (0 unless the page is laid out in two). */
  column?: number;
  /** The font every run of the line is set in; undefined when it mixes fonts ("**Label:** value"). */
  font?: string;
  /** When fonts mix: the text at the line's start set in its first run's font, and that font. */
  lead?: { text: string; font: string };
}

/** A PDF file's bytes → Markdown for the CV reader. */
export async function pdfToMarkdown(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const lines: PdfLine[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      // A run of spaces is kept: word processors set the space between "Allegro" (bold) and "| Poznań" alone.
      if (!("str" in item) || !item.str) continue;
      const [a, b, , d, x, y] = item.transform as number[];
      const width = typeof item.width === "number" && item.width > 0 ? item.width : undefined;
      runs.push({ str: item.str, x: x!, y: y!, size: Math.round(Math.hypot(a!, b!) * 10 || Math.abs(d!) * 10) / 10, font: `${p}:${item.fontName}`, ...(width ? { width } : {}) });
    }
    columnsOf(runs).forEach((column, c) => {
      for (const line of toLines(column)) lines.push({ ...line, page: p, column: c });
    });
  }
  return linesToMarkdown(withoutRepeatedFooters(lines));
}

/** Runs a column must hold, and the share of the page's characters, to count as a column of its own. */
const MIN_COLUMN_RUNS = 6;
const MIN_COLUMN_SHARE = 0.15;

/**
 * A page laid out in two columns (a sidebar of contacts and skills beside the main text) as its columns, the
 * one with the largest type (the name) first; any other page as it is. Two columns: many runs start at one
 * left edge, nothing from the left crosses it, each side holds a fair share of the text, and the two run
 * side by side down the page. A column of dates beside each job holds too little text to be one.
 */
function columnsOf(runs: TextRun[]): TextRun[][] {
  const text = runs.filter((r) => r.str.trim());
  if (text.length < MIN_COLUMN_RUNS * 2) return [runs];
  const total = chars(text);
  const minX = Math.min(...text.map((r) => r.x));
  const starts = new Map<number, number>();
  for (const r of text) starts.set(Math.round(r.x), (starts.get(Math.round(r.x)) ?? 0) + 1);
  const edges = [...starts].filter(([x, n]) => n >= MIN_COLUMN_RUNS && x > minX + 40).sort((a, b) => b[1] - a[1]);
  for (const [edge] of edges) {
    const left = text.filter((r) => r.x < edge - 1);
    const right = text.filter((r) => r.x >= edge - 1);
    if (left.filter((r) => r.x + (r.width ?? r.str.length * r.size * 0.5) > edge + 1).length > 1) continue;
    if (chars(left) < total * MIN_COLUMN_SHARE || chars(right) < total * MIN_COLUMN_SHARE) continue;
    if (new Set(left.map((r) => Math.round(r.y))).size < MIN_COLUMN_RUNS || new Set(right.map((r) => Math.round(r.y))).size < MIN_COLUMN_RUNS) continue;
    if (overlap(left, right) < 0.5) continue;
    const sides = [runs.filter((r) => r.x < edge - 1), runs.filter((r) => r.x >= edge - 1)];
    const largest = (side: TextRun[]) => Math.max(0, ...side.filter((r) => r.str.trim()).map((r) => r.size));
    return largest(sides[1]!) > largest(sides[0]!) ? [sides[1]!, sides[0]!] : sides;
  }
  return [runs];
}

/** The first font's text of a line that mixes fonts ("Backend Developer" in bold, then ", Klarna — Stockholm"). */
function leadOf(runs: TextRun[], font: string | undefined): { lead?: { text: string; font: string } } {
  if (font || !runs.length) return {};
  const first = runs[0]!.font;
  const end = runs.findIndex((r) => r.font !== first);
  const text = runs.slice(0, end < 0 ? runs.length : end).map((r) => r.str).join("").trim();
  return text ? { lead: { text, font: first } } : {};
}

function chars(runs: TextRun[]): number {
  return runs.reduce((n, r) => n + r.str.trim().length, 0);
}

/** How much of the shorter column's height the other column spans too. */
function overlap(a: TextRun[], b: TextRun[]): number {
  const span = (side: TextRun[]) => [Math.min(...side.map((r) => r.y)), Math.max(...side.map((r) => r.y))] as const;
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  const shorter = Math.min(a1 - a0, b1 - b0);
  return shorter > 0 ? Math.max(0, Math.min(a1, b1) - Math.max(a0, b0)) / shorter : 0;
}

/** Runs → lines: runs whose baselines are within a third of their size are one line, read left to right. */
function toLines(runs: TextRun[]): Omit<PdfLine, "page">[] {
  runs.sort((r, s) => s.y - r.y || r.x - s.x);
  const lines: { runs: TextRun[]; y: number }[] = [];
  for (const run of runs) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= Math.max(2, run.size / 3));
    if (line) line.runs.push(run);
    else lines.push({ runs: [run], y: run.y });
  }
  return lines.map((l) => {
    l.runs.sort((r, s) => r.x - s.x);
    let text = "";
    let end = -Infinity;
    for (const r of l.runs) {
      // A gap wider than a space between runs (a right-aligned period) is a separator.
      const gap = r.x - end;
      if (text && gap > r.size * 2) text += "   ";
      // No space before a run that opens with punctuation ("BBVA" in bold, then ", Madrid").
      else if (text && gap > r.size * 0.15 && !/\s$/.test(text) && !/^[\s,.;:)]/.test(r.str)) text += " ";
      text += r.str;
      end = r.x + (r.width ?? r.str.length * r.size * 0.5);
    }
    const fonts = new Set(l.runs.filter((r) => r.str.trim() && !ONLY_BULLET.test(r.str)).map((r) => r.font));
    const font = fonts.size === 1 ? [...fonts][0] : undefined;
    // Spaces do not make a line a heading: only runs with text count for its size.
    const sized = l.runs.filter((r) => r.str.trim());
    const size = Math.max(0, ...(sized.length ? sized : l.runs).slice(0, 50).map((r) => r.size));
    return { text: text.replace(/\s+$/, ""), y: l.y, size, ...(font ? { font } : {}), ...leadOf(sized, font) };
  });
}

/** Page footers ("Jane Doe — CV · 1/2") repeat on every page: they are not the CV's text. */
function withoutRepeatedFooters(lines: PdfLine[]): PdfLine[] {
  const pages = new Set(lines.map((l) => l.page)).size;
  if (pages < 2) return lines.filter((l) => !/\bCV · \d+\/\d+$/.test(l.text));
  const key = (t: string) => t.replace(/\d+/g, "#");
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(key(l.text), (counts.get(key(l.text)) ?? 0) + 1);
  return lines.filter((l) => (counts.get(key(l.text)) ?? 0) < pages);
}

function linesToMarkdown(lines: PdfLine[]): string {
  // The body size: the size most characters are set in; the body font likewise, at that size.
  const body = mostUsed(lines, (l) => l.size) ?? 10;
  const bodyFont = mostUsed(lines.filter((l) => l.size === body), (l) => l.font ?? "");
  const headingSizes = [...new Set(lines.map((l) => l.size).filter((s) => s > body * 1.05))].sort((a, b) => b - a);
  // Fonts that set headings are the bold ones: a body-size line wholly in one is a heading too (a job, a school).
  const headingFonts = new Set(lines.filter((l) => headingSizes.includes(l.size) && l.font).map((l) => l.font!));
  const out: string[] = [];
  let previous: PdfLine | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    const rank = headingSizes.indexOf(line.size);
    const gap = previous && previous.page === line.page && previous.column === line.column ? previous.y - line.y : Infinity;
    const boldLine = rank < 0 && !!line.font && line.font !== bodyFont && headingFonts.has(line.font) && text.length <= 120;
    const bullet = LEADING_BULLET.exec(text);
    // Set large right under the name, in lower case ("Backend Developer"): the headline, not a section.
    const headline = rank > 0 && previous !== undefined && headingSizes.indexOf(previous.size) === 0 && out[out.length - 2]?.startsWith("# ") && text !== text.toUpperCase();
    if (headline) {
      out.push(text);
    } else if ((rank >= 0 || boldLine) && !bullet) {
      out.push("", `${"#".repeat(headingLevel(text, rank))} ${text}`, "");
    } else if (bullet) {
      out.push(`- ${text.slice(bullet[0].length)}`);
    } else if (gap <= line.size * 1.9 && out.length && wrapped(out[out.length - 1]!, text)) {
      // A line that goes on in lower case is the previous one wrapped ("…, Прикладная" / "информатика, 2017");
      // one broken at a hyphen ("linkedin.com/in/marta-" / "kowalska") goes on with no space.
      out[out.length - 1] += /\p{L}-$/u.test(out[out.length - 1]!) ? text : ` ${text}`;
    } else if (boldLead(line, text, bodyFont, headingFonts)) {
      // "**Backend Developer**, Klarna — Stockholm": as a word processor's DOCX says it, an entry's first line.
      if (out.length && out[out.length - 1] !== "") out.push("");
      out.push(`**${line.lead!.text}**${text.slice(line.lead!.text.length)}`);
    } else {
      // A line of dates alone belongs to the line above it (a job's title, a school), however far below it is set.
      const datesOfAbove = isDatesLine(text) && !!out.length && out[out.length - 1] !== "" && !/^[-#]/.test(out[out.length - 1]!);
      if (gap > line.size * 1.9 && !datesOfAbove) out.push("");
      out.push(text);
    }
    previous = line;
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

/**
 * Does `next` go on the line `before`, wrapped by the page? When it starts in lower case after a letter or a
 * comma, or a hyphen ("e-" / "commerce"), or in any case after a comma ("…pipelines. Spark," / "Kafka, …").
 */
function wrapped(before: string, next: string): boolean {
  if (before.startsWith("#") || LEADING_BULLET.test(next)) return false;
  if (/,$/.test(before) && /^\p{L}/u.test(next)) return true;
  return /^\p{Ll}/u.test(next) && /\p{L}[,-]?$/u.test(before);
}

/** A line that opens in a heading's font (bold) and goes on in the body's: its start is an entry's name. */
function boldLead(line: PdfLine, text: string, bodyFont: string | undefined, headingFonts: Set<string>): boolean {
  const lead = line.lead;
  return !!lead && lead.font !== bodyFont && headingFonts.has(lead.font) && text.startsWith(lead.text) && lead.text.length < text.length && lead.text.length <= 80;
}

/** "January 2020 – present", "2011 – 2014": a line that is a date range and little else. */
function isDatesLine(text: string): boolean {
  const range = findDateRange(text);
  return !!range && (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/[\s|·,()–—-]/g, "").length <= 3;
}

/** The largest size is the name; capitals or the next size a section; a line with a period, or smaller, an entry. */
function headingLevel(text: string, rank: number): number {
  if (rank === 0) return 1;
  if (text === text.toUpperCase() && /\p{Lu}{3}/u.test(text)) return 2;
  if (rank < 0 || findDateRange(text)) return 3;
  return Math.min(rank + 1, 3);
}

function mostUsed<T>(lines: PdfLine[], key: (l: PdfLine) => T): T | undefined {
  const weight = new Map<T, number>();
  for (const l of lines) weight.set(key(l), (weight.get(key(l)) ?? 0) + l.text.length);
  let best: T | undefined;
  let most = -1;
  for (const [k, w] of weight) if (w > most) [best, most] = [k, w];
  return best;
}
