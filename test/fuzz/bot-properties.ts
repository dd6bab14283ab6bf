// Fuzzing through the whole bot: any update a user can produce (text of any unicode up to 10k characters,
// commands with odd arguments and @botnames, edits, group messages, callback data of any bytes — forged,
// stale, over 64 bytes —, inline queries, non-text and service messages, channel posts) goes through
// bot.handleUpdate of a bot made by createBot, with a fake Telegram that records every call. Properties:
//   no throw and no error logged; every text ≤ 4096 (captions ≤ 1024), non-empty, valid Telegram HTML;
//   callback_data ≤ 64 bytes; every callback query answered exactly once; every inline query answered
//   exactly once (≤ 50 results, valid HTML, ids ≤ 64 bytes, unique); replies go only to the update's chat;
//   the ledger balances with nothing failed; the same updates on a fresh bot make the same calls.
// Shared by test/fuzz/bot.fuzz.test.ts (a sample) and `npm run fuzz` (100k+ cases).
import fc from "fast-check";
import type { Transformer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Action } from "../../src/answer/types.js";
import { CallbackCodec } from "../../src/bot/callback-data.js";
import { botReliability, createBot } from "../../src/bot/create-bot.js";
import { CAPTION_LIMIT, MESSAGE_LIMIT } from "../../src/bot/render-html.js";
import type { Engine } from "../../src/engine.js";
import { createLogger } from "../../src/log.js";
import { BOT_INFO } from "../bot/helpers.js";
import { action, htmlProblem, userText } from "./properties.js";

const TOKEN = "123456789:AAFuzzTokenForTestsOnly_abcdefghijklmnopq";
/** The same bot identity as the unit tests' kit. */
export const FUZZ_BOT: UserFromGetMe = BOT_INFO;

// ---------- arbitraries ----------

const users = fc.constantFrom(
  { id: 7, is_bot: false, first_name: "Rita" },
  { id: 8, is_bot: false, first_name: "Sam", username: "sam" },
  { id: 2 ** 40, is_bot: false, first_name: "Ω", language_code: "ru" },
);
const privateChat = (u: { id: number; first_name: string }) => ({ id: u.id, type: "private" as const, first_name: u.first_name });
const groups = fc.constantFrom({ id: -100500, type: "supergroup" as const, title: "Hiring" }, { id: -42, type: "group" as const, title: "HR" });
const botNames = fc.constantFrom("", "@resume_test_bot", "@RESUME_TEST_BOT", "@other_bot", "@resume_test_bot_x", "@");
const commands = fc.constantFrom("/start", "/help", "/experience", "/skills", "/education", "/contacts", "/summary", "/search", "/timeline", "/cv", "/x", "/", "/START", "/start_", "/experience@");
const commandText = fc
  .tuple(commands, botNames, fc.constantFrom(" ", "", "\n", "  "), fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 80, unit: "grapheme" }), fc.constantFrom("skills_rust", "j:acme", "<b>", "&", "x".repeat(300))))
  .map(([c, at, sep, arg]) => `${c}${at}${sep}${arg}`);
const text = fc.oneof({ weight: 3, arbitrary: userText }, { weight: 2, arbitrary: commandText }, { weight: 1, arbitrary: fc.string({ minLength: 4000, maxLength: 10_000 }) });

/** Entities as a client sends them, or (sometimes) nonsense ones. */
function entitiesFor(body: string, nonsense: boolean) {
  if (nonsense) return [{ type: "mention", offset: 5, length: 500 }, { type: "bot_command", offset: -1, length: 3 }];
  const entities: { type: string; offset: number; length: number }[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(body);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of body.matchAll(/@[A-Za-z0-9_]{5,}/g)) entities.push({ type: "mention", offset: m.index!, length: m[0].length });
  return entities.length ? { entities } : {};
}

const nonTextFields = fc.constantFrom<Record<string, unknown>>(
  { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }], caption: "look @resume_test_bot" },
  { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } },
  { voice: { file_id: "v", file_unique_id: "v", duration: 1 } },
  { document: { file_id: "d", file_unique_id: "d" }, caption: "<cv>" },
  { location: { latitude: 1, longitude: 2 } },
  { contact: { phone_number: "+1", first_name: "X" } },
  { dice: { emoji: "🎲", value: 3 } },
  { poll: { id: "1", question: "?", options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: "regular", allows_multiple_answers: false } },
  { new_chat_members: [{ id: 4242, is_bot: true, first_name: "Résumé" }] },
  { left_chat_member: { id: 9, is_bot: false, first_name: "Gone" } },
  { pinned_message: { message_id: 1, date: 0, chat: { id: 7, type: "private", first_name: "R" } } },
  {},
);

interface Draft {
  kind: string;
  build: (ids: { message: number; query: string }) => Omit<Update, "update_id">;
}

const codec = new CallbackCodec();
const callbackData = fc.oneof(
  action.map((a: Action) => codec.encode(a)),
  fc.string({ maxLength: 100 }),
  fc.string({ maxLength: 100, unit: "binary" }),
  fc.string({ minLength: 65, maxLength: 300 }),
  fc.constantFrom("", "j:", "j:acme", "j:unknown-job", "x", "s:skills", "k:", "a:", "m:timeline", "m:cv", "m:", ":", "\u0000", "j:" + "é".repeat(40)),
);

const messageDraft = fc
  .record({ body: text, from: users, inGroup: fc.boolean(), group: groups, addressed: fc.constantFrom("none", "mention", "reply"), nonsense: fc.boolean(), via: fc.boolean() }, { requiredKeys: ["body", "from", "inGroup", "group", "addressed", "nonsense", "via"] })
  .map(({ body, from, inGroup, group, addressed, nonsense, via }): Draft => {
    const chat = inGroup ? group : privateChat(from);
    const textBody = inGroup && addressed === "mention" ? `@resume_test_bot ${body}` : body;
    return {
      kind: inGroup ? "group message" : "message",
      build: ({ message }) => ({
        message: {
          message_id: message,
          date: 1_700_000_000,
          chat,
          from,
          text: textBody,
          ...entitiesFor(textBody, nonsense),
          ...(inGroup && addressed === "reply" ? { reply_to_message: { message_id: 1, date: 0, chat, from: FUZZ_BOT, text: "earlier answer" } } : {}),
          ...(via ? { via_bot: FUZZ_BOT } : {}),
        },
      }) as never,
    };
  });

const editedDraft = fc.record({ body: text, from: users, inGroup: fc.boolean(), group: groups }).map(({ body, from, inGroup, group }): Draft => ({
  kind: "edited message",
  build: ({ message }) => ({ edited_message: { message_id: message, date: 1_700_000_000, edit_date: 1_700_000_100, chat: inGroup ? group : privateChat(from), from, text: body, ...entitiesFor(body, false) } }) as never,
}));

const nonTextDraft = fc.record({ fields: nonTextFields, from: users, inGroup: fc.boolean(), group: groups }).map(({ fields, from, inGroup, group }): Draft => ({
  kind: "non-text message",
  build: ({ message }) => ({ message: { message_id: message, date: 1_700_000_000, chat: inGroup ? group : privateChat(from), from, ...fields } }) as never,
}));

const callbackDraft = fc
  .record({ data: callbackData, from: users, where: fc.constantFrom("private", "group", "inline", "none", "game"), group: groups })
  .map(({ data, from, where, group }): Draft => ({
    kind: "callback query",
    build: ({ message, query }) => {
      const chat = where === "group" ? group : privateChat(from);
      const withMessage = where === "private" || where === "group" || where === "game";
      return {
        callback_query: {
          id: query,
          from,
          chat_instance: "ci",
          ...(where === "game" ? { game_short_name: "g" } : { data }),
          ...(withMessage ? { message: { message_id: message, date: 1_700_000_000, chat, from: FUZZ_BOT, text: "an earlier answer" } } : {}),
          ...(where === "inline" ? { inline_message_id: "inline-1" } : {}),
        },
      } as never;
    },
  }));

const inlineDraft = fc.record({ q: fc.oneof(userText.map((t) => t.slice(0, 256)), fc.constantFrom("", " ", "rust", "@resume_test_bot")), from: users }).map(({ q, from }): Draft => ({
  kind: "inline query",
  build: ({ query }) => ({ inline_query: { id: query, from, query: q, offset: "" } }),
}));

const channelDraft = fc.string({ maxLength: 100 }).map((body): Draft => ({
  kind: "channel post",
  build: ({ message }) => ({ channel_post: { message_id: message, date: 1_700_000_000, chat: { id: -1001, type: "channel", title: "News" }, text: body } }) as never,
}));

export const updateDraft: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 5, arbitrary: messageDraft },
  { weight: 2, arbitrary: editedDraft },
  { weight: 2, arbitrary: nonTextDraft },
  { weight: 4, arbitrary: callbackDraft },
  { weight: 2, arbitrary: inlineDraft },
  { weight: 1, arbitrary: channelDraft },
);

export const updateSequence = fc.array(updateDraft, { minLength: 1, maxLength: 4 });

// ---------- running ----------

interface Call {
  method: string;
  payload: Record<string, unknown>;
}

export interface BotRun {
  calls: Call[];
  errors: string[];
  ledger: ReturnType<typeof botReliability>["ledger"];
}

/** Runs the updates through a fresh bot; its Telegram records calls and answers like Telegram would. */
export async function runBot(engine: Engine, updates: Update[]): Promise<BotRun> {
  const calls: Call[] = [];
  const errors: string[] = [];
  let nextMessageId = 10_000;
  const fakeTelegram: Transformer = async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    calls.push({ method, payload: p });
    const base = { message_id: nextMessageId++, date: 1_700_000_000, chat: { id: Number(p.chat_id ?? 1), type: "private", first_name: "U" } };
    const result = method === "sendMessage" || method === "editMessageText" ? { ...base, text: p.text } : true;
    return { ok: true, result } as never;
  };
  const logger = createLogger({
    level: "warn",
    write: (line) => {
      errors.push(line);
    },
  });
  const bot = createBot({ token: TOKEN, engine, botInfo: FUZZ_BOT, logger, apiTransformers: [fakeTelegram] });
  for (const update of updates) await bot.handleUpdate(update);
  return { calls, errors, ledger: botReliability(bot).ledger };
}

export function materialise(drafts: Draft[]): Update[] {
  return drafts.map((d, i) => ({ update_id: i + 1, ...d.build({ message: 100 + i, query: `q-${i}` }) }) as Update);
}

function fail(reason: string, detail?: unknown): never {
  throw new Error(detail === undefined ? reason : `${reason}: ${JSON.stringify(detail).slice(0, 300)}`);
}

/** Throws with a reason when a run breaks a promise. */
export function checkRun(updates: Update[], run: BotRun): void {
  if (run.errors.length) fail("warning or error logged", run.errors[0]);
  const c = run.ledger.snapshot();
  if (c.in !== updates.length || c.inFlight !== 0 || c.failed !== 0 || c.in !== c.answered + c.skipped + c.failed) fail("ledger does not balance", c);
  const chats = new Set(updates.map((u) => (u.message ?? u.edited_message ?? u.callback_query?.message)?.chat.id).filter((id) => id !== undefined));
  for (const { method, payload } of run.calls) {
    if (method === "sendMessage" || method === "editMessageText") {
      const text = payload.text;
      if (typeof text !== "string" || !text.trim()) fail(`${method} with empty text`);
      if (text.length > MESSAGE_LIMIT) fail(`${method} text of ${text.length} > ${MESSAGE_LIMIT}`);
      if (payload.parse_mode === "HTML") {
        const problem = htmlProblem(text);
        if (problem) fail(`${method}: ${problem}`, text.slice(0, 200));
      }
    }
    if (typeof payload.caption === "string") {
      if (payload.caption.length > CAPTION_LIMIT) fail(`caption of ${payload.caption.length}`);
      const problem = htmlProblem(payload.caption);
      if (problem) fail(`caption: ${problem}`);
    }
    if ("chat_id" in payload && !chats.has(payload.chat_id as number)) fail(`${method} to a chat the updates did not come from`, payload.chat_id);
    const keyboard = (payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard;
    for (const button of keyboard?.flat() ?? []) {
      if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) fail("callback_data over 64 bytes", button.callback_data);
    }
    if (method === "answerCallbackQuery" && typeof payload.text === "string" && payload.text.length > 200) fail("callback answer over 200 characters");
    if (method === "answerInlineQuery") {
      const results = payload.results as { id: string; input_message_content?: { message_text: string; parse_mode?: string } }[];
      if (results.length > 50) fail("over 50 inline results");
      const ids = new Set(results.map((r) => r.id));
      if (ids.size !== results.length) fail("duplicate inline result ids");
      for (const r of results) {
        if (!r.id || Buffer.byteLength(r.id) > 64) fail("inline result id not 1-64 bytes", r.id);
        const content = r.input_message_content;
        if (!content || !content.message_text.trim() || content.message_text.length > MESSAGE_LIMIT) fail("inline result text empty or too long");
        const problem = htmlProblem(content.message_text);
        if (problem) fail(`inline result: ${problem}`);
      }
    }
  }
  for (const u of updates) {
    if (u.callback_query) {
      const n = run.calls.filter((x) => x.method === "answerCallbackQuery" && x.payload.callback_query_id === u.callback_query!.id).length;
      if (n !== 1) fail(`callback query answered ${n} times`, u.callback_query.data);
    }
    if (u.inline_query) {
      const n = run.calls.filter((x) => x.method === "answerInlineQuery" && x.payload.inline_query_id === u.inline_query!.id).length;
      if (n !== 1) fail(`inline query answered ${n} times`, u.inline_query.query);
    }
  }
}

/** The property: any sequence of updates, checked, and repeated on a fresh bot with the same calls. */
export function botProperty(engine: Engine, observe?: (drafts: Draft[]) => void) {
  return fc.asyncProperty(updateSequence, async (drafts) => {
    observe?.(drafts);
    const updates = materialise(drafts);
    const first = await runBot(engine, updates);
    checkRun(updates, first);
    const second = await runBot(engine, updates);
    if (JSON.stringify(second.calls) !== JSON.stringify(first.calls)) fail("not deterministic");
  });
}

/** Kinds of update in a generated sequence, for the fuzz report. */
export function kinds(drafts: Draft[]): string[] {
  return drafts.map((d) => d.kind);
}
