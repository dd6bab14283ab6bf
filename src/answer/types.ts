// What the answer engine hands to its front ends (Telegram, terminal): format-neutral rich text,
// buttons that carry typed actions, and whether the résumé had the answer at all.

/** A run of text with at most one style; `url` makes it a link. */
export interface Span {
  text: string;
  style?: "bold" | "italic" | "code";
  url?: string;
}

/** One line of a message; an empty line is a paragraph break. */
export type Line = Span[];

/** The things a button can ask the engine for. Front ends encode them compactly (callback data ≤ 64 bytes). */
export type Action =
  | { type: "job"; id: string }
  | { type: "experience" }
  | { type: "section"; name: SectionName }
  | { type: "skill"; name: string }
  | { type: "ask"; text: string }
  | { type: "media"; kind: MediaKind };

export type SectionName = "start" | "help" | "skills" | "education" | "contacts" | "summary" | "experience";
export type MediaKind = "timeline" | "cv";

export type Button = { text: string; action: Action } | { text: string; url: string };

export interface Message {
  lines: Line[];
  /** Rows of buttons. */
  buttons?: Button[][];
  /** Lists of links look cluttered with a link preview under them. */
  disablePreview?: boolean;
  /** Send a rendered file with this message as its caption (the front end renders and caches it). */
  media?: MediaKind;
}

export interface Answer {
  messages: Message[];
  /** false when a question has no relevant résumé content (the reply then says so). */
  found: boolean;
  /** Chunk ids the facts came from ("experience/scylladb"). */
  sources: string[];
  /** What the engine understood, for logs and tests: "command:experience", "tech", "current-job", "not-found" … */
  intent: string;
}
