// Engine messages → Telegram HTML. Only the tags Telegram documents and we need (b, i, code, a href);
// every piece of text escaped; long messages split at paragraph, then line boundaries. Each span renders
// to a self-contained, closed piece of markup, so a split between pieces can never fall inside a tag.
import type { Line, Message, Span } from "../answer/types.js";

/** Telegram's limit for a text message; a caption is 1024. */
export const MESSAGE_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/** Telegram rejects a message whose link uses another scheme; such spans are shown as plain text. */
export function isLinkableUrl(url: string): boolean {
  return /^(https?:\/\/|tg:\/\/|mailto:)\S+$/i.test(url);
}

export function renderSpan(span: Span): string {
  if (!span.text) return "";
  let html = escapeHtml(span.text);
  const link = span.url && isLinkableUrl(span.url) ? span.url : undefined;
  // Telegram does not allow other entities inside a code entity, nor code inside a link.
  if (span.style === "code" && !link) html = `<code>${html}</code>`;
  else if (span.style === "bold") html = `<b>${html}</b>`;
  else if (span.style === "italic") html = `<i>${html}</i>`;
  if (link) html = `<a href="${escapeAttribute(link)}">${html}</a>`;
  return html;
}

export function renderLine(line: Line): string {
  return line.map(renderSpan).join("");
}

/** Lines grouped into paragraphs (an empty line separates them); leading/trailing/double blanks dropped. */
function paragraphs(message: Message): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of message.lines) {
    if (line.every((s) => !s.text.trim())) {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * The message as one or more HTML texts, each at most `limit` UTF-16 units of markup (which is always at
 * least as long as the text Telegram counts, so the limit holds after parsing).
 */
export function renderMessageHtml(message: Message, limit = MESSAGE_LIMIT): string[] {
  const chunks: string[] = [];
  let current = "";
  const push = (piece: string, separator: string) => {
    if (!current) current = piece;
    else if (current.length + separator.length + piece.length <= limit) current += separator + piece;
    else {
      chunks.push(current);
      current = piece;
    }
  };
  for (const paragraph of paragraphs(message)) {
    const html = paragraph.map(renderLine).join("\n");
    if (html.length <= limit) {
      push(html, "\n\n");
      continue;
    }
    // Too long as a whole: its lines go one by one; the first keeps the paragraph break before it.
    paragraph.forEach((line, i) => {
      for (const [j, piece] of splitLine(line, limit).entries()) push(piece, i === 0 && j === 0 ? "\n\n" : j === 0 ? "\n" : "");
    });
  }
  if (current) chunks.push(current);
  return chunks;
}

/** One line as pieces ≤ limit: whole spans where they fit, an over-long span cut into smaller spans. */
function splitLine(line: Line, limit: number): string[] {
  const whole = renderLine(line);
  if (whole.length <= limit) return [whole];
  const pieces: string[] = [];
  let current = "";
  for (const span of line) {
    for (const html of splitSpan(span, limit)) {
      if (current.length + html.length <= limit) current += html;
      else {
        if (current) pieces.push(current);
        current = html;
      }
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function splitSpan(span: Span, limit: number): string[] {
  const html = renderSpan(span);
  if (html.length <= limit) return [html];
  // Markup around the text costs the same for every piece; escaping can grow text up to 6× ("&quot;" is
  // only in attributes, "&amp;" is 5), so cut by the escaped length, not the raw one.
  const overhead = renderSpan({ ...span, text: "x" }).length - 1;
  // A link longer than half a message (absurd, but possible in a résumé): keep the words, drop the markup.
  if (overhead > limit / 2) return splitSpan({ text: span.text }, limit);
  const room = Math.max(1, limit - overhead);
  return cutText(span.text, room).map((text) => renderSpan({ ...span, text }));
}

/** Cuts text so each piece's escaped length ≤ room, preferring whitespace, never splitting a surrogate pair. */
export function cutText(text: string, room: number): string[] {
  const pieces: string[] = [];
  const chars = Array.from(text);
  let start = 0;
  while (start < chars.length) {
    let size = 0;
    let end = start;
    let lastSpace = -1;
    while (end < chars.length) {
      const cost = escapeHtml(chars[end]!).length;
      if (size + cost > room) break;
      size += cost;
      if (/\s/.test(chars[end]!)) lastSpace = end;
      end++;
    }
    if (end === start) end = start + 1; // a single character longer than the room: cannot happen at 4096
    else if (end < chars.length && lastSpace > start) end = lastSpace + 1;
    pieces.push(chars.slice(start, end).join(""));
    start = end;
  }
  return pieces;
}
