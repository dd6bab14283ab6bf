// Markdown → a flat list of blocks with line numbers: headings, paragraphs, bullet lists (with wrapped and
// multi-paragraph items) and bold-only lines, which many CVs use as headings. The block structure comes
// from markdown-it (CommonMark with GFM tables): code fences, indented code, setext headings, reference
// definitions and lists are read as any Markdown reader reads them. markdown-it rather than mdast
// (mdast-util-from-markdown): it loads synchronously (the knowledge reader is synchronous, and so is the
// start that calls it), in one small CommonJS package without a dozen micromark modules, and its tokens
// carry `map` (source lines), which is all the CV heuristics need for `file:line`. It is loaded with
// createRequire only when a file is actually parsed, that is on a knowledge-cache miss: a start with an
// unchanged résumé never pays for it. Inside what markdown-it calls a paragraph, the lines are read as
// before: CVs write "• item" bullets and "Role\n2019 – 2021" lines that CommonMark does not know.
import { createRequire } from "node:module";
import type { MarkdownIt, MarkdownItOptions, Token } from "markdown-it";
import { BULLET_GLYPHS } from "../bullets.js";
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
const BULLET = new RegExp(`^(\\s*)(?:[-*+${BULLET_GLYPHS}]|\\d{1,2}[.)])\\s+(.*)$`, "u");
const SETEXT = /^(=+|-+)\s*$/;

const requireCjs = createRequire(import.meta.url);
let markdownIt: MarkdownIt | undefined;

/** The one markdown-it instance, created on first use (a knowledge-cache miss), never on import. */
function markdownParser(): MarkdownIt {
  if (!markdownIt) {
    const Parser = requireCjs("markdown-it") as new (preset: "default", options: MarkdownItOptions) => MarkdownIt;
    // No HTML blocks: CV templates' <div>/<span> lines are read as text, their tags stripped by plain().
    markdownIt = new Parser("default", { html: false, linkify: false, typographer: false });
  }
  return markdownIt;
}

/** One source line as read: tabs as spaces, quotes unwrapped, images dropped (see toBlocks). */
function readableLine(raw: string): string {
  // A quoted line ("> Backend engineer …") is read as the text it quotes.
  // Images are photos and icons ("![](phone.png) +1 555 0100"): the words around them are what counts.
  return raw.replace(/\t/g, "    ").replace(/^\s{0,3}>\s?/, "").replace(/!\[[^\]]*\]\([^)]*\)/g, "");
}

/** A Markdown document → blocks, each with its 1-based source line. */
export function toBlocks(source: string): Block[] {
  // HTML comments are the author's notes (templates are full of them); blanked, so line numbers stay true.
  const text = source.replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ""));
  const lines = text.split(/\r?\n/).map(readableLine);
  const env: { references?: Record<string, { href: string; title: string }> } = {};
  const tokens = markdownParser().parse(lines.join("\n"), env);
  const links = referenceLinks(env.references);
  const at = (from: number, to: number) => lines.slice(from, to).map((l, i) => ({ raw: links(l), line: from + i + 1 }));
  return tokensToBlocks(tokens, at);
}

type SourceLines = (from: number, to: number) => { raw: string; line: number }[];

/** The document's top-level tokens → blocks; a paragraph's own lines are read line by line (lineBlocks). */
function tokensToBlocks(tokens: Token[], at: SourceLines): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const map = t.map ?? [0, 0];
    if (t.type === "heading_open") {
      const text = tokens[i + 1]!.content.split("\n").map((l) => l.trim()).join(" ");
      blocks.push({ kind: "heading", level: Number(t.tag.slice(1)), text, line: map[0] + 1 });
      i = closing(tokens, i);
    } else if (t.type === "bullet_list_open" || t.type === "ordered_list_open") {
      const end = closing(tokens, i);
      blocks.push(listBlock(tokens.slice(i, end + 1), at));
      i = end;
    } else if (t.type === "fence") {
      // The fence's own lines (```text) are markup; what it holds is the author's text.
      pushAll(blocks, lineBlocks(at(map[0] + 1, t.markup && closedFence(at(map[1] - 1, map[1])[0]?.raw, t.markup) ? map[1] - 1 : map[1])));
    } else if (t.type === "paragraph_open" || t.type === "table_open" || t.type === "code_block" || t.type === "html_block") {
      pushAll(blocks, lineBlocks(at(map[0], map[1])));
      if (t.nesting === 1) i = closing(tokens, i);
    }
  }
  return blocks;
}

function pushAll<T>(into: T[], items: T[]): void {
  for (const item of items) into.push(item);
}

function closedFence(line: string | undefined, markup: string): boolean {
  return line !== undefined && line.trim().startsWith(markup);
}

/** The index of the token closing the one opened at `open` (itself, for a token that opens nothing). */
function closing(tokens: Token[], open: number): number {
  if (tokens[open]!.nesting !== 1) return open;
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

/**
 * A list (with its nested lists) → one list block: each item's paragraphs joined into one text, its
 * line the bullet's, its indent the spaces before the bullet, so nested items can be told from their parent.
 */
function listBlock(tokens: Token[], at: SourceLines): ListBlock {
  const items: ListBlock["items"] = [];
  let current: ListBlock["items"][number] | undefined;
  for (const t of tokens) {
    if (t.type === "list_item_open" && t.map) {
      const raw = at(t.map[0], t.map[0] + 1)[0]!.raw;
      current = { text: "", line: t.map[0] + 1, indent: raw.length - raw.trimStart().length };
      items.push(current);
    } else if ((t.type === "inline" || t.type === "code_block" || t.type === "fence") && current) {
      const text = t.content.split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
      current.text = current.text ? `${current.text} ${text}` : text;
    } else if (t.type === "bullet_list_open" || t.type === "ordered_list_open") {
      current = undefined; // a nested list's items follow; text after it belongs to no item
    }
  }
  return { kind: "list", items: items.filter((it) => it.text), line: items[0]?.line ?? 1 };
}

/**
 * Reference links ("[Acme][acme]" with "[acme]: https://acme.example" elsewhere) written inline, so they
 * read like any other link; the definitions themselves markdown-it has already taken out.
 */
function referenceLinks(references: Record<string, { href: string }> | undefined): (line: string) => string {
  if (!references || !Object.keys(references).length) return (line) => line;
  const href = (label: string) => references[label.trim().replace(/\s+/g, " ").toUpperCase()]?.href;
  return (line) =>
    line.replace(/\[([^\]]+)\](?:\[([^\]]*)\])?(?!\()/g, (m, text: string, ref: string | undefined) => {
      const url = href(ref || text);
      return url ? `[${text}](${url})` : m;
    });
}

/** Lines → blocks, line by line: what CVs write inside a paragraph (• bullets, setext titles, rules). */
function lineBlocks(lines: { raw: string; line: number }[]): Block[] {
  const blocks: Block[] = [];
  let para: { text: string[]; line: number } | undefined;
  let list: ListBlock | undefined;

  const flush = () => {
    if (para) blocks.push(paragraph(para.text.map((text, i) => ({ text, line: para!.line + i }))));
    if (list) blocks.push(list);
    para = undefined;
    list = undefined;
  };

  for (const { raw: line, line: lineNo } of lines) {
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const heading = HEADING.exec(trimmed);
    if (heading && !line.startsWith("    ")) {
      flush();
      blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]!, line: lineNo });
      continue;
    }
    // Setext headings: a single paragraph line underlined with === or ---.
    if (para && para.text.length === 1 && SETEXT.test(trimmed)) {
      const text = para.text[0]!;
      const line0 = para.line;
      para = undefined;
      flush();
      blocks.push({ kind: "heading", level: trimmed.startsWith("=") ? 1 : 2, text, line: line0 });
      continue;
    }
    if (/^([-*_])(\s*\1){2,}\s*$/.test(trimmed)) {
      flush(); // a thematic break
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (para) flush();
      list ??= { kind: "list", items: [], line: lineNo };
      list.items.push({ text: bullet[2]!.trim(), line: lineNo, indent: bullet[1]!.length });
      continue;
    }
    if (list) {
      // A wrapped line continues the last item.
      const last = list.items[list.items.length - 1]!;
      last.text = `${last.text} ${trimmed}`;
      continue;
    }
    para ??= { text: [], line: lineNo };
    para.text.push(trimmed);
  }
  flush();
  return blocks;
}

/** A paragraph block from consecutive lines. */
export function paragraph(lines: { text: string; line: number }[]): ParagraphBlock {
  return { kind: "paragraph", text: lines.map((l) => l.text).join(" "), line: lines[0]!.line, lines };
}

/** Strips inline Markdown (emphasis, code, links → "text (url)") to plain text. */
export function plain(text: string): string {
  // Backslash escapes ("C\\#", "\\*nix") stand for the character itself: kept aside from the emphasis and
  // link rules below as private-use characters, then put back.
  return withoutEscapes(text)
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
    .trim()
    .replace(/[\uE000-\uE07F]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000));
}

/** "\\*" → a private-use stand-in for "*" (U+E000 + its code), so no inline rule reads it as markup. */
function withoutEscapes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, (_m, ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0)));
}

/** The text is wholly wrapped in emphasis: "_Oct 2019 - May 2021_", "*Berlin*". */
export function isEmphasisOnly(text: string): boolean {
  return /^([*_]{1,2})[^*_].*\1\.?$/.test(text.trim());
}
