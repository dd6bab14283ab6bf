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
  /** The font every run of the line is set in; undefined when it mixes fonts ("**Label:** value"). */
  font?: string;
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
    for (const line of toLines(runs)) lines.push({ ...line, page: p });
  }
  return linesToMarkdown(withoutRepeatedFooters(lines));
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
    return { text: text.replace(/\s+$/, ""), y: l.y, size: Math.max(0, ...(sized.length ? sized : l.runs).slice(0, 50).map((r) => r.size)), font };
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
    const gap = previous && previous.page === line.page ? previous.y - line.y : Infinity;
    const boldLine = rank < 0 && !!line.font && line.font !== bodyFont && headingFonts.has(line.font) && text.length <= 120;
    const bullet = LEADING_BULLET.exec(text);
    if ((rank >= 0 || boldLine) && !bullet) {
      out.push("", `${"#".repeat(headingLevel(text, rank))} ${text}`, "");
    } else if (bullet) {
      out.push(`- ${text.slice(bullet[0].length)}`);
    } else if (gap <= line.size * 1.9 && /^\p{Ll}/u.test(text) && out.length && /\p{L}[,]?$/u.test(out[out.length - 1]!) && !out[out.length - 1]!.startsWith("#")) {
      // A line that goes on in lower case is the previous one wrapped ("…, Прикладная" / "информатика, 2017").
      out[out.length - 1] += ` ${text}`;
    } else {
      if (gap > line.size * 1.9) out.push("");
      out.push(text);
    }
    previous = line;
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
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
