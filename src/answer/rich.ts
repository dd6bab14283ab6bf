// Small builders for rich text, so composers read like the reply they produce.
import type { Answer, Button, Line, Message, Span } from "./types.js";

export const text = (s: string): Span => ({ text: s });
export const bold = (s: string): Span => ({ text: s, style: "bold" });
export const italic = (s: string): Span => ({ text: s, style: "italic" });
export const link = (s: string, url: string): Span => ({ text: s, url });

/** An empty line: a paragraph break. */
export const BREAK: Line = [];

export function bullet(...spans: Span[]): Line {
  return [text("• "), ...spans];
}

export function message(lines: Line[], extra: Omit<Message, "lines"> = {}): Message {
  return { lines, ...extra };
}

export function answer(intent: string, found: boolean, sources: string[], ...messages: Message[]): Answer {
  return { intent, found, sources: [...new Set(sources)], messages };
}

/** Buttons in rows of `perRow`. */
export function rows(buttons: Button[], perRow = 2): Button[][] {
  const out: Button[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) out.push(buttons.slice(i, i + perRow));
  return out;
}

/** "a, b and c". */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The answer with `lines` first in its first message, in place of that message's first `replace` lines. */
export function withLeadLines(a: Answer, lines: Line[], replace = 0): Answer {
  const [first, ...rest] = a.messages;
  if (!first) return a;
  return { ...a, messages: [{ ...first, lines: [...lines, ...first.lines.slice(replace)] }, ...rest] };
}

/** Ends a sentence once: "ScyllaDB Inc." does not get a second full stop. */
export function endSentence(s: string): string {
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}
