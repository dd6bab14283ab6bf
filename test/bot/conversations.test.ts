// The conversation in Telegram: per private chat, per user in groups, forgotten when idle, and a reply
// to one of the bot's messages takes that message's subject.
import type { Context } from "grammy";
import { describe, expect, it } from "vitest";
import { Conversations } from "../../src/bot/conversations.js";
import { MemoryStore } from "../../src/store/memory.js";
import { bundledEngine } from "../helpers.js";
import { BOT_INFO, createTestBot, message, PRIVATE_CHAT, text, USER } from "./helpers.js";

function botWithResults() {
  const t = createTestBot({ engine: bundledEngine() });
  const sentIds: number[] = [];
  t.bot.api.config.use(async (prev, method, payload, signal) => {
    const r = await prev(method, payload, signal);
    const id = (r as { result?: { message_id?: number } }).result?.message_id;
    if (method === "sendMessage" && typeof id === "number") sentIds.push(id);
    return r;
  });
  const lastText = () => String(t.sent("sendMessage").at(-1)?.payload.text ?? "");
  return { t, sentIds, lastText };
}

describe("conversations in Telegram", () => {
  it("a follow-up in a private chat uses the previous question's subject", async () => {
    const { t, lastText } = botWithResults();
    await t.send(text("Tell me about Exit Games"));
    await t.send(text("how long was he there?"));
    expect(lastText()).toMatch(/Exit Games/);
    expect(lastText()).toMatch(/2 years 6 months/);
  });

  it("a reply to an older answer takes that answer's subject", async () => {
    const { t, sentIds, lastText } = botWithResults();
    await t.send(text("Tell me about Nimses"));
    const nimsesAnswer = sentIds.at(-1)!;
    await t.send(text("Has he used Rust?"));
    const botMessage = message({ message_id: nimsesAnswer, from: { id: BOT_INFO.id, is_bot: true, first_name: "Bot" } as never, text: "…" });
    await t.send(text("how long was he there?", { reply_to_message: botMessage as never }));
    expect(lastText()).toMatch(/^<b>Nimses: 2 years 7 months/);
  });

  it("chats do not share a conversation", async () => {
    const { t, lastText } = botWithResults();
    await t.send(text("Tell me about Exit Games"));
    await t.send(text("how long was he there?", { chat: { ...PRIVATE_CHAT, id: 99 }, from: { ...USER, id: 99 } as never }));
    expect(lastText()).not.toMatch(/^<b>Exit Games/);
  });
});

describe("Conversations (the store keys)", () => {
  const ctxOf = (chat: { id: number; type: string }, from = 7) => ({ chat, from: { id: from }, me: BOT_INFO }) as unknown as Context;

  it("keys a private chat by chat, a group by chat and user", () => {
    expect(Conversations.keyOf(ctxOf({ id: 7, type: "private" }))).toBe("7");
    expect(Conversations.keyOf(ctxOf({ id: -5, type: "supergroup" }, 8))).toBe("-5:8");
  });

  it("forgets a conversation after the idle minutes", async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ now: () => now });
    const conversations = new Conversations(store, 30);
    const ctx = ctxOf({ id: 7, type: "private" });
    await conversations.save(ctx, { jobs: ["nimses"], focus: "jobs" }, [55]);
    expect(JSON.parse((await store.get<string>("conv:7"))!)).toEqual({ jobs: ["nimses"], focus: "jobs" });
    expect(JSON.parse((await store.get<string>("msgsubj:7:55"))!)).toEqual({ jobs: ["nimses"], focus: "jobs" });
    now += 29 * 60_000;
    expect((await conversations.load(ctx)).jobs).toEqual(["nimses"]);
    now += 2 * 60_000;
    expect(await conversations.load(ctx)).toEqual({});
  });

  it("a malformed stored value is a fresh conversation", async () => {
    const store = new MemoryStore();
    await store.set("conv:7", { jobs: "nope", focus: 3 }, 60_000);
    expect(await new Conversations(store).load(ctxOf({ id: 7, type: "private" }))).toEqual({});
    await store.set("conv:7", "{not json", 60_000);
    expect(await new Conversations(store).load(ctxOf({ id: 7, type: "private" }))).toEqual({});
  });
});
