// Test kit for the bot: a bot built by createBot with the fake Telegram (test/support/fake-telegram.ts)
// installed outermost (no network, no retries: one call, one attempt), update builders, and a small fake
// Engine whose answers each test chooses.
import type { Context, Bot } from "grammy";
import type { Update, Message as TgMessage, MessageEntity } from "grammy/types";
import type { Action, Answer, Message } from "../../src/answer/types.js";
import { createBot } from "../../src/bot/create-bot.js";
import type { MediaRenderer } from "../../src/bot/media.js";
import type { Engine, InlineItem } from "../../src/engine.js";
import type { Knowledge } from "../../src/knowledge/load.js";
import { createLogger, type Logger } from "../../src/log.js";
import { BOT_INFO, fakeTelegram, nextMessageId, TOKEN, type ApiCall } from "../support/fake-telegram.js";

export { BOT_INFO, TOKEN, type ApiCall };

export interface ApiFailure {
  error_code: number;
  description: string;
}

export interface LogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

export interface TestBot {
  bot: Bot<Context>;
  calls: ApiCall[];
  logs: LogLine[];
  /** Make a method fail (every call, or `times` calls). */
  fail(method: string, failure: ApiFailure, times?: number): void;
  send(update: Omit<Update, "update_id">): Promise<void>;
  /** Calls of one method. */
  sent(method: string): ApiCall[];
}

export interface TestBotOptions {
  engine?: Engine;
  renderer?: MediaRenderer;
  logger?: Logger;
}

let nextUpdateId = 1;

export function createTestBot(options: TestBotOptions = {}): TestBot {
  const telegram = fakeTelegram();
  const logs: LogLine[] = [];
  const logger = options.logger ?? createLogger({ level: "debug", secrets: [TOKEN], write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const bot = createBot({
    token: TOKEN,
    engine: options.engine ?? fakeEngine(),
    botInfo: BOT_INFO,
    logger,
    ...(options.renderer ? { renderer: options.renderer } : {}),
  });
  // Installed last, so it is the outermost transformer: it answers like Telegram would and never calls out.
  bot.api.config.use(telegram.transformer);
  const calls = telegram.calls;
  return {
    bot,
    calls,
    logs,
    fail(method, failure, times = Infinity) {
      telegram.clear(method);
      telegram.inject(method, { kind: "http", code: failure.error_code, description: failure.description }, times);
    },
    async send(update) {
      await bot.handleUpdate({ update_id: nextUpdateId++, ...update } as Update);
    },
    sent(method) {
      return calls.filter((c) => c.method === method);
    },
  };
}


// ---------- updates ----------

export const USER = { id: 7, is_bot: false, first_name: "Rita", username: "recruiter_rita" };
export const PRIVATE_CHAT = { id: 7, type: "private" as const, first_name: "Rita" };
export const GROUP_CHAT = { id: -100500, type: "supergroup" as const, title: "Hiring" };

type Chat = typeof PRIVATE_CHAT | typeof GROUP_CHAT;

export function message(fields: Partial<TgMessage> & { chat?: Chat } = {}): TgMessage {
  return { message_id: nextMessageId(), date: 1_700_000_000, chat: PRIVATE_CHAT, from: USER, ...fields } as TgMessage;
}

/** A text message; commands get their bot_command entity, as Telegram sends it. */
export function text(body: string, fields: Partial<TgMessage> & { chat?: Chat } = {}): Omit<Update, "update_id"> {
  return { message: message({ text: body, ...withEntities(body), ...fields }) } as Omit<Update, "update_id">;
}

export function withEntities(body: string): { entities?: MessageEntity[] } {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(body);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of body.matchAll(/@[A-Za-z0-9_]{5,}/g)) {
    if (command && m.index! < command[0].length) continue;
    entities.push({ type: "mention", offset: m.index!, length: m[0].length });
  }
  return entities.length ? { entities } : {};
}

export function edited(body: string, fields: Partial<TgMessage> & { chat?: Chat } = {}): Omit<Update, "update_id"> {
  return { edited_message: { ...message({ text: body, ...withEntities(body), ...fields }), edit_date: 1_700_000_100 } as never };
}

export function callback(data: string, fields: { message?: TgMessage | undefined; inline_message_id?: string } = {}): Omit<Update, "update_id"> {
  const msg = "message" in fields ? fields.message : message({ from: { id: BOT_INFO.id, is_bot: true, first_name: "Résumé" }, text: "list" });
  return {
    callback_query: {
      id: `cb-${nextUpdateId}`,
      from: USER,
      chat_instance: "ci",
      data,
      ...(msg ? { message: msg } : {}),
      ...(fields.inline_message_id ? { inline_message_id: fields.inline_message_id } : {}),
    },
  } as Omit<Update, "update_id">;
}

export function inlineQuery(query: string): Omit<Update, "update_id"> {
  return { inline_query: { id: `iq-${nextUpdateId}`, from: USER, query, offset: "" } };
}

// ---------- engine ----------

export function textMessage(...lines: string[]): Message {
  return { lines: lines.map((l) => (l ? [{ text: l }] : [])) };
}

export function answer(messages: Message[], fields: Partial<Answer> = {}): Answer {
  return { messages, found: true, sources: [], intent: "test", ...fields };
}

export interface FakeEngine extends Engine {
  inputs: string[];
  actions: Action[];
  inlineQueries: string[];
}

export const FAKE_JOBS = ["acme", "globex", "initech"];

/** Answers "You said: <input>" unless a test supplies its own replies. */
export function fakeEngine(
  replies: {
    respond?: (input: string) => Answer;
    act?: (action: Action) => Answer;
    inline?: (query: string, limit?: number) => InlineItem[];
  } = {},
): FakeEngine {
  const engine: FakeEngine = {
    inputs: [],
    actions: [],
    inlineQueries: [],
    knowledge: { resume: { person: { name: "Test Person", contacts: [] }, experience: FAKE_JOBS.map((id) => ({ id })) } } as unknown as Knowledge,
    respond(input) {
      engine.inputs.push(input);
      return replies.respond ? replies.respond(input) : answer([textMessage(`You said: ${input}`)]);
    },
    act(action) {
      engine.actions.push(action);
      return replies.act ? replies.act(action) : answer([textMessage(`Action: ${JSON.stringify(action)}`)]);
    },
    handle(turn, conversation = {}) {
      const a = "action" in turn ? engine.act(turn.action) : engine.respond(turn.text);
      return { answer: a, conversation };
    },
    inline(query, limit) {
      engine.inlineQueries.push(query);
      return replies.inline ? replies.inline(query, limit) : [];
    },
  };
  return engine;
}

/** An update carrying a message of any kind (sticker, photo, service message…). */
export function messageUpdate(fields: Partial<TgMessage> & { chat?: Chat } = {}): Omit<Update, "update_id"> {
  return { message: message(fields) } as Omit<Update, "update_id">;
}
