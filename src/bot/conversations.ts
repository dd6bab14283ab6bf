// Conversations in Telegram: one per private chat, one per user in a group, kept in the Store under
// `conv:<id>` and forgotten after some idle minutes. Each message the bot sends remembers its subject
// under `msgsubj:<chat>:<message_id>`, so a reply to an older answer takes that answer's subject even
// when the conversation has moved on.
import type { Context } from "grammy";
import type { Answer } from "../answer/types.js";
import { NEW_CONVERSATION, parseConversation, subjectOnly, type Conversation, type Turn } from "../conversation/conversation.js";
import type { Engine } from "../engine.js";
import { detectLanguage, type Lang } from "../language/detect.js";
import { recordAnswer } from "../owner/tap.js";
import type { Store } from "../store/types.js";
import type { LanguageChoice } from "./language.js";

/** Default idle time after which a conversation is forgotten (CONVERSATION_IDLE_MINUTES). */
export const DEFAULT_CONVERSATION_IDLE_MINUTES = 30;
/** How long a sent message's subject is kept for replies to it. */
const MESSAGE_SUBJECT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A stored conversation (JSON text, or an object from an older writer) back into a value; bad → fresh. */
function parseStored(value: unknown): Conversation {
  if (typeof value !== "string") return parseConversation(value);
  try {
    return parseConversation(JSON.parse(value));
  } catch {
    return NEW_CONVERSATION;
  }
}

/** The conversation kept under `key` (see Conversations.keyOf), or a new one when none or unreadable. */
export async function storedConversation(store: Store, key: string): Promise<Conversation> {
  return parseStored(await store.get(`conv:${key}`));
}

/** Loads and saves conversations through a Store. */
export class Conversations {
  private readonly idleMs: number;

  constructor(
    private readonly store: Store,
    idleMinutes = DEFAULT_CONVERSATION_IDLE_MINUTES,
  ) {
    this.idleMs = Math.max(1, idleMinutes) * 60_000;
  }

  /** Whose conversation an update belongs to: the private chat, or the user within a group. */
  static keyOf(ctx: Context): string | undefined {
    const chat = ctx.chat;
    if (!chat) return ctx.from ? `user:${ctx.from.id}` : undefined;
    if (chat.type === "private" || !ctx.from) return String(chat.id);
    return `${chat.id}:${ctx.from.id}`;
  }

  /** The conversation of this update; a reply to one of the bot's messages takes that message's subject. */
  async load(ctx: Context): Promise<Conversation> {
    const key = Conversations.keyOf(ctx);
    if (!key) return NEW_CONVERSATION;
    const stored = await storedConversation(this.store, key);
    const replied = ctx.message?.reply_to_message;
    if (!replied || !ctx.chat || replied.from?.id !== ctx.me?.id) return stored;
    const subject = await this.store.get(`msgsubj:${ctx.chat.id}:${replied.message_id}`);
    return subject ? { ...stored, ...subjectOnly(parseStored(subject)) } : stored;
  }

  /** Keeps the conversation for the idle time, and its subject for each message just sent. */
  async save(ctx: Context, conversation: Conversation, sentMessageIds: readonly number[]): Promise<void> {
    const key = Conversations.keyOf(ctx);
    if (!key) return;
    // Stored as JSON text: a few dozen bytes per chat in memory (live objects cost kilobytes), and what a
    // shared store would hold anyway.
    const writes = [this.store.set(`conv:${key}`, JSON.stringify(conversation), this.idleMs)];
    const subject = subjectOnly(conversation);
    if (ctx.chat && Object.keys(subject).length) {
      const json = JSON.stringify(subject);
      for (const id of sentMessageIds) writes.push(this.store.set(`msgsubj:${ctx.chat.id}:${id}`, json, MESSAGE_SUBJECT_TTL_MS));
    }
    // Issued together: on Redis they leave in one write (auto-pipelining), one round trip instead of 1 + n.
    await Promise.all(writes);
  }
}

/** What answering a turn needs. */
export interface TurnDeps {
  engine: Engine;
  conversations: Conversations;
  language: LanguageChoice;
}

/** A turn answered: the answer, the language it was answered in, and how to keep the conversation. */
export interface AnsweredTurn {
  answer: Answer;
  /** The language of the answer (the conversation's, as the engine left it), for the bot's own frames. */
  lang: () => Lang;
  keep: (sent: readonly number[]) => Promise<void>;
}

/**
 * Answers a turn in the update's conversation, with the user's language_code and pinned language (the
 * engine decides the language from those, the words and the conversation); `keep` saves it with the ids
 * of the messages sent.
 */
export async function answerTurn(ctx: Context, deps: TurnDeps, turn: Turn): Promise<AnsweredTurn> {
  const [before, pinned] = await Promise.all([deps.conversations.load(ctx), deps.language.pinned(ctx)]);
  const code = ctx.from?.language_code;
  const full: Turn = { ...turn, ...(code ? { lang: code } : {}), ...(pinned ? { pinned } : {}) };
  const { answer, conversation } = deps.engine.handle(full, before);
  recordAnswer(ctx, answer);
  const text = "text" in turn ? turn.text : turn.action.type === "ask" ? turn.action.text : undefined;
  // Worked out only when a feature frames the answer itself (the Back button): most updates never ask.
  const lang = () => pinned ?? conversation.lang ?? detectLanguage(text, { languageCode: code, fallback: before.lang });
  return { answer, lang, keep: (sent) => deps.conversations.save(ctx, conversation, sent) };
}
