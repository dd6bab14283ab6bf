// What a conversation remembers between turns: the subject last talked about, never what anyone wrote.
// A small plain value, so a store can keep it as JSON (`conv:<id>`) and a reply can carry it (`msgsubj:…`).
import type { Action, Answer, SectionName } from "../answer/types.js";
import type { Lang } from "../language/detect.js";

/** The subject of the last answer, as ids and names from the résumé. */
export interface Conversation {
  /** Job ids last talked about ("scylladb"), newest first. */
  jobs?: string[];
  /** Technologies last talked about, by their vocabulary name ("Redis"). */
  techs?: string[];
  /** A period last asked about, in whole years. */
  period?: { from: number; to: number };
  /** A section last shown ("education"). */
  section?: SectionName;
  /** Job ids of the last list shown, in the order shown ("the third one"). */
  list?: string[];
  /** What the last answer was ("tech", "employer" …). */
  intent?: string;
  /** Which of the above the last answer was about; a follow-up refers to it. */
  focus?: "jobs" | "techs" | "section";
  /** When the last turn was (ms since epoch). */
  at?: number;
  /** The language of the last answer: what a message with no words of its own (/start, a button) is answered in. */
  lang?: Lang;
}

/** A fresh conversation. */
export const NEW_CONVERSATION: Conversation = Object.freeze({});

/**
 * One turn: a message as typed, or a button pressed; plus what tells its language. `lang` is Telegram's
 * `from.language_code` ("ru", "en-US", "uk") when known; `pinned` is a language the user chose with
 * /language, which every answer then uses, whatever the script of the message.
 */
export type Turn = ({ text: string } | { action: Action }) & { lang?: string; pinned?: Lang };

/** What an answer leaves behind for the next turn: the engine's understanding of its subject. */
export interface Subject {
  techs?: string[];
  period?: { from: number; to: number };
  section?: SectionName;
  /** The answer listed jobs for picking ("the third one"). */
  listed?: boolean;
}

const SECTION_INTENTS: Record<string, SectionName> = {
  education: "education",
  "command:education": "education",
  contacts: "contacts",
  "command:contacts": "contacts",
  summary: "summary",
  "command:summary": "summary",
  "command:skills": "skills",
};

/** The conversation after `answer`: its subject replaces the last one where it has one, else the last stays. */
export function remember(before: Conversation, answer: Answer, subject: Subject, at: number, lang?: Lang): Conversation {
  const jobs = answer.sources.filter((s) => s.startsWith("experience/")).map((s) => s.slice("experience/".length));
  const next: Conversation = { ...before, intent: answer.intent, at, lang: lang ?? before.lang };
  const section = subject.section ?? SECTION_INTENTS[answer.intent];
  if (subject.techs?.length) {
    Object.assign(next, { techs: subject.techs, focus: "techs", section: undefined });
    if (jobs.length) next.jobs = jobs;
  } else if (section) {
    Object.assign(next, { section, focus: "section" });
  } else if (jobs.length) {
    Object.assign(next, { jobs, focus: "jobs", section: undefined });
  }
  if (subject.listed && jobs.length > 1) next.list = jobs;
  if (subject.period) next.period = subject.period;
  return compact(next);
}

/** Drops empty fields so the stored JSON stays small. */
function compact(c: Conversation): Conversation {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (v !== undefined && !(Array.isArray(v) && !v.length)) out[k] = v;
  return out as Conversation;
}

/** The subject part of a conversation: what a reply to one of the bot's messages refers to. */
export function subjectOnly(c: Conversation): Conversation {
  const { jobs, techs, section, list, focus, period } = c;
  return compact({ jobs, techs, section, list, focus, period });
}

/** A stored value back into a conversation; anything malformed is a fresh one (bad state loses nothing). */
export function parseConversation(value: unknown): Conversation {
  if (!value || typeof value !== "object" || Array.isArray(value)) return NEW_CONVERSATION;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown) => (Array.isArray(x) && x.every((s) => typeof s === "string") ? (x as string[]).slice(0, 20) : undefined);
  const period = v.period as Conversation["period"];
  return compact({
    jobs: strings(v.jobs),
    techs: strings(v.techs),
    list: strings(v.list),
    section: typeof v.section === "string" ? (v.section as SectionName) : undefined,
    intent: typeof v.intent === "string" ? v.intent : undefined,
    focus: v.focus === "jobs" || v.focus === "techs" || v.focus === "section" ? v.focus : undefined,
    period: period && Number.isInteger(period.from) && Number.isInteger(period.to) ? { from: period.from, to: period.to } : undefined,
    at: typeof v.at === "number" ? v.at : undefined,
    lang: v.lang === "ru" || v.lang === "en" ? v.lang : undefined,
  });
}
