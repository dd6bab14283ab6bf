// How wide a line of text will be in the rendered picture, so long names can be cut before they
// run off the edge. SVG has no layout engine of its own; we read advance widths straight from the
// TrueType file that resvg will draw with (tables cmap, hmtx, head, hhea). Kerning is ignored, which
// is why callers keep a small safety margin.
import { readFileSync } from "node:fs";
import { fontFile, type FontStyle } from "./fonts.js";

interface Metrics {
  unitsPerEm: number;
  /** Advance width in font units by Unicode code point. */
  advance(codePoint: number): number;
}

const cache = new Map<FontStyle, Metrics>();

function metrics(style: FontStyle): Metrics {
  let m = cache.get(style);
  if (!m) {
    m = parseMetrics(readFileSync(fontFile(style)));
    cache.set(style, m);
  }
  return m;
}

/** Width in pixels of `text` set in DejaVu Sans at `size` px. */
export function textWidth(text: string, size: number, style: FontStyle = "regular"): number {
  const m = metrics(style);
  let units = 0;
  for (const ch of text) units += m.advance(ch.codePointAt(0)!);
  return (units / m.unitsPerEm) * size;
}

const ELLIPSIS = "…";

/** The text as it is when it fits in `maxWidth`, otherwise cut at a character and ended with "…". */
export function fitText(text: string, maxWidth: number, size: number, style: FontStyle = "regular"): string {
  if (textWidth(text, size, style) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // Longest prefix that still fits together with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join("").trimEnd() + ELLIPSIS, size, style) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo ? chars.slice(0, lo).join("").trimEnd() + ELLIPSIS : "";
}

function parseMetrics(font: Buffer): Metrics {
  const tables = new Map<string, number>();
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables.set(font.toString("latin1", rec, rec + 4), font.readUInt32BE(rec + 8));
  }
  const at = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(at("head") + 18);
  const numberOfHMetrics = font.readUInt16BE(at("hhea") + 34);
  const hmtx = at("hmtx");
  const advanceOfGlyph = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(font, at("cmap"));
  const missing = advanceOfGlyph(0);
  return {
    unitsPerEm,
    advance: (cp) => {
      const glyph = glyphOf(cp);
      return glyph ? advanceOfGlyph(glyph) : missing;
    },
  };
}

/** A code point → glyph id function from the best Unicode subtable (format 12, else format 4). */
function cmapLookup(font: Buffer, cmap: number): (cp: number) => number {
  const count = font.readUInt16BE(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(rec);
    const encoding = font.readUInt16BE(rec + 2);
    const sub = cmap + font.readUInt32BE(rec + 4);
    const format = font.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= sub;
    if (format === 4) format4 ??= sub;
  }
  if (format12 !== undefined) return format12Lookup(font, format12);
  if (format4 !== undefined) return format4Lookup(font, format4);
  throw new Error("font has no Unicode cmap");
}

function format12Lookup(font: Buffer, sub: number): (cp: number) => number {
  const groups = font.readUInt32BE(sub + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = sub + 16 + mid * 12;
      const start = font.readUInt32BE(g);
      const end = font.readUInt32BE(g + 4);
      if (cp < start) hi = mid - 1;
      else if (cp > end) lo = mid + 1;
      else return font.readUInt32BE(g + 8) + (cp - start);
    }
    return 0;
  };
}

function format4Lookup(font: Buffer, sub: number): (cp: number) => number {
  const segCount = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segCount; i++) {
      if (cp > font.readUInt16BE(ends + i * 2)) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (cp < start) return 0;
      const delta = font.readInt16BE(deltas + i * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2);
      if (!rangeOffset) return (cp + delta) & 0xffff;
      const glyphAt = rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2;
      const glyph = font.readUInt16BE(glyphAt);
      return glyph ? (glyph + delta) & 0xffff : 0;
    }
    return 0;
  };
}

/** Words laid into at most `maxLines` lines of `maxWidth`; what does not fit ends the last line with "…". */
export function wrapText(text: string, maxWidth: number, size: number, style: FontStyle = "regular", maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(candidate, size, style) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // Last line allowed: put the rest on it and let fitText cut it.
      lines.push(fitText(`${line} ${words.slice(i).join(" ")}`, maxWidth, size, style));
      return lines;
    }
    lines.push(line);
    line = words[i]!;
  }
  if (line) lines.push(fitText(line, maxWidth, size, style));
  return lines;
}
