// DOCX → Markdown: mammoth reads the document's structure (headings by style, lists, bold, links) as HTML,
// and the few tags it writes become their Markdown forms here. Loaded only by `npm run import`.

/** A DOCX file's bytes → Markdown for the CV reader. */
export async function docxToMarkdown(bytes: Buffer): Promise<string> {
  const mammoth = (await import("mammoth")).default;
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  return htmlToMarkdown(html);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A line break inside a paragraph, kept through the whitespace clean-up below. */
const BREAK = "\u0000";

/** Inline HTML → Markdown text: bold, italics, links; other tags dropped; a <br> a new line ("Role<br>Acme"). */
function inline(html: string): string {
  return decode(
    html
      .replace(/<br\s*\/?>/gi, BREAK)
      .replace(/<(strong|b)>([\s\S]*?)<\/\1>/gi, (_m, _t, inner: string) => (inner.trim() ? `**${inner.trim()}**` : ""))
      .replace(/<(em|i)>([\s\S]*?)<\/\1>/gi, (_m, _t, inner: string) => (inner.trim() ? `_${inner.trim()}_` : ""))
      .replace(/<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, label: string) =>
        href.startsWith("#") ? label : `[${label.replace(/<[^>]+>/g, "")}](${href})`,
      )
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/\s+/g, " ")
    .replace(/ ?\u0000 ?/g, "\n")
    .replace(/\n+/g, "\n")
    .trim();
}

/** mammoth's HTML (headings, paragraphs, lists, tables) → Markdown blocks separated by blank lines. */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  const block = /<(h[1-6]|p|li|tr)\b[^>]*>([\s\S]*?)<\/\1>|<(ul|ol)\b[^>]*>|<\/(ul|ol)>/gi;
  let depth = 0;
  for (let m = block.exec(html); m; m = block.exec(html)) {
    if (m[3]) {
      depth++;
      continue;
    }
    if (m[4]) {
      depth = Math.max(0, depth - 1);
      if (!depth) out.push("");
      continue;
    }
    const tag = m[1]!.toLowerCase();
    const body = m[2]!;
    if (tag === "tr") {
      out.push(...tableRow(body));
      continue;
    }
    const text = inline(body.replace(/<(ul|ol)\b[\s\S]*$/i, ""));
    if (!text) continue;
    if (tag === "li") out.push(`${"  ".repeat(Math.max(0, depth - 1))}- ${text}`);
    else if (tag.startsWith("h")) out.push(`${"#".repeat(Number(tag[1]))} ${text.replace(/\n/g, " ").replace(/^\*\*(.*)\*\*$/, "$1")}`, "");
    else out.push(text, "");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

/**
 * A table row → lines. Word CVs often lay a job out as a row: the dates in one cell, the title, the
 * employer, a description and bullets in the next. The first line of each cell makes the row's first line
 * ("Apr 2022 – Present — **Lead Engineer**, Swiggy"), the cells' other paragraphs and bullets follow it.
 */
function tableRow(rowHtml: string): string[] {
  const cellHtml = [...rowHtml.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => c[1]!);
  const cells = cellHtml.map(cellLines).filter((l) => l.length);
  if (!cells.length) return [];
  if (cells.filter((lines) => lines.length >= LAYOUT_CELL_LINES).length >= 2) return layoutColumns(cellHtml);
  const first = cells.map((lines) => lines[0]!).join(" — ");
  return [first, ...cells.flatMap((lines) => lines.slice(1)), ""];
}

/** Lines each of two cells of one row must hold for the row to be a page's columns, not one entry. */
const LAYOUT_CELL_LINES = 5;

/**
 * A row laid out as the page's columns (a sidebar of contacts and skills beside the main text): each cell as
 * a document of its own, the one with the most text (the name, the experience) first.
 */
function layoutColumns(cellHtml: string[]): string[] {
  const columns = cellHtml.map((html) => htmlToMarkdown(html).trim()).filter(Boolean);
  columns.sort((a, b) => b.length - a.length);
  return columns.flatMap((md) => [...md.split("\n"), ""]);
}

/** A cell's paragraphs and list items as lines; a cell of inline text only is one line. */
function cellLines(cellHtml: string): string[] {
  if (!/<(p|li|h[1-6])\b/i.test(cellHtml)) {
    const text = inline(cellHtml);
    return text ? [text] : [];
  }
  return htmlToMarkdown(cellHtml).split("\n").filter((line) => line.trim());
}
