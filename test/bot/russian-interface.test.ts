// The interface in the asker's language (issue 11): a Russian recruiter's session through bot.handleUpdate
// (written to out/transcripts/ru-recruiter.txt), /language, notices, the owner's texts, the command menu
// and inline mode with the FAQ. Only the interface's frames are asserted in Russian: the answers' own
// words come from the engine.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Context, Bot } from "grammy";
import type { Message as TgMessage, Update, User } from "grammy/types";
import { describe, expect, it } from "vitest";
import { localizedMenus, registerCommands } from "../../src/bot/commands-menu.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createEngine, type Engine } from "../../src/engine.js";
import { loadFaq } from "../../src/faq/load.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { createLogger } from "../../src/log.js";
import { MemoryStore } from "../../src/store/memory.js";
import { en } from "../../src/words/en/index.js";
import { ru } from "../../src/words/ru/index.js";
import { BOT_INFO, fakeTelegram, nextMessageId, TOKEN, type ApiCall } from "../support/fake-telegram.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const RECRUITER: User = { id: 501, is_bot: false, first_name: "Ольга", last_name: "Иванова", username: "olga_hr", language_code: "ru" };
const OWNER: User = { id: 900, is_bot: false, first_name: "Owner", language_code: "ru" };
const chatOf = (u: User) => ({ id: u.id, type: "private" as const, first_name: u.first_name });

type Keyboard = { inline_keyboard?: { text: string; callback_data?: string }[][]; keyboard?: { text: string; callback_data?: string }[][] };

interface Session {
  bot: Bot<Context>;
  calls: ApiCall[];
  store: MemoryStore;
  send(update: Omit<Update, "update_id">): Promise<ApiCall[]>;
}

let updateId = 1;

function session(engine: Engine, options: { owner?: boolean; faq?: boolean; store?: MemoryStore } = {}): Session {
  const telegram = fakeTelegram();
  const store = options.store ?? new MemoryStore();
  const faq = options.faq ? loadFaq("test/fixtures/cv-faq-maria") : undefined;
  const bot = createBot({
    token: TOKEN,
    engine,
    botInfo: BOT_INFO,
    logger: createLogger({ level: "silent" }),
    store,
    rateLimit: { perMinute: 0, burst: 0 },
    candidate: { ...(options.owner ? { ownerIds: [OWNER.id] } : {}), ...(faq ? { faq } : {}), store, now: () => NOW.getTime() },
  });
  bot.api.config.use(telegram.transformer);
  return {
    bot,
    calls: telegram.calls,
    store,
    async send(update) {
      const before = telegram.calls.length;
      await bot.handleUpdate({ update_id: updateId++, ...update } as Update);
      return telegram.calls.slice(before);
    },
  };
}

function msg(from: User, body: string, extra: Partial<TgMessage> = {}): Omit<Update, "update_id"> {
  const command = /^\/[A-Za-z0-9_]+/.exec(body);
  return {
    message: {
      message_id: nextMessageId(), date: 1_700_000_000, chat: chatOf(from), from, text: body,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      ...extra,
    },
  } as Omit<Update, "update_id">;
}

function press(from: User, data: string, on?: TgMessage): Omit<Update, "update_id"> {
  const message = on ?? ({ message_id: nextMessageId(), date: 1_700_000_000, chat: chatOf(from), from: { id: BOT_INFO.id, is_bot: true, first_name: "Résumé" }, text: "…" } as TgMessage);
  return { callback_query: { id: `cb-${updateId}`, from, chat_instance: "ci", data, message } } as Omit<Update, "update_id">;
}

const buttonsOf = (call: ApiCall | undefined) => {
  const markup = call?.payload.reply_markup as Keyboard | undefined;
  return [...(markup?.inline_keyboard ?? []), ...(markup?.keyboard ?? [])].flat();
};
const textsOf = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").map((c) => String(c.payload.text));

/** One step of the transcript: what was sent, and every call the bot made in answer. */
function describeCalls(calls: ApiCall[]): string {
  const out: string[] = [];
  for (const c of calls) {
    if (c.method === "answerCallbackQuery") out.push(`  [answerCallbackQuery${c.payload.text ? `: ${String(c.payload.text)}` : ""}]`);
    else if (c.method === "sendMessage" || c.method === "editMessageText") {
      const to = c.payload.chat_id === OWNER.id ? " → owner" : "";
      out.push(`  bot${c.method === "editMessageText" ? " (edits the list)" : ""}${to}: ${String(c.payload.text).replace(/<[^>]+>/g, "").replace(/\n/g, "\n    ")}`);
      const buttons = buttonsOf(c).map((b) => `[${b.text}]`);
      if (buttons.length) out.push(`    buttons: ${buttons.join(" ")}`);
    } else if (c.method !== "sendChatAction") out.push(`  [${c.method}]`);
  }
  return out.join("\n");
}

const knowledge = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);

describe("a Russian recruiter's session (language_code: ru)", () => {
  it("gets Russian frames and buttons throughout; the transcript is written to out/transcripts/ru-recruiter.txt", async () => {
    const s = session(createEngine(knowledge, { now: NOW }), { owner: true });
    const lines: string[] = [`A Russian recruiter's session through bot.handleUpdate (language_code: "ru"; OWNER_ID set), résumé: ${knowledge.resume.person.name}`, ""];
    const step = async (label: string, update: Omit<Update, "update_id">) => {
      const calls = await s.send(update);
      lines.push(`> ${label}`, describeCalls(calls), "");
      return calls;
    };

    // The candidate (Telegram in Russian) has opened their bot once: their notices follow their language_code.
    await s.send(msg(OWNER, "/stats"));
    const start = await step("/start", msg(RECRUITER, "/start"));
    expect(buttonsOf(start.find((c) => c.method === "sendMessage")).map((b) => b.text)).toContain(ru.contactButton(knowledge.resume.person.name.split(" ")[0]!));

    const experience = await step("/experience", msg(RECRUITER, "/experience"));
    const list = experience.find((c) => c.method === "sendMessage")!;
    const job = buttonsOf(list).find((b) => b.callback_data?.startsWith("j:"))!;
    const listMessage = { message_id: 77, date: 1_700_000_000, chat: chatOf(RECRUITER), from: { id: BOT_INFO.id, is_bot: true, first_name: "Résumé" }, text: "list" } as TgMessage;
    const pressed = await step(`(presses the button «${job.text}»)`, press(RECRUITER, job.callback_data!, listMessage));
    expect(pressed.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);

    await step("Есть опыт с Kafka?", msg(RECRUITER, "Есть опыт с Kafka?"));
    await step("а сколько лет?", msg(RECRUITER, "а сколько лет?"));
    await step("Работал с Kuberntes? (a typo)", msg(RECRUITER, "Работал с Kuberntes?"));
    await step("tcnm jgsn c rfarf? (wrong keyboard layout: «есть опыт с кафка?»)", msg(RECRUITER, "tcnm jgsn c rfarf?"));
    const notFound = await step("Знает ли он COBOL? (not in the résumé)", msg(RECRUITER, "Знает ли он COBOL?"));
    const first = knowledge.resume.person.name.split(" ")[0]!;
    const reply = notFound.find((c) => c.method === "sendMessage" && c.payload.chat_id === RECRUITER.id);
    const relay = notFound.find((c) => c.method === "sendMessage" && c.payload.chat_id === OWNER.id);
    await step("(presses a forged button)", press(RECRUITER, "lang:xx"));
    await step("(sends a sticker)", { message: { message_id: nextMessageId(), date: 1, chat: chatOf(RECRUITER), from: RECRUITER, sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } } } as Omit<Update, "update_id">);
    await step("/language", msg(RECRUITER, "/language"));
    await step("/privacy", msg(RECRUITER, "/privacy"));

    mkdirSync("out/transcripts", { recursive: true });
    writeFileSync(join("out/transcripts", "ru-recruiter.txt"), lines.join("\n"));

    // The frames are Russian whatever language the engine's own words are in.
    expect(String(reply?.payload.text)).toContain(ru.askDirectly(first));
    expect(buttonsOf(reply).map((b) => b.text)).toContain(ru.contactButton(first));
    // The owner (language_code ru) reads the relay in Russian, with the question verbatim.
    expect(String(relay?.payload.text)).toContain("❓ Вопрос без ответа от Ольга Иванова (@olga_hr, язык: ru, id 501)");
    expect(String(relay?.payload.text)).toContain("Знает ли он COBOL?");
    const all = textsOf(s.calls).join("\n");
    expect(all).toContain(ru.nonText(knowledge.resume.experience[0]!.employer));
    expect(all).toContain(ru.languagePrompt(ru.languageAutomaticName));
    expect(s.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload.text)).toContain(ru.staleButton);
  });
});

describe("/language", () => {
  const echo = (): Engine & { turns: unknown[] } => {
    const turns: unknown[] = [];
    const e = createEngine(knowledge, { now: NOW });
    return { ...e, turns, handle: (turn, conversation) => (turns.push(turn), e.handle(turn, conversation)) };
  };

  it("offers English / Русский / Automatic; a choice is kept in the store, passed as `pinned`, and frames follow it", async () => {
    const engine = echo();
    const s = session(engine, { owner: true });
    const [prompt] = await s.send(msg(RECRUITER, "/language"));
    expect(buttonsOf(prompt).map((b) => b.text)).toEqual(["English", "Русский", ru.languageAutomatic]);
    const done = await s.send(press(RECRUITER, "lang:en"));
    expect(textsOf(done)).toEqual([en.languagePinned]);
    expect(await s.store.get(`lang:${RECRUITER.id}`)).toBe("en");
    const answered = await s.send(msg(RECRUITER, "Знает ли он COBOL?"));
    expect(engine.turns.at(-1)).toMatchObject({ pinned: "en", lang: "ru" });
    expect(textsOf(answered).join("\n")).toContain(en.askDirectly(knowledge.resume.person.name.split(" ")[0]!));
    await s.send(press(RECRUITER, "lang:auto"));
    expect(await s.store.get(`lang:${RECRUITER.id}`)).toBeUndefined();
  });

  it("a forged or stale language button gets the stale notice and changes nothing", async () => {
    const s = session(echo());
    const calls = await s.send(press(RECRUITER, "lang:de"));
    expect(calls.map((c) => [c.method, c.payload.text])).toEqual([["answerCallbackQuery", ru.staleButton]]);
    expect(await s.store.get(`lang:${RECRUITER.id}`)).toBeUndefined();
  });

  it("/forget deletes the choice (and confirms in the language still in force)", async () => {
    const s = session(echo());
    await s.send(press(RECRUITER, "lang:en"));
    const calls = await s.send(msg(RECRUITER, "/forget"));
    expect(textsOf(calls)).toEqual([en.forgotten(0)]);
    expect(await s.store.get(`lang:${RECRUITER.id}`)).toBeUndefined();
  });

  it("without language_code, a message with no words follows the conversation's last language", async () => {
    const s = session(echo());
    const anon: User = { id: 77, is_bot: false, first_name: "N" };
    await s.store.set("conv:77", JSON.stringify({ lang: "ru" }), 60_000);
    const calls = await s.send({ message: { message_id: nextMessageId(), date: 1, chat: chatOf(anon), from: anon, sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } } } as Omit<Update, "update_id">);
    expect(textsOf(calls)[0]).toBe(ru.nonText(knowledge.resume.experience[0]!.employer));
  });
});

describe("the Russian command menu and owner texts", () => {
  it("registers the Russian menu (language_code ru) and the default one last", async () => {
    const s = session(createEngine(knowledge, { now: NOW }));
    await registerCommands(s.bot.api, createLogger({ level: "silent" }), { faq: true, contact: true });
    const calls = s.calls.filter((c) => c.method === "setMyCommands");
    expect(calls.map((c) => c.payload.language_code)).toEqual(["ru", undefined]);
    expect(calls[0]?.payload.commands).toEqual(localizedMenus({ faq: true, contact: true })[0]!.commands);
    expect((calls[0]?.payload.commands as { command: string; description: string }[]).find((c) => c.command === "language")?.description).toBe(ru.menuLanguage);
  });

  it("/stats, /unanswered and the owner-only notice are in the owner's language", async () => {
    const s = session(createEngine(knowledge, { now: NOW }), { owner: true });
    await s.send(msg(RECRUITER, "Знает ли он COBOL?"));
    const stats = textsOf(await s.send(msg(OWNER, "/stats")));
    expect(stats[0]).toMatch(/^За последние 7 дней: 1 вопрос от 1 рекрутера, отвечено 0%, 0 сообщений\./);
    const unanswered = await s.send(msg(OWNER, "/unanswered"));
    expect(buttonsOf(unanswered[0]).map((b) => b.text)).toEqual([ru.replyButton]);
    expect(textsOf(await s.send(msg(RECRUITER, "/stats")))).toEqual([ru.ownerOnly]);
  });

  it("the owner's reply reaches the recruiter framed in the recruiter's language", async () => {
    const s = session(createEngine(knowledge, { now: NOW }), { owner: true });
    await s.send(msg(RECRUITER, "Знает ли он COBOL?"));
    const [relayKey] = (await s.store.get<string[]>(`relays:${RECRUITER.id}`)) ?? [];
    const relayMessageId = Number(relayKey?.split(":").at(-1));
    const repliedTo = { message_id: relayMessageId, date: 1, chat: chatOf(OWNER), from: { id: BOT_INFO.id, is_bot: true, first_name: "Résumé" }, text: "…" } as TgMessage;
    const calls = await s.send(msg(OWNER, "Yes, I used COBOL at university.", { reply_to_message: repliedTo } as Partial<TgMessage>));
    const first = knowledge.resume.person.name.split(" ")[0]!;
    expect(calls.map((c) => [c.payload.chat_id, c.payload.text])).toEqual([
      [RECRUITER.id, ru.ownerReplied(first, "Yes, I used COBOL at university.")],
      [OWNER.id, en.delivered("Ольга Иванова")],
    ]);
  });
});

describe("inline mode in Russian", () => {
  it("a Cyrillic query that matches the FAQ gets the candidate's entry with a Russian frame", async () => {
    const maria = loadKnowledge("test/fixtures/cv-faq-maria");
    const s = session(createEngine(maria, { now: NOW }), { faq: true });
    const calls = await s.send({ inline_query: { id: "iq", from: RECRUITER, query: "готова ли к переезду?", offset: "" } });
    const results = calls.find((c) => c.method === "answerInlineQuery")?.payload.results as { id: string; title: string; input_message_content: { message_text: string } }[];
    const faq = results.find((r) => r.id.startsWith("faq:"));
    expect(faq?.input_message_content.message_text).toContain(ru.faqFrom(maria.resume.person.name.split(" ")[0]!));
    // A logistics question is the candidate's to answer: their entry comes first.
    expect(results[0]?.id).toBe(faq?.id);
  });

  it("results for words are shared (is_personal false); an empty query follows each user's language (personal)", async () => {
    const s = session(createEngine(knowledge, { now: NOW }));
    const inline = async (query: string) => (await s.send({ inline_query: { id: "iq", from: RECRUITER, query, offset: "" } })).find((c) => c.method === "answerInlineQuery")?.payload;
    expect((await inline("кафка"))?.is_personal).toBe(false);
    expect((await inline(""))?.is_personal).toBe(true);
  });
});

describe("media in the asker's language", () => {
  it("/timeline from a Russian user renders Russian labels and caches the file_id under its language", async () => {
    const asked: (string | undefined)[] = [];
    const telegram = fakeTelegram();
    const store = new MemoryStore();
    const bot = createBot({
      token: TOKEN, engine: createEngine(knowledge, { now: NOW }), botInfo: BOT_INFO, logger: createLogger({ level: "silent" }), store,
      renderer: { render: async (_kind, lang) => (asked.push(lang), { data: Buffer.from("png"), fileName: "t.png", mimeType: "image/png", renderMs: 1 }) },
    });
    bot.api.config.use(telegram.transformer);
    await bot.handleUpdate({ update_id: updateId++, ...msg(RECRUITER, "/timeline") } as Update);
    await bot.handleUpdate({ update_id: updateId++, ...msg({ ...RECRUITER, id: 502, language_code: "en" }, "/timeline") } as Update);
    expect(asked).toEqual(["ru", "en"]);
  });
});
