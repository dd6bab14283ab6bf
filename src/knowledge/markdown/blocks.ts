// Markdown → a flat list of blocks with line numbers. Just enough Markdown for CVs: headings, paragraphs,
// bullet lists (with wrapped continuation lines), and bold-only lines, which many CVs use as headings.

export interface HeadingBlock {
  kind: "heading";
  level: number;
  text: string;
  line: number;
}
export interface ParagraphBlock {
  kind: "paragraph";
  /** The paragraph's lines joined with single spaces. */
  text: string;
  line: number;
  /** Each source line on its own: CVs often put a role, a date and a place on consecutive lines. */
  lines: { text: string; line: number }[];
}
export interface ListBlock {
  kind: "list";
  /** indent: the spaces before the bullet, so nested items can be told from their parent. */
  items: { text: string; line: number; indent: number }[];
  line: number;
}
export type Block = HeadingBlock | ParagraphBlock | ListBlock;

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)(?:[-*+•●▪‣◦]|\d{1,2}[.)])\s+(.*)$/;
const SETEXT = /^(=+|-+)\s*$/;

export function toBlocks(source: string): Block[] {
  // HTML comments are the author's notes (templates are full of them); blanked, so line numbers stay true.
  const text = source.replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ""));
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  let para: { text: string[]; line: number } | undefined;
  let list: ListBlock | undefined;

  const flush = () => {
    if (para) blocks.push(paragraph(para.text.map((text, i) => ({ text, line: para!.line + i }))));
    if (list) blocks.push(list);
    para = undefined;
    list = undefined;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    // A quoted line ("> Backend engineer …") is read as the text it quotes.
    // Images are photos and icons ("![](phone.png) +1 555 0100"): the words around them are what counts.
    const line = raw.replace(/\t/g, "    ").replace(/^\s{0,3}>\s?/, "").replace(/!\[[^\]]*\]\([^)]*\)/g, "");
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      return;
    }
    const heading = HEADING.exec(trimmed);
    if (heading && !line.startsWith("    ")) {
      flush();
      blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]!, line: lineNo });
      return;
    }
    // Setext headings: a single paragraph line underlined with === or ---.
    if (para && para.text.length === 1 && SETEXT.test(trimmed)) {
      const text = para.text[0]!;
      const line0 = para.line;
      para = undefined;
      flush();
      blocks.push({ kind: "heading", level: trimmed.startsWith("=") ? 1 : 2, text, line: line0 });
      return;
    }
    if (/^([-*_])(\s*\1){2,}\s*$/.test(trimmed)) {
      flush(); // a thematic break
      return;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (para) flush();
      list ??= { kind: "list", items: [], line: lineNo };
      list.items.push({ text: bullet[2]!.trim(), line: lineNo, indent: bullet[1]!.length });
      return;
    }
    if (list) {
      // A wrapped line continues the last item.
      const last = list.items[list.items.length - 1]!;
      last.text = `${last.text} ${trimmed}`;
      return;
    }
    para ??= { text: [], line: lineNo };
    para.text.push(trimmed);
  });
  flush();
  return blocks;
}

/** A paragraph block from consecutive lines. */
export function paragraph(lines: { text: string; line: number }[]): ParagraphBlock {
  return { kind: "paragraph", text: lines.map((l) => l.text).join(" "), line: lines[0]!.line, lines };
}

/** Strips inline Markdown (emphasis, code, links → "text (url)") to plain text. */
export function plain(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) =>
      label.trim() === url.trim() || url.startsWith("mailto:") || url.startsWith("tel:") ? label : `${label} (${url})`,
    )
    .replace(/<((?:https?|mailto):[^>]+)>/g, "$1")
    // Inline HTML (<br>, <b>, <img …>, <div align="center">) carries layout, not words.
    .replace(/<([^<>\s@]+@[^<>\s]+)>/g, "$1")
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, " ")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text is wholly wrapped in emphasis: "_Oct 2019 - May 2021_", "*Berlin*". */
export function isEmphasisOnly(text: string): boolean {
  return /^([*_]{1,2})[^*_].*\1\.?$/.test(text.trim());
}
